/**
 * The whole pipeline: Document → extract → { meta, blocks } → summarize / findQuotes →
 * ArticleModel. The one entry point every surface calls.
 */
import type { ArticleModel, ExtractionResult } from './article-model';
import { extractArticle, type ExtractOptions } from './extract/extract-article';
import { findQuotes } from './quotes/find-quotes';
import { summarize, type SummaryOptions } from './summary/summarize';

export interface BuildOptions extends ExtractOptions, SummaryOptions {}

export interface BuiltArticle {
  result: ExtractionResult;
  /** Block id → element in the live page, for jump-to and navigation. Empty for no article. */
  liveElements: Map<string, Element>;
}

/**
 * Readability's work grows with the square of the DOM's depth (about a second at 500 levels,
 * minutes at 5,000, with the tab frozen all the while). The HTML parser never nests deeper
 * than 512, so only a script builds such a tree, and no article needs one.
 */
export const MAX_DOM_DEPTH = 512;

function deeperThan(doc: Document, limit: number): boolean {
  // Document order visits a parent before its children: one pass, no recursion.
  const depths = new Map<Element, number>();
  for (const el of doc.querySelectorAll('*')) {
    const depth = (el.parentElement ? (depths.get(el.parentElement) ?? 0) : 0) + 1;
    if (depth > limit) return true;
    depths.set(el, depth);
  }
  return false;
}

export function buildArticle(doc: Document, options: BuildOptions = {}): BuiltArticle {
  if (deeperThan(doc, MAX_DOM_DEPTH)) {
    const message = 'This page is nested too deeply to read as an article.';
    return { result: { kind: 'no-article', reason: 'no-content', message }, liveElements: new Map() };
  }
  const extraction = extractArticle(doc, options);
  if (extraction.kind !== 'article') return { result: extraction, liveElements: new Map() };
  const { article, liveElements } = extraction.extracted;
  const model: ArticleModel = {
    ...article,
    summary: summarize(article, options),
    quotes: findQuotes(article),
  };
  return { result: { kind: 'article', article: model }, liveElements };
}
