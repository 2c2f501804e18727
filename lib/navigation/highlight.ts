/**
 * The visible mark left where Lede moves the reader: the words themselves through the CSS
 * Custom Highlight API (no change to the site's DOM), and an outline on the element. Both use
 * system colours so they stay visible in forced-colours (high contrast) mode.
 */
import { createElementIn, documentElementOf, invoke, propertyOf, selectAll } from '../unclobbered';

const HIGHLIGHT_NAME = 'lede-target';
const MARK_ATTR = 'data-lede-target';
const STYLE_ID = 'lede-highlight-style';
const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #000; }
[${MARK_ATTR}] { outline: 3px solid #1a56db !important; outline-offset: 4px !important; border-radius: 2px; }
@media (forced-colors: active) {
  ::highlight(${HIGHLIGHT_NAME}) { background-color: Mark; color: MarkText; }
  [${MARK_ATTR}] { outline-color: Highlight !important; }
}`;

let clearTimer: ReturnType<typeof setTimeout> | undefined;

function ensureStyle(doc: Document): void {
  if (invoke(doc, 'getElementById', STYLE_ID)) return;
  const style = createElementIn(doc, 'style');
  style.id = STYLE_ID;
  style.textContent = HIGHLIGHT_CSS;
  (propertyOf<HTMLHeadElement | null>(doc, 'head') ?? documentElementOf(doc)!).append(style);
}

function clearHighlight(doc: Document): void {
  clearTimeout(clearTimer);
  for (const el of selectAll(doc, `[${MARK_ATTR}]`)) el.removeAttribute(MARK_ATTR);
  globalThis.CSS?.highlights?.delete(HIGHLIGHT_NAME);
}

/** Marks `element` (and `range` within it, when given) for `ms` milliseconds. */
export function highlightTarget(element: Element, range: Range | null, ms = 4000): void {
  const doc = element.ownerDocument;
  clearHighlight(doc);
  ensureStyle(doc);
  element.setAttribute(MARK_ATTR, '');
  if (range && typeof Highlight === 'function' && globalThis.CSS?.highlights) {
    CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
  }
  clearTimer = setTimeout(() => clearHighlight(doc), ms);
}
