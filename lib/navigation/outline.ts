/**
 * The article's heading outline for keyboard navigation. Readability flattens headings
 * (every <h1> becomes <h2>) and drops some it judges to be clutter, and sites skip levels
 * (<h1> then <h4>) for styling, so the outline is rebuilt: the model's heading blocks plus
 * the live page's headings inside the article region, in page order, with levels
 * renumbered so the headline is level 1 and each section sits exactly one level below the
 * section it belongs to.
 */
import type { Block } from '../article-model';
import { normalizeSpace } from '../text/normalize';
import { isHidden } from './visibility';

export interface OutlineEntry {
  element: HTMLElement;
  text: string;
  /** 1 for the headline; sections nest from 2 without gaps. */
  level: number;
}

export interface OutlineInput {
  headline: HTMLElement | null;
  title: string;
  blocks: readonly Block[];
  liveElements: ReadonlyMap<string, Element>;
  region: Element | null;
}

const LIVE_HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** Headings in these belong to the page around the article (related links, sign-up forms), not to it. */
const NOT_ARTICLE = 'nav, aside, footer, form, dialog, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="dialog"]';

/** A live heading's own level: its tag, or aria-level for role="heading" (2 when unset, as ARIA says). */
function liveLevel(el: Element): number | null {
  const tag = /^H([1-6])$/.exec(el.tagName.toUpperCase());
  if (tag) return Number(tag[1]);
  if (el.getAttribute('role') === 'heading') {
    const level = Number(el.getAttribute('aria-level'));
    return Number.isInteger(level) && level > 0 ? level : 2;
  }
  return null;
}

function inPageOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

interface Candidate {
  element: HTMLElement;
  text: string;
  rawLevel: number;
}

function candidates(input: OutlineInput): Candidate[] {
  const found = new Map<Element, Candidate>();
  for (const block of input.blocks) {
    if (block.kind !== 'heading') continue;
    const el = input.liveElements.get(block.id) as HTMLElement | undefined;
    if (!el?.isConnected || found.has(el)) continue;
    found.set(el, { element: el, text: block.text, rawLevel: liveLevel(el) ?? block.level ?? 2 });
  }
  for (const el of input.region?.querySelectorAll<HTMLElement>(LIVE_HEADINGS) ?? []) {
    if (found.has(el) || el.closest(NOT_ARTICLE) || isHidden(el)) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text) found.set(el, { element: el, text, rawLevel: liveLevel(el) ?? 2 });
  }
  return [...found.values()];
}

export function buildOutline(input: OutlineInput): OutlineEntry[] {
  const { headline } = input;
  if (!headline) return [];
  const titleKey = normalizeSpace(input.title).toLocaleLowerCase();
  const sections = candidates(input)
    .filter((c) => c.element !== headline && !c.element.contains(headline) && !headline.contains(c.element))
    // Headings above the headline are kickers and labels ("Live", "Analysis"), not sections;
    // a second copy of the title (a sticky header's) is not a section either.
    .filter((c) => headline.compareDocumentPosition(c.element) & 4 /* FOLLOWING */)
    .filter((c) => c.text.toLocaleLowerCase() !== titleKey)
    .sort((a, b) => inPageOrder(a.element, b.element));

  const outline: OutlineEntry[] = [{ element: headline, text: normalizeSpace(input.title) || normalizeSpace(headline.textContent ?? ''), level: 1 }];
  // Open sections by their raw level: a heading closes every open section at its raw level
  // or deeper and nests one below the section still open, whatever number the site used.
  const open: { raw: number; level: number }[] = [];
  for (const section of sections) {
    while (open.length && open[open.length - 1]!.raw >= section.rawLevel) open.pop();
    const level = (open[open.length - 1]?.level ?? 1) + 1;
    open.push({ raw: section.rawLevel, level });
    outline.push({ element: section.element, text: section.text, level });
  }
  return outline;
}
