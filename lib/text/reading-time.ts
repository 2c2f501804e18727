/**
 * Word counts and reading time that work across scripts. Space-delimited scripts are
 * counted in words; Chinese and Japanese, which do not separate words with spaces, are
 * counted in characters and read at a characters-per-minute rate instead.
 */
import { isAsciiLetterOrDigit, isPlainCode } from './plain-text';

const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_GLOBAL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Every Han, Hiragana and Katakana character is at U+2E80 or above: most text is not. */
const MAYBE_CJK = /[^\0-\u2e7f]/;

// Letters, digits and combining marks (Devanagari vowel signs, Arabic diacritics), joined by
// apostrophes, dots, hyphens and the zero-width (non-)joiners that Persian writes inside
// words ("می‌شود" is one word).
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-\u200c\u200d][\p{L}\p{N}\p{M}]+)*/gu;

export interface TextCount {
  /** Words in space-delimited scripts plus CJK characters (each read like a short word). */
  words: number;
  cjkChars: number;
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.test(text)) count++;
  return count;
}

/** What joins two words of plain text into one: "firm’s", "U.S", "state-run". */
function isPlainJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
}

/**
 * WORD's words in plain text, counted by character code (several times faster than the
 * pattern, and most text is plain), or -1 when the text is not plain. There a word is a
 * run of [A-Za-z0-9] joined by single joiners, so one starts at each letter or digit that
 * follows neither another nor a joiner after one.
 */
function countPlainWords(text: string): number {
  let words = 0;
  let previous = 0x20;
  let beforePrevious = 0x20;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPlainCode(c)) return -1;
    const continues = isAsciiLetterOrDigit(previous) || (isPlainJoiner(previous) && isAsciiLetterOrDigit(beforePrevious));
    if (isAsciiLetterOrDigit(c) && !continues) words++;
    beforePrevious = previous;
    previous = c;
  }
  return words;
}

export function countText(text: string): TextCount {
  const plainWords = countPlainWords(text);
  if (plainWords >= 0) return { words: plainWords, cjkChars: 0 };
  if (!MAYBE_CJK.test(text) || !CJK.test(text)) return { words: countMatches(text, WORD), cjkChars: 0 };
  const cjkChars = (text.match(CJK_GLOBAL) ?? []).length;
  return { words: (text.replace(CJK_GLOBAL, ' ').match(WORD) ?? []).length + cjkChars, cjkChars };
}

export function readingMinutes({ words, cjkChars }: TextCount): number {
  const minutes = (words - cjkChars) / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  return words === 0 ? 0 : Math.max(1, Math.round(minutes));
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
