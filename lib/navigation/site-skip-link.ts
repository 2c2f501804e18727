/**
 * Finding the site's own "skip to content" link, so Lede does not add a second link that
 * goes to the same place. A site link counts when it is one of the first few tab stops, is
 * not hidden, and its target is the headline or an element (the <article>, <main>…) from
 * whose start the headline is at most a couple of tab stops away.
 */
import { FOCUSABLE } from './focus-target';
import { isHidden } from './visibility';

/** Skip links are among the first stops of a page; a same-page link further down is just a link. */
const EARLY_TAB_STOPS = 10;
/** How many tab stops between the site link's target and the headline still count as "the same place". */
const NEAR_HEADLINE = 2;

function isTabStop(el: Element): boolean {
  if (!el.matches(FOCUSABLE) || el.matches(':disabled')) return false;
  if (el.getAttribute('tabindex') !== null && Number(el.getAttribute('tabindex')) < 0) return false;
  if ((el as HTMLInputElement).type === 'hidden') return false;
  return !isHidden(el);
}

/** Tab stops inside `root` in page order, stopping at `until` (exclusive) or after `limit` stops. */
function tabStops(root: Element, limit: number, until?: Element): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el && found.length < limit; el = walker.nextNode() as Element | null) {
    if (el === until) break;
    if (isTabStop(el)) found.push(el);
  }
  return found;
}

/** The element a same-page link goes to (`#id`, or `#name` for old-style anchors), or null. */
function fragmentTarget(link: HTMLAnchorElement): Element | null {
  const doc = link.ownerDocument;
  if (!link.hash || link.href.split('#')[0] !== doc.URL.split('#')[0]) return null;
  let id = link.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    /* a malformed escape: use the fragment as written */
  }
  if (!id || id === 'top') return null;
  return doc.getElementById(id) ?? doc.getElementsByName(id)[0] ?? null;
}

export function findSiteSkipLink(doc: Document, headline: Element): HTMLAnchorElement | null {
  if (!doc.body) return null;
  for (const stop of tabStops(doc.body, EARLY_TAB_STOPS)) {
    if (stop.tagName !== 'A') continue;
    const target = fragmentTarget(stop as HTMLAnchorElement);
    if (!target || target === doc.body || target === doc.documentElement || isHidden(target)) continue;
    if (target === headline) return stop as HTMLAnchorElement;
    if (target.contains(headline) && tabStops(target, NEAR_HEADLINE + 1, headline).length <= NEAR_HEADLINE) {
      return stop as HTMLAnchorElement;
    }
  }
  return null;
}
