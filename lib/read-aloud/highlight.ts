/**
 * Marks on text drawn with the CSS Custom Highlight API: the sentence and word being read
 * aloud, the sentence a summary item leads to, and the line under line focus. Highlights
 * change no DOM, so they never break the article's markup or what a screen reader reads.
 * Used by the reader view (colours in reader.css) and by listening on the page itself
 * (colours in the style sheet the page player adopts, a drawn fallback where the API is missing).
 */
import { rangeForOffsets } from '../navigation/text-range';
import type { WordSpan } from './word-boundary';

export type HighlightName = 'lede-sentence' | 'lede-word' | 'lede-target' | 'lede-line';

/**
 * Line focus lies under the others: the sentence and word being read stay visible on the
 * focused line, however recently each was set.
 */
const PRIORITY: Record<HighlightName, number> = { 'lede-line': 0, 'lede-sentence': 1, 'lede-target': 1, 'lede-word': 2 };

export function highlightsSupported(): boolean {
  return typeof Highlight === 'function' && typeof CSS !== 'undefined' && Boolean(CSS.highlights);
}

export function setHighlight(name: HighlightName, range: Range | null): void {
  if (!highlightsSupported()) return;
  if (!range) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(range);
  highlight.priority = PRIORITY[name];
  CSS.highlights.set(name, highlight);
}

export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * The sentence being spoken and the word the voice has reached, as ranges in `element`,
 * whose normalised text holds `targetText`; `offset` is where `targetText` starts in it (a
 * summary sentence read on the page sits inside its paragraph).
 */
export function spokenRanges(
  element: Element,
  item: { targetText: string; start: number; end: number },
  word: WordSpan | null,
  blockText = item.targetText,
  offset = 0,
): { sentence: Range | null; word: Range | null } {
  return {
    sentence: rangeForOffsets(element, blockText, offset + item.start, offset + item.end),
    word: word ? rangeForOffsets(element, blockText, offset + word.start, offset + word.end) : null,
  };
}

/**
 * Scrolls so `rect` sits in the upper third of the window when it is near an edge or out of
 * view; leaves the page still otherwise, so the reader is not tugged at every word. Smooth
 * only for people who have not asked for reduced motion.
 */
export function keepInView(rect: DOMRect): void {
  const margin = innerHeight * 0.15;
  if (rect.top >= margin && rect.bottom <= innerHeight - margin) return;
  scrollBy({ top: rect.top - innerHeight / 3, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
