/**
 * Noticing single-page-app navigations. A content script cannot see the page's own
 * history.pushState calls (it runs in an isolated world), but it shares the document's
 * Navigation object, whose `currententrychange` fires for pushState, replaceState and
 * back/forward alike. Browsers without the Navigation API get a cheap poll of the URL.
 * Only the part before `#` counts: in-page anchors are not a new page.
 */

/** How often to compare URLs when the Navigation API is missing: cheap, and quick enough for a person. */
const POLL_MS = 1000;

interface NavigationLike extends EventTarget {
  currentEntry: unknown;
}

const pageOf = (href: string) => href.split('#')[0]!;

/** Calls `onChange` with the new URL whenever the page's URL (without fragment) changes; returns a stop function. */
export function watchUrl(win: Window, onChange: (url: string) => void): () => void {
  let current = pageOf(win.location.href);
  const check = () => {
    const now = pageOf(win.location.href);
    if (now === current) return;
    current = now;
    onChange(win.location.href);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check);
    return () => navigation.removeEventListener('currententrychange', check);
  }
  const timer = win.setInterval(check, POLL_MS);
  return () => win.clearInterval(timer);
}
