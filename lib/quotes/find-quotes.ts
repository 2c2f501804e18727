/**
 * Direct quotations of an article with their speakers: spans in quotation marks
 * (quote-spans), read with their attribution (attribution, candidates), kept when they are
 * quotations rather than scare quotes or titles (is-quotation), speakers named in full
 * (speakers, names), and the most informative marked key (rank).
 */
import type { Block, Quote, TextAnchor } from '../article-model';
import { type Candidate, readCandidates } from './candidates';
import { DescribedPeople } from './described-person';
import { isQuotation } from './is-quotation';
import { NameIndex } from './names';
import { pickKeyQuotes } from './rank';
import { resolveSpeakers } from './speakers';
import { MAX_NAME_CHARS, bounded } from '../text/bounded';
import { lexiconFor } from './speech-cues';

export interface QuoteInput {
  lang: string;
  blocks: Block[];
}

/** Quotations in article order; each anchor spans the marks as well as the words. */
export function findQuotes(input: QuoteInput): Quote[] {
  const { blocks } = input;
  const lex = lexiconFor(input.lang);
  const candidates = readCandidates(blocks, lex);
  const isKept = candidates.map(isQuotation);
  // Most pages quote no one: then the article's names need not be read at all.
  if (!isKept.includes(true)) return [];
  // A photo's caption and credit name who is pictured or who took it, never who speaks.
  const texts = blocks.map((b) => (b.kind === 'figure' ? '' : b.text));
  const names = new NameIndex(texts, quotedTest(candidates, blocks.length), lex);
  const speeches = resolveSpeakers(candidates, isKept, names, new DescribedPeople(texts, lex));
  const kept = candidates.map((c, i) => ({ c, speech: speeches[i]! })).filter((_, i) => isKept[i]);
  const key = pickKeyQuotes(kept.map(({ c, speech }) => ({ text: c.text, words: c.words, speaker: speech.speaker })));
  return kept.map(({ c, speech }, i) => {
    const [first, ...rest] = c.quotation.parts.map(
      (p): TextAnchor => ({ blockId: blocks[p.blockIndex]!.id, start: p.span.start, end: p.span.end }),
    );
    const quote: Quote = { ...first!, text: c.text, ...speech, key: key[i]! };
    if (quote.speaker) quote.speaker = bounded(quote.speaker, MAX_NAME_CHARS);
    if (rest.length > 0) quote.continuedIn = rest;
    return quote;
  });
}

/** Whether an offset of a block lies inside any quotation marks, scare quotes included. */
function quotedTest(candidates: readonly Candidate[], blockCount: number): (blockIndex: number, offset: number) => boolean {
  const spans: [number, number][][] = Array.from({ length: blockCount }, () => []);
  for (const c of candidates) for (const p of c.quotation.parts) spans[p.blockIndex]!.push([p.span.start, p.span.end]);
  return (blockIndex, offset) => {
    // Spans are sorted and disjoint: binary search for the last one starting at or before offset.
    const list = spans[blockIndex]!;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]![0] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && offset < list[lo - 1]![1];
  };
}
