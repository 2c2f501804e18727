/**
 * Telling running text from everything else on a news page. Boilerplate is short, link-heavy
 * or without sentences; an article is paragraphs of sentences. Every removal rule asks these
 * questions first, so that a misleading class name can never take an article's body with it.
 */
import { normalizeSpace } from '../text/normalize';
import { isPlainCode } from '../text/plain-text';
import { listed } from './node-lists';

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Ends like a sentence in the scripts Lede reads (Latin, Arabic, CJK, Devanagari…), closing
 * quotes and brackets included: CJK sets them full-width (）」』】).
 */
const SENTENCE_END = /[.!?…。！？؟।"”»’')\]）」』】]$/u;

/** A paragraph this long, and mostly not links, is article text rather than a teaser. */
const PROSE_PARAGRAPH_WORDS = 25;
/** Three such paragraphs make a body of text no furniture rule may remove. */
const PROSE_PARAGRAPHS_TO_KEEP = 3;

/**
 * The words in `text`, counted no further than one past `upTo`: every test asks whether a
 * line is short, and a paragraph's hundredth word can't change the answer.
 */
export function wordCount(text: string, upTo = Infinity): number {
  // Plain text's words are counted by character code; anything else is left to WORD's
  // Unicode properties, from the start.
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isPlainCode(c)) return patternWordCount(text, upTo);
    const letterOrDigit = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    if (letterOrDigit && !inWord && ++count > upTo) return count;
    inWord = letterOrDigit;
  }
  return count;
}

function patternWordCount(text: string, upTo: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count <= upTo && WORD.test(text)) count++;
  return count;
}

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text.trim());
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = normalizeSpace(el.textContent ?? '').length;
  if (!total) return 0;
  let inLinks = 0;
  for (const a of listed(el.querySelectorAll('a'))) inLinks += normalizeSpace(a.textContent ?? '').length;
  return Math.min(1, inLinks / total);
}

function isProseParagraph(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  return wordCount(text, PROSE_PARAGRAPH_WORDS) >= PROSE_PARAGRAPH_WORDS && endsLikeSentence(text) && linkDensity(el) < 0.5;
}

/** Whether an element holds a body of running text (several real paragraphs). */
export function holdsProse(el: Element): boolean {
  let found = 0;
  const paragraphs = el.tagName === 'P' ? [el] : listed(el.querySelectorAll('p'));
  for (const p of paragraphs) {
    if (isProseParagraph(p) && ++found >= PROSE_PARAGRAPHS_TO_KEEP) return true;
  }
  return false;
}
