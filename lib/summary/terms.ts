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
const TOKEN = new RegExp(`[${UNSPACED}]+|(?:(?![${UNSPACED}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');
const UNSPACED_RUN = new RegExp(`^[${UNSPACED}]`, 'u');

/**
 * Words are cut to their first letters, a language-independent stand-in for a stemmer:
 * "election"/"elections"/"electoral" or "Regierung"/"Regierungen" then count as one term.
 */
const PREFIX_LENGTH = 7;

export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const [token] of text.toLowerCase().matchAll(TOKEN)) {
    if (UNSPACED_RUN.test(token)) {
      const chars = [...token];
      if (chars.length === 1) terms.push(token);
      for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
    } else {
      terms.push(token.length <= PREFIX_LENGTH ? token : [...token].slice(0, PREFIX_LENGTH).join(''));
    }
  }
  return terms;
}
