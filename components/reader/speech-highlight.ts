/**
 * Marks on the reader's text drawn with the CSS Custom Highlight API: the sentence and word
 * being read aloud, and the sentence a summary item leads to. Highlights change no DOM, so
 * they never break the article's markup or what a screen reader reads; their colours are in
 * reader.css (`::highlight(...)`).
 */

export type HighlightName = 'lede-sentence' | 'lede-word' | 'lede-target';

export function setHighlight(name: HighlightName, range: Range | null): void {
  if (typeof Highlight !== 'function' || !CSS.highlights) return;
  if (range) CSS.highlights.set(name, new Highlight(range));
  else CSS.highlights.delete(name);
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
