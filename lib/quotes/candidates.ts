/**
 * Every quotation-mark span of the article, read with its attribution and the few
 * features that tell a quotation from scare quotes, titles and quoted terms.
 */
import type { Block } from '../article-model';
import { attribute, type Attribution, type QuoteSite } from './attribution';
import { sentenceStart, tokenize, type Token } from './context';
import { findQuotations, type Quotation, type QuoteSpan } from './quote-spans';
import type { Lexicon } from './speech-cues';

export interface Candidate {
  quotation: Quotation;
  /** The quoted words, paragraphs joined with a space, without the marks or a trailing comma. */
  text: string;
  words: number;
  attribution: Attribution | null;
  /**
   * The token right before the opening mark in its sentence, lower-cased: '' when the quote
   * opens its sentence, ':' or ',' when punctuation introduces it, else the word it follows.
   */
  lead: string;
  /** The lead is a speech verb: `said “…”`. */
  leadIsCue: boolean;
}

// Chinese, Japanese and Korean script (kana, CJK ideographs, Hangul syllables): no spaces
// between words, so characters are counted.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;
// A word: anything between spaces but punctuation standing alone ("—", "…").
const WORD = /[^\s"“”‘’'«»„‚‹›—–\-…,.;:!?()[\]]+/g;

/** Words in a stretch of text; two CJK characters count as one word. */
function wordCount(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = (cjk > 0 ? text.replace(CJK, ' ') : text).match(WORD)?.length ?? 0;
  return words + Math.ceil(cjk / 2);
}

// Marks around this many words or fewer name a title or a term, not a quotation: the
// sentence around them is read through them ("X, who called it «the twelve conditions»,
// said: «…»").
const MAX_TERM_WORDS = 3;
// Longer than this, marks hold more than a term in any script.
const MAX_TERM_CHARS = 60;

/** Where each quote's context starts: the end of the last quote before it in its block that is longer than a term. */
function floorsOf(text: string, spans: readonly QuoteSpan[]): number[] {
  let floor = 0;
  return spans.map((span) => {
    const before = floor;
    // Counted only when short enough to be a term: most quotes are sentences.
    const long = span.innerEnd - span.innerStart > MAX_TERM_CHARS;
    if (!span.closed || long || wordCount(text.slice(span.innerStart, span.innerEnd)) > MAX_TERM_WORDS) floor = span.end;
    return before;
  });
}

function siteAt(blockIndex: number, text: string, spans: readonly QuoteSpan[], index: number, floor: number): QuoteSite {
  const span = spans[index]!;
  return {
    blockIndex,
    text,
    start: span.start,
    end: span.end,
    innerStart: span.innerStart,
    innerEnd: span.innerEnd,
    floor,
    ceiling: index + 1 < spans.length ? spans[index + 1]!.start : text.length,
  };
}

/** Each span's site, its context bounded by the neighbouring spans of its block. */
function sitesOf(blocks: readonly Block[], quotations: readonly Quotation[]): Map<QuoteSpan, QuoteSite> {
  const spansByBlock = new Map<number, QuoteSpan[]>();
  for (const q of quotations) {
    for (const part of q.parts) {
      let list = spansByBlock.get(part.blockIndex);
      if (!list) spansByBlock.set(part.blockIndex, (list = []));
      list.push(part.span);
    }
  }
  const sites = new Map<QuoteSpan, QuoteSite>();
  for (const [blockIndex, spans] of spansByBlock) {
    const text = blocks[blockIndex]!.text;
    const floors = floorsOf(text, spans);
    spans.forEach((span, i) => sites.set(span, siteAt(blockIndex, text, spans, i, floors[i]!)));
  }
  return sites;
}

function leadOf(s: QuoteSite, tokens: readonly Token[], previousParagraph: string | null): string {
  const last = tokens[tokens.length - 1];
  if (last) return last.lower;
  return s.floor === 0 && previousParagraph?.trimEnd().endsWith(':') ? ':' : '';
}

export function readCandidates(blocks: readonly Block[], lex: Lexicon): Candidate[] {
  const quotations = findQuotations(blocks);
  const sites = sitesOf(blocks, quotations);
  return quotations.flatMap((quotation) => {
    // The comma before "he said" belongs to the reporter's sentence, not to the words quoted.
    const text = quotation.parts
      .map((p) => blocks[p.blockIndex]!.text.slice(p.span.innerStart, p.span.innerEnd).trim())
      .join(' ')
      .replace(/[\s,;:]+$/u, '');
    const words = wordCount(text);
    // Marks around nothing but marks or punctuation quote nothing.
    if (words === 0) return [];
    const firstPart = quotation.parts[0]!;
    const lastPart = quotation.parts[quotation.parts.length - 1]!;
    const first = sites.get(firstPart.span)!;
    const last = sites.get(lastPart.span)!;
    const previousParagraph = firstPart.blockIndex > 0 ? blocks[firstPart.blockIndex - 1]!.text : null;
    // The words of its sentence before the quote: read once, for the lead and for a cue before it.
    const before = tokenize(first.text, sentenceStart(first.text, first.start, first.floor), first.start);
    const attribution = attribute(first, last, lex, previousParagraph, before);
    const lead = leadOf(first, before, previousParagraph);
    return [{ quotation, text, words, attribution, lead, leadIsCue: lex.verbs.has(lead) }];
  });
}
