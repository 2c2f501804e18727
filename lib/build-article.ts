/**
 * The whole pipeline: Document → extract → { meta, blocks } → summarize / findQuotes →
 * ArticleModel. The one entry point every surface calls: straight through (`buildArticle`),
 * or in the page with the main thread given back between phases (`buildArticlePaced`).
 */
import type { ArticleModel, ExtractionResult } from './article-model';
import { extractionSteps, runToEnd, type ExtractOptions, type ExtractionPhase } from './extract/extract-article';
import { findQuotes } from './quotes/find-quotes';
import { summarize, type SummaryOptions } from './summary/summarize';

export interface BuildOptions extends ExtractOptions, SummaryOptions {}

export interface BuiltArticle {
  result: ExtractionResult;
  /** Block id → element in the live page, for jump-to and navigation. Empty for no article. */
  liveElements: Map<string, Element>;
}

/** Each phase named as it is about to start; the first (checks, and a copy of a clobbered page) has none. */
export type BuildPhase = ExtractionPhase | 'summary' | 'quotes';

function* buildSteps(doc: Document, options: BuildOptions): Generator<BuildPhase, BuiltArticle> {
  const extraction = yield* extractionSteps(doc, options);
  if (extraction.kind !== 'article') return { result: extraction, liveElements: new Map() };
  const { article, liveElements } = extraction.extracted;
  // The key quotes come first: a summary sentence that is mostly one of them is left to the
  // quote, which also says who said it (the popup shows both, one after the other).
  yield 'quotes';
  const quotes = findQuotes(article);
  const shownElsewhere = quotes.filter((q) => q.key).flatMap((q) => [q, ...(q.continuedIn ?? [])]);
  yield 'summary';
  const summary = summarize(article, { ...options, shownElsewhere });
  const model: ArticleModel = { ...article, summary, quotes };
  return { result: { kind: 'article', article: model }, liveElements };
}

export function buildArticle(doc: Document, options: BuildOptions = {}): BuiltArticle {
  return runToEnd(buildSteps(doc, options));
}

/** How a paced build shares the page's main thread. */
export interface Pace {
  /** Gives the thread back to the page (its input, rendering and tasks) and resumes after. */
  pause(): Promise<void>;
  /** A clock in milliseconds. */
  now(): number;
  /** Past this much time in all, the build gives up at the next pause. */
  budgetMs: number;
  /** Told how long each phase ran (the unnamed first one as `start`), for measuring. */
  onPhase?(phase: BuildPhase | 'start', ms: number): void;
}

export type PacedBuild = { kind: 'built'; built: BuiltArticle } | { kind: 'out-of-time'; ms: number };

/**
 * `buildArticle` with a pause between phases, so the page never waits for the whole build at
 * once, only for its longest phase; and a total budget, past which it stops and says so
 * rather than keep the page busy. A phase itself is never interrupted: Readability's parse
 * is one call.
 */
export async function buildArticlePaced(doc: Document, options: BuildOptions, pace: Pace): Promise<PacedBuild> {
  const steps = buildSteps(doc, options);
  const started = pace.now();
  let phase: BuildPhase | 'start' = 'start';
  let phaseStarted = started;
  for (;;) {
    const step = steps.next();
    const now = pace.now();
    pace.onPhase?.(phase, now - phaseStarted);
    if (step.done) return { kind: 'built', built: step.value };
    if (now - started > pace.budgetMs) {
      steps.return(undefined as never);
      return { kind: 'out-of-time', ms: now - started };
    }
    await pace.pause();
    phase = step.value;
    phaseStarted = pace.now();
  }
}
