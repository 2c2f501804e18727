/**
 * Whether a page element is really there for the reader: not hidden with `hidden`,
 * `aria-hidden`, `display: none` or `visibility: hidden`. Used to ignore invisible copies of
 * headlines and dead skip links that sites leave in their markup.
 */

export function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  if (win.getComputedStyle(el).visibility === 'hidden') return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (win.getComputedStyle(node).display === 'none') return true;
  }
  return false;
}
