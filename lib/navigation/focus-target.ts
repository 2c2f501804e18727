/**
 * Moving keyboard focus to an article element that is not focusable by itself (a heading or
 * paragraph): a temporary tabindex="-1", removed again when focus leaves, so the site's tab
 * order is left exactly as it was.
 */

const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"], summary';

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
 * below whatever is pinned to the top of the viewport instead.
 */
export function scrollIntoViewBelowStickyHeader(el: Element, smooth: boolean): void {
  const win = el.ownerDocument.defaultView;
  if (!win) return;
  const top = el.getBoundingClientRect().top;
  const covered = stickyHeaderHeight(el.ownerDocument);
  win.scrollTo({ top: win.scrollY + top - covered - 16, behavior: smooth ? 'smooth' : 'auto' });
}

function stickyHeaderHeight(doc: Document): number {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return 0;
  let bottom = 0;
  const x = win.innerWidth / 2;
  for (const el of doc.elementsFromPoint(x, 1)) {
    const style = win.getComputedStyle(el);
    if (style.position !== 'fixed' && style.position !== 'sticky') continue;
    const rect = el.getBoundingClientRect();
    if (rect.top <= 1 && rect.height < win.innerHeight / 2) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}
