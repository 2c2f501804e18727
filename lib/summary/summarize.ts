import type { Block, SummarySentence } from '../article-model';

export interface SummaryInput {
  title: string;
  lang: string;
  blocks: Block[];
}

export interface SummaryOptions {
  /** Upper bound on sentences; the summariser picks ~3 for short articles up to this. */
  maxSentences?: number;
}

// Placeholder: the summary issue replaces this with the real extractive summariser.
export function summarize(_input: SummaryInput, _options: SummaryOptions = {}): SummarySentence[] {
  return [];
}
