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
 * an article's own header holds its headline and byline.
 */
const FURNITURE_SELECTOR = [
  'nav', '[role="navigation"]', '[role="menu"]', '[role="menubar"]', '[role="banner"]',
  '[role="contentinfo"]', '[role="search"]', 'dialog', '[role="dialog"]', '[role="alertdialog"]',
  'footer', 'form', 'header:not(article header)',
].join(', ');

/** Never removed whole: the elements that name the article itself. */
const ARTICLE_ROOTS = 'article, main, [role="main"], [itemprop="articleBody"]';
/** Readability's byline test (`_isValidByline`): these names, and short text. */
const BYLINE_CANDIDATES =
  '[rel="author"], [itemprop*="author"], [class*="byline" i], [class*="author" i], [class*="dateline" i], ' +
  '[class*="writtenby" i], [class*="p-author" i], [id*="byline" i], [id*="author" i], [id*="dateline" i], [id*="writtenby" i]';
const MAX_BYLINE_CHARS = 100;

/**
 * What Readability reads metadata from as it walks the page, with every ancestor: byline
 * candidates, every h1 (it counts them) and any h2 repeating the <title> (it compares them).
 * Removing one before Readability runs would change the title or byline it reports.
 */
function metadataSources(doc: Document): Set<Element> {
  const title = doc.title.trim();
  const sources = [
    ...doc.querySelectorAll('h1'),
    ...[...doc.querySelectorAll('h2')].filter((h) => (h.textContent ?? '').trim() === title),
    ...[...doc.querySelectorAll(BYLINE_CANDIDATES)].filter((el) => {
      const length = (el.textContent ?? '').trim().length;
      return length > 0 && length < MAX_BYLINE_CHARS;
    }),
  ];
  const out = new Set<Element>();
  for (const source of sources) {
    for (let el: Element | null = source; el && !out.has(el); el = el.parentElement) out.add(el);
  }
  return out;
}

/** Metadata sources Readability reads after the page is cleaned. */
const METADATA_ELEMENTS = new Set(['SCRIPT', 'META', 'LINK', 'TITLE', 'HEAD', 'HTML', 'BODY']);

function isSmallOrLinks(el: Element, maxChars: number): boolean {
  const length = normalizeSpace(el.textContent ?? '').length;
  return length <= maxChars || linkDensity(el) >= LINK_LIST_DENSITY;
}

function removable(el: Element, maxChars: number): boolean {
  if (METADATA_ELEMENTS.has(el.tagName) || el.matches(ARTICLE_ROOTS) || el.querySelector(ARTICLE_ROOTS)) return false;
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
  const keep = metadataSources(doc);
  const removableHere = (el: Element) => !keep.has(el) && removable(el, PAGE_FURNITURE_MAX_CHARS);
  removeAll(body, FURNITURE_SELECTOR, removableHere);
  removeAll(body, '[class], [id]', (el) => isNamedPageFurniture(el) && removableHere(el));
}

export function cleanArticle(root: Element): void {
  removeAll(root, FURNITURE_SELECTOR, (el) => removable(el, ARTICLE_FURNITURE_MAX_CHARS));
  removeAll(root, '[class], [id]', (el) => isNamedArticleFurniture(el) && removable(el, ARTICLE_FURNITURE_MAX_CHARS));
}
