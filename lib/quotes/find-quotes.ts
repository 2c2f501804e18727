import type { Block, Quote } from '../article-model';

export interface QuoteInput {
  lang: string;
  blocks: Block[];
}

// Placeholder: the quotes issue replaces this with the real quote finder.
export function findQuotes(_input: QuoteInput): Quote[] {
  return [];
}
