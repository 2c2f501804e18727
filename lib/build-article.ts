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

export function buildArticle(doc: Document, options: BuildOptions = {}): BuiltArticle {
  const extraction = extractArticle(doc, options);
  if (extraction.kind !== 'article') return { result: extraction, liveElements: new Map() };
  const { article, liveElements } = extraction.extracted;
  // The key quotes come first: a summary sentence that is mostly one of them is left to the
  // quote, which also says who said it (the popup shows both, one after the other).
  const quotes = findQuotes(article);
  const shownElsewhere = quotes.filter((q) => q.key).flatMap((q) => [q, ...(q.continuedIn ?? [])]);
  const model: ArticleModel = {
    ...article,
    summary: summarize(article, { ...options, shownElsewhere }),
    quotes,
  };
  return { result: { kind: 'article', article: model }, liveElements };
}
