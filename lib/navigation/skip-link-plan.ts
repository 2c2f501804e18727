/**
 * Which skip links Lede adds to a page, and where each one goes. Pure: reads the document
 * and the article model, changes nothing, so it is tested in jsdom and the content script
 * only draws what it returns.
 */
import type { ArticleModel, TextAnchor } from '../article-model';
import { findSiteSkipLink } from './site-skip-link';

export type SkipLinkKind = 'article' | 'summary' | 'key-quotes';

/** One line of the "Skip to summary" / "Skip to key quotes" panel. */
export interface PanelItem {
  text: string;
  /** Who said it, for quotes. */
  speaker: string | null;
  anchor: TextAnchor;
}

export interface SkipLinkPlan {
  /** In the order they appear (and are tabbed through). */
  links: SkipLinkKind[];
  /** Where "Skip to article" moves focus. */
  headline: HTMLElement | null;
  /** The site's own link that already reaches the headline, when there is one (so Lede adds none). */
  siteSkipLink: HTMLAnchorElement | null;
  summary: PanelItem[];
  keyQuotes: PanelItem[];
}

export interface PlanInput {
  doc: Document;
  article: ArticleModel;
  liveElements: ReadonlyMap<string, Element>;
  headline: HTMLElement | null;
}

function anchorOf(a: TextAnchor): TextAnchor {
  return { blockId: a.blockId, start: a.start, end: a.end };
}

export function planSkipLinks({ doc, article, liveElements, headline }: PlanInput): SkipLinkPlan {
  // A sentence whose paragraph is no longer in the page could not be jumped to: leave it out.
  const reachable = (a: TextAnchor) => liveElements.get(a.blockId)?.isConnected === true;
  const siteSkipLink = headline ? findSiteSkipLink(doc, headline) : null;
  const summary = article.summary
    .filter(reachable)
    .map((s) => ({ text: s.text, speaker: null, anchor: anchorOf(s) }));
  const keyQuotes = article.quotes
    .filter((q) => q.key && reachable(q))
    .map((q) => ({ text: q.text, speaker: q.speaker, anchor: anchorOf(q) }));
  const links: SkipLinkKind[] = [];
  if (headline && !siteSkipLink) links.push('article');
  if (summary.length) links.push('summary');
  if (keyQuotes.length) links.push('key-quotes');
  return { links, headline, siteSkipLink, summary, keyQuotes };
}
