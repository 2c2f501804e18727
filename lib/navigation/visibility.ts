/**
 * Whether a page element is really there for the reader: not hidden with `hidden`,
 * `aria-hidden`, `display: none` or `visibility: hidden`. Used to ignore invisible copies of
 * headlines and dead skip links that sites leave in their markup.
 */
import { parentElementOf, propertyOf } from '../unclobbered';

export function isHidden(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"]')) return true;
  const win = propertyOf<Window | null>(el.ownerDocument, 'defaultView');
  if (!win) return false;
  if (win.getComputedStyle(el).visibility === 'hidden') return true;
  for (let node: Element | null = el; node; node = parentElementOf(node)) {
    if (win.getComputedStyle(node).display === 'none') return true;
  }
  return false;
}
