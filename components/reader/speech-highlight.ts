/**
 * Marks on the reader's text drawn with the CSS Custom Highlight API: the sentence and word
 * being read aloud, the sentence a summary item leads to, and the line under line focus.
 * Highlights change no DOM, so they never break the article's markup or what a screen reader
 * reads; their colours are in reader.css (`::highlight(...)`).
 */

export type HighlightName = 'lede-sentence' | 'lede-word' | 'lede-target' | 'lede-line';

/**
 * Line focus lies under the others: the sentence and word being read stay visible on the
 * focused line, however recently each was set.
 */
const PRIORITY: Record<HighlightName, number> = { 'lede-line': 0, 'lede-sentence': 1, 'lede-target': 1, 'lede-word': 2 };

export function setHighlight(name: HighlightName, range: Range | null): void {
  if (typeof Highlight !== 'function' || !CSS.highlights) return;
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
 * Scrolls so `rect` sits in the upper third of the window when it is near an edge or out of
 * view; leaves the page still otherwise, so the reader is not tugged at every word.
 */
export function keepInView(rect: DOMRect): void {
  const margin = innerHeight * 0.15;
  if (rect.top >= margin && rect.bottom <= innerHeight - margin) return;
  scrollBy({ top: rect.top - innerHeight / 3, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
