/**
 * Readability's cheap "does this page look like an article?" test (isProbablyReaderable in
 * @mozilla/readability 0.6's Readability-readerable.js), reworked for the always-on page
 * watcher, which runs on every page the person opens. The test adds up a score over the
 * page's p, pre and article elements and the divs that hold a <br>, and says yes once it
 * passes 20; a sum does not depend on order, so this gives the same answer while:
 * - stopping at the first yes, walking the browser's live tag lists (which are filled only
 *   as far as they are read) instead of listing the whole page twice with querySelectorAll;
 * - looking at `MAX_LOOKED_AT` elements at most, so a huge page that is not an article
 *   costs a bounded amount (the only case where the answer can differ from Readability's: a
 *   page whose first thousands of paragraphs are all too short to count);
 * - working in slices, so the watcher can spread it over idle periods.
 */
import { invoke } from '../unclobbered';

/** Elements looked at, at most, before giving up with "no". */
export const MAX_LOOKED_AT = 2000;
/** Elements looked at between asking whether there is time left (and the least a slice does). */
const BATCH = 50;

// Readability's own thresholds, and the words of its two class-and-id patterns
// (REGEXPS.unlikelyCandidates and okMaybeItsACandidate), looked for with `includes` in the
// lower-cased string: the same test, without compiling a large regular expression on every
// page. (Lower-casing differs from the patterns' case folding only for two letters outside
// ASCII, the Kelvin sign and the dotted capital I.)
const MIN_SCORE = 20;
const MIN_CONTENT_LENGTH = 140;
const UNLIKELY_CANDIDATES = [
  '-ad-', 'ai2html', 'banner', 'breadcrumbs', 'combx', 'comment', 'community', 'cover-wrap', 'disqus', 'extra', 'footer',
  'gdpr', 'header', 'legends', 'menu', 'related', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar', 'skyscraper', 'social',
  'sponsor', 'supplemental', 'ad-break', 'agegate', 'pagination', 'pager', 'popup', 'yom-remote',
];
const MAYBE_CANDIDATE = ['and', 'article', 'body', 'column', 'content', 'main', 'shadow'];

const hasAny = (text: string, words: readonly string[]) => words.some((word) => text.includes(word));

/**
 * Readability's default visibility check (inline styles and attributes only, no layout), and
 * its class-and-id string, all read through getAttribute: the same values for HTML elements,
 * and fewer DOM interfaces woken up (each costs the page time on first use). An element with
 * no style attribute has no inline display to check (script edits of `style` write it).
 */
function isNodeVisible(node: HTMLElement): boolean {
  return (
    (node.getAttribute('style') === null || node.style.display !== 'none') &&
    node.getAttribute('hidden') === null &&
    (node.getAttribute('aria-hidden') !== 'true' || classOf(node).includes('fallback-image'))
  );
}

const classOf = (node: Element) => node.getAttribute('class') ?? '';

/**
 * What one element adds to the score (0 when it does not count). Readability's checks, the
 * length first: it is needed anyway, and most short elements then need no other. Its `li p`
 * rule can only hold for a paragraph, which the caller knows from the list it came from.
 */
function scoreOf(node: HTMLElement, isParagraph: boolean): number {
  const length = (node.textContent ?? '').trim().length;
  if (length < MIN_CONTENT_LENGTH || !isNodeVisible(node)) return 0;
  const matchString = `${classOf(node)} ${node.getAttribute('id') ?? ''}`.toLowerCase();
  if ((hasAny(matchString, UNLIKELY_CANDIDATES) && !hasAny(matchString, MAYBE_CANDIDATE)) || (isParagraph && node.closest('li'))) return 0;
  return Math.sqrt(length - MIN_CONTENT_LENGTH);
}

/**
 * The elements the test scores, one at a time, each with whether it is a paragraph:
 * paragraphs first (an article usually passes within its first few), then pre and article
 * elements, then the divs that hold a <br> (each once). Indexing a live HTMLCollection in
 * order is cheap; asking its length is not.
 */
function* candidates(doc: Document): Generator<[HTMLElement, boolean]> {
  for (const tag of ['p', 'pre', 'article']) {
    // Through Document.prototype: an image named "getElementsByTagName" shadows it on the page.
    const list = invoke<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', tag);
    for (let i = 0, node; (node = list[i]); i++) yield [node as HTMLElement, tag === 'p'];
  }
  const breaks = invoke<HTMLCollectionOf<Element>>(doc, 'getElementsByTagName', 'br');
  const seen = new Set<Element>();
  for (let i = 0, br; (br = breaks[i]); i++) {
    const parent = br.parentElement;
    if (parent?.localName !== 'div' || seen.has(parent)) continue;
    seen.add(parent);
    yield [parent, false];
  }
}

export interface ReaderableScan {
  /**
   * Looks further while `hasTime()` says so (it always looks at a few elements); returns the
   * answer once there is one, undefined while it still needs another slice.
   */
  resume(hasTime: () => boolean): boolean | undefined;
}

export function readerableScan(doc: Document, maxLookedAt = MAX_LOOKED_AT): ReaderableScan {
  const nodes = candidates(doc);
  let score = 0;
  let lookedAt = 0;
  return {
    resume(hasTime) {
      do {
        for (let batch = 0; batch < BATCH; batch++) {
          if (lookedAt >= maxLookedAt) return false;
          const next = nodes.next();
          if (next.done) return false;
          lookedAt += 1;
          score += scoreOf(...next.value);
          if (score > MIN_SCORE) return true;
        }
      } while (hasTime());
      return undefined;
    },
  };
}
