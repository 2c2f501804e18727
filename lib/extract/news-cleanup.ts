/**
 * News-page furniture that Readability lets through, removed from the DOM in two passes:
 * `precleanPage` before Readability scores the page (so menus, tickers and related boxes
 * can't win or be merged in as siblings), and `cleanArticle` on the body Readability chose.
 * Text-level rules (share rows, "Read more:" teasers, bylines at the edges) live in
 * block-filter.ts, where each piece of text is seen on its own.
 */
import { normalizeSpace } from '../text/normalize';
import { isNamedArticleFurniture, isNamedPageFurniture } from './furniture-hints';
import { holdsProse, linkDensity } from './prose';

/** Furniture is small; anything longer is only removed when it is mostly links. */
const PAGE_FURNITURE_MAX_CHARS = 2000;
const ARTICLE_FURNITURE_MAX_CHARS = 1000;
const LINK_LIST_DENSITY = 0.5;

/**
 * Landmarks and widgets that are furniture by their role. Headers only outside articles:
 * an article's own header carries the byline Readability reads (and the headline, which
 * `removable` protects anyway).
 */
const FURNITURE_SELECTOR = [
  'nav', '[role="navigation"]', '[role="menu"]', '[role="menubar"]', '[role="banner"]',
  '[role="contentinfo"]', '[role="search"]', 'dialog', '[role="dialog"]', '[role="alertdialog"]',
  'footer', 'form', 'header:not(article header)',
].join(', ');

/** Never removed whole: the elements that name the article itself. */
const ARTICLE_ROOTS = 'article, main, [role="main"], [itemprop="articleBody"]';
/** Metadata sources Readability reads after the page is cleaned. */
const METADATA_ELEMENTS = new Set(['SCRIPT', 'META', 'LINK', 'TITLE', 'HEAD', 'HTML', 'BODY']);

function isSmallOrLinks(el: Element, maxChars: number): boolean {
  const length = normalizeSpace(el.textContent ?? '').length;
  return length <= maxChars || linkDensity(el) >= LINK_LIST_DENSITY;
}

function removable(el: Element, maxChars: number): boolean {
  if (METADATA_ELEMENTS.has(el.tagName) || el.matches(ARTICLE_ROOTS)) return false;
  // The headline decides Readability's title; a block holding it is not furniture.
  if (el.querySelector('h1') || el.querySelector(ARTICLE_ROOTS)) return false;
  return isSmallOrLinks(el, maxChars) && !holdsProse(el);
}

/** Removes matching elements under `root`, skipping those already gone with an ancestor. */
function removeAll(root: Element, selector: string, test: (el: Element) => boolean): void {
  // Readability's article is a detached element, so `isConnected` can't tell what is gone.
  for (const el of root.querySelectorAll(selector)) if (root.contains(el) && test(el)) el.remove();
}

export function precleanPage(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  removeAll(body, FURNITURE_SELECTOR, (el) => removable(el, PAGE_FURNITURE_MAX_CHARS));
  removeAll(body, '[class], [id]', (el) => isNamedPageFurniture(el) && removable(el, PAGE_FURNITURE_MAX_CHARS));
}

export function cleanArticle(root: Element): void {
  removeAll(root, FURNITURE_SELECTOR, (el) => removable(el, ARTICLE_FURNITURE_MAX_CHARS));
  removeAll(root, '[class], [id]', (el) => isNamedArticleFurniture(el) && removable(el, ARTICLE_FURNITURE_MAX_CHARS));
}
