/**
 * What read-aloud says, in order: one item per sentence, so the sentence being spoken can be
 * highlighted, the reader can step by sentence or paragraph, and no utterance runs long
 * (Chrome cuts off utterances after about fifteen seconds with some voices).
 */
import type { ArticleModel, Quote } from '../article-model';
import type { ListenMode } from '../settings';
import { splitSentences } from '../text/sentences';

/** Where an item's words are on the page: a block of the article or a sentence of the summary. */
export type SpeechTarget = { kind: 'block'; blockId: string } | { kind: 'summary'; index: number };

export interface SpeechItem {
  target: SpeechTarget;
  /** The target's whole text; `start`/`end` (and word offsets) index into it. */
  targetText: string;
  start: number;
  end: number;
  /** What is spoken: `targetText.slice(start, end)`. */
  text: string;
  /** Items of one paragraph (block or summary sentence) share this number, counting from 0. */
  paragraph: number;
  /**
   * Said before `text` and not in the text itself: who said a quote, when only the key quotes
   * are read. Word offsets never point into it.
   */
  lead?: string;
}

export interface PlanOptions {
  summaryFirst: boolean;
  /** Only the key quotes (overrides `summaryFirst`). */
  keyQuotesOnly?: boolean;
}

export function planOptionsFor(mode: ListenMode): PlanOptions {
  return { summaryFirst: mode === 'summary-first', keyQuotesOnly: mode === 'key-quotes' };
}

export function planSpeech(
  article: Pick<ArticleModel, 'blocks' | 'summary' | 'lang'> & { quotes?: readonly Quote[] },
  options: PlanOptions,
): SpeechItem[] {
  const plan: SpeechItem[] = [];
  let paragraph = 0;
  if (options.keyQuotesOnly) {
    // One paragraph a quote, spoken whole (a quote's sentences belong together) from its place in its block.
    for (const quote of article.quotes ?? []) {
      const block = article.blocks.find((b) => b.id === quote.blockId);
      const text = block?.text.slice(quote.start, quote.end) ?? '';
      if (!quote.key || !block || !text.trim()) continue;
      const lead = quote.speaker ? `${quote.speaker}: ` : undefined;
      plan.push({ target: { kind: 'block', blockId: block.id }, targetText: block.text, start: quote.start, end: quote.end, text, paragraph, ...(lead ? { lead } : {}) });
      paragraph++;
    }
    return plan;
  }
  const add = (target: SpeechTarget, targetText: string) => {
    const sentences = splitSentences(targetText, article.lang);
    if (!sentences.length) return;
    for (const s of sentences) plan.push({ target, targetText, start: s.start, end: s.end, text: s.text, paragraph });
    paragraph++;
  };
  if (options.summaryFirst) article.summary.forEach((s, index) => add({ kind: 'summary', index }, s.text));
  // A figure's text is its caption; an image without one has nothing to say.
  for (const block of article.blocks) add({ kind: 'block', blockId: block.id }, block.text);
  return plan;
}

export function nextParagraphIndex(plan: readonly SpeechItem[], index: number): number | null {
  const current = plan[index]?.paragraph;
  if (current === undefined) return null;
  const next = plan.findIndex((item, i) => i > index && item.paragraph > current);
  return next < 0 ? null : next;
}

/**
 * The start of the previous paragraph; from the middle of a paragraph, its own start first,
 * as a media player's "previous" restarts the current track.
 */
export function previousParagraphIndex(plan: readonly SpeechItem[], index: number): number | null {
  const current = plan[index];
  if (!current) return null;
  const start = plan.findIndex((item) => item.paragraph === current.paragraph);
  if (start < index) return start;
  if (current.paragraph === 0) return null;
  return plan.findIndex((item) => item.paragraph === current.paragraph - 1);
}
