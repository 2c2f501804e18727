/**
 * News-page furniture that Readability lets through, taken out in two passes: `pageFurniture`
 * names what to leave out of the page before Readability scores it (so menus, tickers and
 * related boxes can't win or be merged in as siblings), and `cleanArticle` removes it from
 * the body Readability chose.
 * Text-level rules (share rows, "Read more:" teasers, bylines at the edges) live in
 * block-filter.ts, where each piece of text is seen on its own.
 */
import { normalizeSpace } from '../text/normalize';
import { isNamedArticleFurniture, isNamedPageFurniture } from './furniture-hints';
import { isBylineCandidate, isNamedLikeByline } from './metadata';
import { holdsProse, linkDensity } from './prose';
import { listed } from './node-lists';

/** Furniture is small; anything longer is only removed when it is mostly links. */
const PAGE_FURNITURE_MAX_CHARS = 2000;
const ARTICLE_FURNITURE_MAX_CHARS = 1000;
const LINK_LIST_DENSITY = 0.5;

/** Landmarks and widgets that are furniture by their tag or role. */
const FURNITURE_TAGS = new Set(['NAV', 'DIALOG', 'FOOTER', 'FORM']);
const FURNITURE_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'search', 'dialog', 'alertdialog']);
/** Never removed whole: the elements that name the article itself. */
const ARTICLE_ROOTS = 'article, main, [role="main"], [itemprop="articleBody"]';
/** Metadata sources Readability reads after the page is cleaned. */
const METADATA_ELEMENTS = new Set(['SCRIPT', 'META', 'LINK', 'TITLE', 'HEAD', 'HTML', 'BODY']);

function isFurnitureLandmark(el: Element): boolean {
  return FURNITURE_TAGS.has(el.tagName) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '');
}

/**
 * The site's header, outside any article. Inside the article body a header is the story's
 * own, with its headline and standfirst, and stays.
 */
function isSiteHeader(el: Element): boolean {
  return el.tagName === 'HEADER' && !el.closest('article');
}

/**
 * Metadata sources the selector engine finds cheaply; those named like a byline are found by
 * their (judged once) class and id instead, as case-blind substring selectors are slow.
 */
const TAGGED_SOURCES = 'h1, h2, [rel="author"], [itemprop*="author"]';

/**
 * What Readability reads metadata from as it walks the page: byline candidates, every h1
 * (it counts them) and any h2 repeating the <title> (it compares them).
 */
function isMetadataSource(el: Element, title: string): boolean {
  return el.tagName === 'H1' || (el.tagName === 'H2' && (el.textContent ?? '').trim() === title) || isBylineCandidate(el);
}

/**
 * Whether `el` is or holds a metadata source: removing it before Readability runs would
 * change the title or byline it reports. Asked only of would-be furniture, which is rare, so
 * the page is never searched as a whole.
 */
function holdsMetadataSource(el: Element, title: string): boolean {
  if (isMetadataSource(el, title)) return true;
  for (const inner of listed(el.querySelectorAll(TAGGED_SOURCES))) if (isMetadataSource(inner, title)) return true;
  for (const inner of listed(el.getElementsByTagName('*'))) if (isNamedLikeByline(inner) && isBylineCandidate(inner)) return true;
  return false;
}

function isSmallOrLinks(el: Element, maxChars: number): boolean {
  const length = normalizeSpace(el.textContent ?? '').length;
  return length <= maxChars || linkDensity(el) >= LINK_LIST_DENSITY;
}

function removable(el: Element, maxChars: number): boolean {
  if (METADATA_ELEMENTS.has(el.tagName) || el.matches(ARTICLE_ROOTS) || el.querySelector(ARTICLE_ROOTS)) return false;
  return isSmallOrLinks(el, maxChars) && !holdsProse(el);
}

/** The next element after `el` in document order, outside `el`'s own subtree, within `root`. */
function nextOutside(el: Element, root: Element): Element | null {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) {
    if (up.nextElementSibling) return up.nextElementSibling;
  }
  return null;
}

/**
 * What `test` picks in `root`, in document order, without looking inside a pick. The test
 * reads only an element, its subtree and its ancestors, so removing the picks afterwards
 * gives what removing each as it is found would.
 */
function findWhere(root: Element, test: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  let el = root.firstElementChild;
  while (el) {
    if (test(el)) {
      found.push(el);
      el = nextOutside(el, root);
    } else {
      el = el.firstElementChild ?? nextOutside(el, root);
    }
  }
  return found;
}

/**
 * The page furniture to leave out before Readability runs. Read-only, so it can be asked of
 * the live page and the furniture never copied at all.
 */
export function pageFurniture(doc: Document): Element[] {
  if (!doc.body) return [];
  const title = doc.title.trim();
  return findWhere(doc.body, (el) =>
    (isFurnitureLandmark(el) || isSiteHeader(el) || isNamedPageFurniture(el)) && !holdsMetadataSource(el, title) && removable(el, PAGE_FURNITURE_MAX_CHARS));
}

export function cleanArticle(root: Element): void {
  for (const el of findWhere(root, (el) => (isFurnitureLandmark(el) || isNamedArticleFurniture(el)) && removable(el, ARTICLE_FURNITURE_MAX_CHARS))) {
    el.remove();
  }
}
