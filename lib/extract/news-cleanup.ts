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
import { listed } from './node-lists';
import { holdsProse, linkDensity } from './prose';
import { isReadabilityUnlikely } from './readability-unlikely';

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
const TAGGED_SOURCES = 'h1, h2, [rel="author"], [itemprop*="author"], script[type="application/ld+json"], meta[name], meta[property]';

/**
 * Which of the elements TAGGED_SOURCES finds Readability reads metadata from: JSON-LD and
 * <meta> wherever they are (before it cleans the page), and as it walks the page byline
 * candidates, every h1 (it counts them) and any h2 repeating the <title> (it compares them).
 */
function isMetadataSource(el: Element, title: string): boolean {
  switch (el.tagName) {
    // TAGGED_SOURCES finds only the JSON-LD scripts and named meta tags Readability reads.
    case 'H1':
    case 'META':
    case 'SCRIPT':
      return true;
    case 'H2':
      return (el.textContent ?? '').trim() === title;
    default:
      return isBylineCandidate(el);
  }
}

/**
 * The elements that are or hold a metadata source: removing one before Readability runs
 * would change the title, byline or metadata it reports. The sources are few, so they are
 * found once per page: by selector, and among the candidates by their (judged once) names,
 * as case-blind substring selectors over the whole page are slow.
 */
function holdingMetadataSources(body: Element, title: string, candidates: Element[]): Set<Element> {
  const sources = listed(body.querySelectorAll(TAGGED_SOURCES)).filter((el) => isMetadataSource(el, title));
  for (const el of candidates) if (isNamedLikeByline(el) && isBylineCandidate(el)) sources.push(el);
  const holding = new Set<Element>();
  for (const source of sources) {
    for (let el: Element | null = source; el && el !== body && !holding.has(el); el = el.parentElement) holding.add(el);
  }
  return holding;
}

function isSmallOrLinks(el: Element, maxChars: number): boolean {
  const length = normalizeSpace(el.textContent ?? '').length;
  return length <= maxChars || linkDensity(el) >= LINK_LIST_DENSITY;
}

function removable(el: Element, maxChars: number): boolean {
  if (METADATA_ELEMENTS.has(el.tagName) || el.matches(ARTICLE_ROOTS) || el.querySelector(ARTICLE_ROOTS)) return false;
  return isSmallOrLinks(el, maxChars) && !holdsProse(el);
}

/**
 * Every element the furniture tests can pick: a landmark by its tag, or an element with a
 * role, class or id to judge. The selector engine skips the rest of the page (a third of its
 * elements or more) without a call into the DOM for each.
 */
const FURNITURE_CANDIDATES = 'nav, dialog, footer, form, header, [role], [class], [id]';

function candidatesIn(root: Element): Element[] {
  return listed(root.querySelectorAll(FURNITURE_CANDIDATES));
}

/** What to do with a candidate: take it whole, leave it whole, or judge what it holds. */
type Verdict = 'pick' | 'pass over' | 'look inside';

/**
 * What `judge` picks among `candidates` (in document order), never looking inside an element
 * it picks or passes over. The judge reads only an element, its subtree and its ancestors,
 * so removing the picks afterwards gives what removing each as it is found would.
 */
function findWhere(candidates: Element[], judge: (el: Element) => Verdict): Element[] {
  const found: Element[] = [];
  // The last element whose subtree is settled: candidates inside it follow it directly.
  let settled: Element | null = null;
  for (const el of candidates) {
    if (settled?.contains(el)) continue;
    const verdict = judge(el);
    settled = verdict === 'look inside' ? null : el;
    if (verdict === 'pick') found.push(el);
  }
  return found;
}

function isPageFurniture(el: Element, holdsMetadata: ReadonlySet<Element>): boolean {
  return (isFurnitureLandmark(el) || isSiteHeader(el) || isNamedPageFurniture(el)) && !holdsMetadata.has(el) && removable(el, PAGE_FURNITURE_MAX_CHARS);
}

/**
 * Whether leaving an unlikely candidate out could change what Readability's first pass reads
 * before it removes the candidate: the headline it compares, metadata, a byline, or (in a
 * DOM that parses <noscript>) the image a following <noscript> swaps in for it.
 */
function unlikelyButRead(el: Element, holdsMetadata: ReadonlySet<Element>): boolean {
  return el.tagName === 'H2' || el.nextElementSibling?.tagName === 'NOSCRIPT' || holdsMetadata.has(el);
}

export interface FurnitureOptions {
  /** Also leave out what Readability's first pass would remove unread (see readability-unlikely.ts). */
  firstPassUnlikely?: boolean;
}

/**
 * The page furniture to leave out before Readability runs, in document order, none inside
 * another. Read-only, so it can be asked of the live page and the furniture never copied.
 */
export function pageFurniture(doc: Document, { firstPassUnlikely = false }: FurnitureOptions = {}): Element[] {
  if (!doc.body) return [];
  const candidates = candidatesIn(doc.body);
  const holdsMetadata = holdingMetadataSources(doc.body, doc.title.trim(), candidates);
  return findWhere(candidates, (el) => {
    if (isPageFurniture(el, holdsMetadata)) return 'pick';
    // Kept or not, Readability's first pass never looks inside an unlikely candidate.
    if (firstPassUnlikely && isReadabilityUnlikely(el)) return unlikelyButRead(el, holdsMetadata) ? 'pass over' : 'pick';
    return 'look inside';
  });
}

/** Furniture inside an article is a small part of it: an author box, a date, a tag list. */
const ARTICLE_SHARE = 0.75;

/**
 * Whether an element holds most of the article's text (`total` characters) as running text:
 * then it is the article, whatever its name (Blogger wraps a day's posts in "date-posts"), and
 * a short story would otherwise go whole.
 */
function holdsMostOf(el: Element, total: number): boolean {
  return normalizeSpace(el.textContent ?? '').length >= total * ARTICLE_SHARE && linkDensity(el) < LINK_LIST_DENSITY;
}

export function cleanArticle(root: Element): void {
  const total = normalizeSpace(root.textContent ?? '').length;
  const isFurniture = (el: Element) =>
    (isFurnitureLandmark(el) || isNamedArticleFurniture(el)) && removable(el, ARTICLE_FURNITURE_MAX_CHARS) && !holdsMostOf(el, total);
  // A caption's parts ("credit", "copyright") name its picture: they stay with it.
  const verdict = (el: Element): Verdict => (el.closest('figcaption') ? 'pass over' : isFurniture(el) ? 'pick' : 'look inside');
  for (const el of findWhere(candidatesIn(root), verdict)) {
    el.remove();
  }
}
