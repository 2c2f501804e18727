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

function pushPairs(terms: Term[], part: string): void {
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

/** The runs' terms: each cut to its prefix. */
function prefixed(runs: readonly string[]): Term[] {
  return runs.map((run) => termOf(prefix(run)));
}

/**
 * A term: a string, or a number standing for a string of one to PREFIX_LENGTH characters
 * of [a-z0-9] (nearly every English term). The numbers are digits in base 37, one per
 * character, none of them zero, so no two strings share one; a number is neither sliced
 * out of the text nor hashed character by character when the sentences' terms are tallied.
 */
export type Term = string | number;

/** The digit of an ASCII letter or digit: 1–26 for a–z (and A–Z, as terms are lower-cased), 27–36 for 0–9. */
function digitOf(c: number): number {
  return c >= 0x61 ? c - 0x60 : c >= 0x41 ? c - 0x40 : c - 0x30 + 27;
}

const ASCII_TERM = /^[a-z0-9]+$/;

/** The term for a string of the lower-case terms' alphabet: its number where it has one. */
export function termOf(word: string): Term {
  if (word.length > PREFIX_LENGTH || !ASCII_TERM.test(word)) return word;
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 37 + digitOf(word.charCodeAt(i));
  return key;
}

/**
 * The terms of plain text, or null when it is not plain. Its words are runs of
 * [A-Za-z0-9], exactly WORD_RUN's runs of the lower-cased text, read by character code and
 * numbered as they are read: several times faster than the patterns, and most text is plain.
 */
function plainTerms(text: string): Term[] | null {
  const terms: Term[] = [];
  let key = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (!isPlainCode(c)) return null;
    if (isAsciiLetterOrDigit(c)) {
      // The characters past the prefix are skipped.
      if (length++ < PREFIX_LENGTH) key = key * 37 + digitOf(c);
    } else if (length > 0) {
      terms.push(key);
      key = 0;
      length = 0;
    }
  }
  return terms;
}

export function termsOf(text: string): Term[] {
  const plain = plainTerms(text);
  if (plain) return plain;
  const lowered = text.toLowerCase();
  const runs = lowered.match(WORD_RUN) ?? [];
  // Most text has no unspaced script at all: one test for it, not one per word.
  if (!MAYBE_UNSPACED.test(lowered) || !HAS_UNSPACED.test(lowered)) return prefixed(runs);
  const terms: Term[] = [];
  for (const run of runs) {
    if (!HAS_UNSPACED.test(run)) {
      terms.push(termOf(prefix(run)));
      continue;
    }
    // Only runs with letters of an unspaced script ("発売", "iphone発売") pay for the split.
    run.split(UNSPACED_PARTS).forEach((part, i) => {
      if (i % 2) pushPairs(terms, part);
      else if (part) terms.push(termOf(prefix(part)));
    });
  }
  return terms;
}
