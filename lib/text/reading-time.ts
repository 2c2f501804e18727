/**
 * Word counts and reading time that work across scripts. Space-delimited scripts are
 * counted in words; Chinese and Japanese, which do not separate words with spaces, are
 * counted in characters and read at a characters-per-minute rate instead.
 *
 * Each script is read at its own pace: the same text takes longer in a script whose words
 * are longer or pack more in (Arabic writes "and in the school" as one word, وبالمدرسة).
 * The rates follow the International Reading Speed Texts (Trauzettel-Klosinski & Dietz,
 * IOVS 2012), one text read by native readers of 17 languages, scaled so that English
 * reads at the 230 words a minute Lede has always used: English 228 words a minute, Russian
 * 184, Hebrew 187, Arabic 138; Chinese 255 characters a minute, Japanese 357.
 */
import { isAsciiLetterOrDigit, isPlainCode } from './plain-text';

/** Latin, Greek and every script not listed below. */
const WORDS_PER_MINUTE = 230;
const CYRILLIC_WORDS_PER_MINUTE = 185;
const HEBREW_WORDS_PER_MINUTE = 190;
/** Arabic script (Arabic, Persian, Urdu…). */
const ARABIC_WORDS_PER_MINUTE = 140;
const CHINESE_CHARS_PER_MINUTE = 260;
/** Japanese mixes kana with kanji; text with any kana is read at this rate. */
const JAPANESE_CHARS_PER_MINUTE = 360;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
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
  /** How long the text takes to read, each word or character at its script's pace (not rounded). */
  minutes: number;
}

/** Minutes a word takes to read, by the script of its first character. */
function minutesPerWord(c: number): number {
  if (c < 0x0400) return 1 / WORDS_PER_MINUTE;
  if (c <= 0x052f || (c >= 0x1c80 && c <= 0x1c8f) || (c >= 0x2de0 && c <= 0x2dff) || (c >= 0xa640 && c <= 0xa69f)) {
    return 1 / CYRILLIC_WORDS_PER_MINUTE;
  }
  if ((c >= 0x0590 && c <= 0x05ff) || (c >= 0xfb1d && c <= 0xfb4f)) return 1 / HEBREW_WORDS_PER_MINUTE;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x0870 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) {
    return 1 / ARABIC_WORDS_PER_MINUTE;
  }
  return 1 / WORDS_PER_MINUTE;
}

/** WORD's matches in the text, and the minutes they take to read. */
function countWords(text: string): { words: number; minutes: number } {
  WORD.lastIndex = 0;
  let words = 0;
  let minutes = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    words++;
    minutes += minutesPerWord(match[0].charCodeAt(0));
  }
  return { words, minutes };
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
  if (plainWords >= 0) return { words: plainWords, cjkChars: 0, minutes: plainWords / WORDS_PER_MINUTE };
  if (!MAYBE_CJK.test(text) || !CJK.test(text)) return { ...countWords(text), cjkChars: 0 };
  const cjkChars = (text.match(CJK_GLOBAL) ?? []).length;
  const rest = countWords(text.replace(CJK_GLOBAL, ' '));
  const charsPerMinute = KANA.test(text) ? JAPANESE_CHARS_PER_MINUTE : CHINESE_CHARS_PER_MINUTE;
  return { words: rest.words + cjkChars, cjkChars, minutes: rest.minutes + cjkChars / charsPerMinute };
}

/** Whole minutes, at least one for any text with words. */
export function readingMinutes({ words, minutes }: TextCount): number {
  return words === 0 ? 0 : Math.max(1, Math.round(minutes));
}

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
