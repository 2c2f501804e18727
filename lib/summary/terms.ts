/**
 * Index terms for comparing sentences, in any script. Words are runs of letters and digits,
 * lower-cased. Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese) have no words to find without a dictionary, so they give overlapping character
 * pairs instead, the usual dictionary-free stand-in for their words.
 *
 * `Intl.Segmenter`'s word mode would find real words there, but V8 segments words in time
 * that grows with the square of the text's length, too slow for a whole article.
 */
import { isAsciiLetterOrDigit, isPlainCode } from '../text/plain-text';

const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\u30fc';
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
/** Every letter of those scripts is at U+0E00 (Thai) or above; a cheap test rules most text out. */
const MAYBE_UNSPACED = /[^\0-\u0dff]/;
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
function prefix(word: string): string {
  if (word.length <= PREFIX_LENGTH) return word;
  let end = 0;
  for (let characters = 0; characters < PREFIX_LENGTH; characters++) end += isHighSurrogate(word.charCodeAt(end)) ? 2 : 1;
  return word.slice(0, end);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The runs themselves, cut to their prefixes, in place. */
function prefixed(runs: string[]): string[] {
  for (let i = 0; i < runs.length; i++) runs[i] = prefix(runs[i]!);
  return runs;
}

/**
 * The terms of lower-cased plain text, or null when it is not plain. Its words are runs of
 * [a-z0-9], exactly WORD_RUN's runs there, found by character code and cut to their
 * prefixes as they are sliced: several times faster than the patterns, and most text is plain.
 */
function plainTerms(lowered: string): string[] | null {
  const terms: string[] = [];
  let start = -1;
  for (let i = 0; i <= lowered.length; i++) {
    const c = i < lowered.length ? lowered.charCodeAt(i) : 0x20;
    if (!isPlainCode(c)) return null;
    if (isAsciiLetterOrDigit(c)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      terms.push(lowered.slice(start, Math.min(i, start + PREFIX_LENGTH)));
      start = -1;
    }
  }
  return terms;
}

export function termsOf(text: string): string[] {
  const lowered = text.toLowerCase();
  const plain = plainTerms(lowered);
  if (plain) return plain;
  const runs = lowered.match(WORD_RUN) ?? [];
  // Most text has no unspaced script at all: one test for it, not one per word.
  if (!MAYBE_UNSPACED.test(lowered) || !HAS_UNSPACED.test(lowered)) return prefixed(runs);
  const terms: string[] = [];
  for (const run of runs) {
    if (!HAS_UNSPACED.test(run)) {
      terms.push(prefix(run));
      continue;
    }
    // Only runs with letters of an unspaced script ("発売", "iphone発売") pay for the split.
    run.split(UNSPACED_PARTS).forEach((part, i) => {
      if (i % 2) pushPairs(terms, part);
      else if (part) terms.push(prefix(part));
    });
  }
  return terms;
}
