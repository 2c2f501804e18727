/**
 * Word counts and reading time that work across scripts. Space-delimited scripts are
 * counted in words; Chinese and Japanese, which do not separate words with spaces, are
 * counted in characters and read at a characters-per-minute rate instead.
 */
import { PLAIN_TEXT } from './plain-text';

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

/** On plain text, ASCII_WORD finds exactly WORD's words. */
const ASCII_WORD = /[A-Za-z0-9]+(?:['’.\-][A-Za-z0-9]+)*/g;

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let count = 0;
  while (re.test(text)) count++;
  return count;
}

export function countText(text: string): TextCount {
  if (PLAIN_TEXT.test(text)) return { words: countMatches(text, ASCII_WORD), cjkChars: 0 };
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
