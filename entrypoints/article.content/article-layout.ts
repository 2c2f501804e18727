/**
 * Where things are in the live page for one built article: its headline, the region that
 * holds it and its heading outline. Worked out once per build (they walk the DOM) and shared
 * by the skip links and keyboard navigation.
 */
import type { ArticleModel } from '../../lib/article-model';
import { articleRegion } from '../../lib/navigation/article-region';
import { findHeadline } from '../../lib/navigation/headline';
import { buildOutline, type OutlineEntry } from '../../lib/navigation/outline';

export interface BuiltArticle {
  article: ArticleModel;
  liveElements: ReadonlyMap<string, Element>;
}

export interface ArticleLayout extends BuiltArticle {
  headline: HTMLElement | null;
  region: Element | null;
  outline: OutlineEntry[];
}

const layouts = new WeakMap<ArticleModel, ArticleLayout>();

export function layoutOf(doc: Document, built: BuiltArticle): ArticleLayout {
  const known = layouts.get(built.article);
  // The page may have re-rendered the headline since: then work it out again.
  if (known && (!known.headline || known.headline.isConnected)) return known;
  const headline = findHeadline(doc, built.article, built.liveElements);
  const region = articleRegion(built.liveElements.values());
  const outline = buildOutline({ headline, title: built.article.title, blocks: built.article.blocks, liveElements: built.liveElements, region });
  const layout = { ...built, headline, region, outline };
  layouts.set(built.article, layout);
  return layout;
}
