/**
 * Index terms for comparing sentences, in any script. Words are runs of letters and digits,
 * lower-cased. Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese) have no words to find without a dictionary, so they give overlapping character
 * pairs instead, the usual dictionary-free stand-in for their words.
 *
 * `Intl.Segmenter`'s word mode would find real words there, but V8 segments words in time
 * that grows with the square of the text's length, too slow for a whole article.
 */

const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc';
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
/** Splits a run into its unspaced-script parts (odd indices) and the rest (even ones). */
const UNSPACED_PARTS = new RegExp(`([${UNSPACED}]+)`, 'u');

/**
 * Words are cut to their first letters, a language-independent stand-in for a stemmer:
 * "election"/"elections" or "Regierung"/"Regierungen" then count as one term.
 */
const PREFIX_LENGTH = 7;

function pushPairs(terms: string[], part: string): void {
  const chars = [...part];
  if (chars.length === 1) terms.push(part);
  for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
}

/** The word's first PREFIX_LENGTH characters, never cutting a surrogate pair in two. */
function pushWord(terms: string[], word: string): void {
  if (word.length <= PREFIX_LENGTH) {
    if (word) terms.push(word);
    return;
  }
  let end = 0;
  for (let characters = 0; characters < PREFIX_LENGTH; characters++) end += isHighSurrogate(word.charCodeAt(end)) ? 2 : 1;
  terms.push(word.slice(0, end));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function termsOf(text: string): string[] {
  const terms: string[] = [];
  const lowered = text.toLowerCase();
  const runs = lowered.match(WORD_RUN) ?? [];
  // Most text has no unspaced script at all: one test for it, not one per word.
  if (!HAS_UNSPACED.test(lowered)) {
    for (const run of runs) pushWord(terms, run);
    return terms;
  }
  for (const run of runs) {
    if (!HAS_UNSPACED.test(run)) {
      pushWord(terms, run);
      continue;
    }
    // Only runs with letters of an unspaced script ("発売", "iphone発売") pay for the split.
    run.split(UNSPACED_PARTS).forEach((part, i) => (i % 2 ? pushPairs(terms, part) : pushWord(terms, part)));
  }
  return terms;
}
