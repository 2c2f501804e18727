/**
 * Moving keyboard focus to an article element that is not focusable by itself (a heading or
 * paragraph): a temporary tabindex="-1", removed again when focus leaves, so the site's tab
 * order is left exactly as it was.
 */
import { invoke, propertyOf } from '../unclobbered';

/** Elements the browser can focus by themselves (disabled and hidden ones aside). */
export const FOCUSABLE = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable=""], [contenteditable="true"]';
/** Lede's own fixed UI (skip links, panels) is never a site header to scroll below. */
export const LEDE_UI_ATTR = 'data-lede-ui';
/** Room left between a sticky header and the element scrolled to, so the focus ring shows. */
const GAP = 16;

export function focusElement(el: HTMLElement, options: { scroll: boolean; smooth: boolean }): void {
  if (!el.matches(FOCUSABLE)) {
    el.setAttribute('tabindex', '-1');
    el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
  }
  el.focus({ preventScroll: true });
  if (options.scroll) scrollIntoViewBelowStickyHeader(el, options.smooth);
}

/**
 * scrollIntoView would tuck the element under a sticky/fixed site header; scroll so it sits
 * below whatever will be pinned to the top of the viewport once scrolled instead.
 */
export function scrollIntoViewBelowStickyHeader(el: Element, smooth: boolean): void {
  const win = propertyOf<Window | null>(el.ownerDocument, 'defaultView');
  if (!win) return;
  const top = el.getBoundingClientRect().top;
  const covered = pinnedHeaderHeight(el.ownerDocument);
  win.scrollTo({ top: Math.max(0, win.scrollY + top - covered - GAP), behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * How much of the viewport's top edge site headers cover once the page is scrolled. Fixed
 * headers are where they are; a sticky header may still sit lower down in the flow (below a
 * banner) and only pins to its `top` offset after scrolling, so it is found by probing a
 * little way down the page and measured where it will stick.
 */
export function pinnedHeaderHeight(doc: Document): number {
  const win = propertyOf<Window | null>(doc, 'defaultView');
  if (!win || typeof Object.getPrototypeOf(doc).elementsFromPoint !== 'function') return 0;
  const maxHeader = win.innerHeight / 2;
  const x = win.innerWidth / 2;
  const seen = new Set<Element>();
  let bottom = 0;
  for (let y = 1; y < maxHeader; y += 40) {
    for (const el of invoke<Element[]>(doc, 'elementsFromPoint', x, y)) {
      if (seen.has(el)) continue;
      seen.add(el);
      // Any element of the page, a form among them: read through the interface's own methods.
      if (invoke(el, 'closest', `[${LEDE_UI_ATTR}]`)) continue;
      const style = win.getComputedStyle(el);
      const rect = invoke<DOMRect>(el, 'getBoundingClientRect');
      if (rect.height >= maxHeader) continue;
      if (style.position === 'fixed' && rect.top <= 1) bottom = Math.max(bottom, rect.bottom);
      if (style.position === 'sticky') {
        const stickTop = parseFloat(style.top);
        if (Number.isFinite(stickTop) && stickTop < maxHeader) bottom = Math.max(bottom, stickTop + rect.height);
      }
    }
  }
  return bottom;
}
