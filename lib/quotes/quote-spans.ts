/**
 * Finding quotation spans: pairs opening and closing marks in each block in one left-to-right
 * pass, then joins quotes that run on across paragraphs (a paragraph ends inside the quote
 * with no closing mark and the next one reopens it).
 */
import type { Block, BlockKind } from '../article-model';
import { type Flanking, flanking, isElision, QUOTE_MARK, quoteFamily, type QuoteFamily } from './quote-marks';

/** A quotation inside one block. Offsets index into the block's text. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the block's length when the quote runs on. */
  end: number;
  /** Offsets of the quoted words, without the marks. */
  innerStart: number;
  innerEnd: number;
  family: QuoteFamily;
  /** False when the paragraph ends before a closing mark. */
  closed: boolean;
}

interface OpenMark {
  index: number;
  /** The mark as written: one character, or two for a doubled single ('' ‘‘ ’’). */
  char: string;
  family: QuoteFamily;
}

type Role = 'open' | 'close' | 'none';

/**
 * Reads one mark in context. `top` is the innermost still-open mark of the same family,
 * if any: a closing mark only means something when there is a quote to close, and German
 * „…“ / ‚…‘ close with the very characters English opens with.
 */
function roleOf(text: string, i: number, char: string, top: OpenMark | undefined): Role {
  const f = flanking(text, i, i + char.length);
  if (char.length === 2) return straightRole(f, top);
  switch (char) {
    case '\u201e': // „
    case '\u201f':
    case '\u300c':
    case '\u300e':
    case '\uff62':
      return 'open';
    case '\u300d':
    case '\u300f':
    case '\uff63':
      return top ? 'close' : 'none';
    case '\u201c': // “ opens in English, closes „ in German
      if (top && (top.char === '\u201e' || !f.opens) && f.closes) return 'close';
      return f.opens || !top ? 'open' : 'none';
    case '\u201d': // ” closes, but opens Swedish and mistyped quotes at a paragraph's start
      if (top) return 'close';
      return f.opens ? 'open' : 'none';
    case '"':
      return straightRole(f, top);
    case '\u00ab': // «
    case '\u2039':
      return top && top.char !== char ? 'close' : 'open';
    case '\u00bb': // » closes French «…» and opens Danish/German »…«
    case '\u203a':
      if (top) return top.char !== char ? 'close' : 'none';
      return f.opens ? 'open' : 'none';
    case '\u201a': // ‚
      return f.opens ? 'open' : 'none';
    default:
      return singleRole(text, i, char, top, f);
  }
}

/** A straight mark looks the same at both ends: its neighbours decide, else whether a quote is open. */
function straightRole(f: Flanking, top: OpenMark | undefined): Role {
  if (f.opens && !f.closes) return 'open';
  if (f.closes && !f.opens) return top ? 'close' : 'none';
  return top ? 'close' : 'open';
}

/** ‘ ’ and ' double as apostrophes, so they only open before a word and close after one. */
function singleRole(
  text: string,
  i: number,
  char: string,
  top: OpenMark | undefined,
  f: Flanking,
): Role {
  if (f.inWord) return 'none';
  if (top && f.closes && !isPossessive(text, i)) return 'close';
  if (f.opens && char !== '\u2019' && !isElision(text, i)) return 'open';
  return 'none';
}

// How far to look for the real closing mark after a possessive-looking one; bounded so that
// text full of marks stays linear.
const POSSESSIVE_LOOKAHEAD = 400;
// A module constant: esbuild turns a property-escape literal into a `new RegExp(…)` run per call.
const LOWER_CASE = /\p{Ll}/u;

/**
 * "the students’ union", "the Joneses’ house": a mark after a plural -s and before a
 * lower-case word is a possessive apostrophe when a closing mark for the quote follows.
 */
function isPossessive(text: string, i: number): boolean {
  if (text[i - 1] !== 's' || text[i + 1] !== ' ' || !LOWER_CASE.test(text[i + 2] ?? '')) return false;
  const limit = Math.min(text.length, i + POSSESSIVE_LOOKAHEAD);
  for (let j = i + 1; j < limit; j++) {
    const c = text[j]!;
    if (quoteFamily(c) === 'double') return false;
    if ((c === text[i] || c === '\u2019') && !flanking(text, j).inWord && flanking(text, j).closes) return true;
  }
  return false;
}

// Families whose quotes nest only inside the other family's marks.
const REOPENED: ReadonlySet<QuoteFamily> = new Set(['double', 'guillemet']);
// How many unclosed quotes one paragraph may have: each costs a second reading of its rest.
const MAX_REOPENED = 3;
// The cue between an unclosed quote and the next: a few words ("adding", "sözlerinin ardından şunları ekledi").
const MAX_CUE_CLAUSE = 60;
const CLAUSE_END = /[.,;:!?…]/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Where a quote opened at `open` ends if it was never closed and the opening mark at `at`
 * starts a new one after a short cue clause set off by punctuation ("…a policy,: adding,
 * “"): just past that punctuation; -1 when no such clause stands there.
 */
function unclosedEnd(text: string, open: number, at: number): number {
  let letters = false;
  for (let p = at - 1; p > open + 1 && at - p <= MAX_CUE_CLAUSE; p--) {
    const c = text[p]!;
    if (LETTER.test(c)) letters = true;
    else if (CLAUSE_END.test(c) && letters) return LETTER.test(text.slice(open + 1, p)) ? p + 1 : -1;
  }
  return -1;
}

/**
 * All top-level quotation spans of one block, in order. Quotes nested inside another quote
 * belong to it and are not reported. One pass with a stack of open marks; a closing mark
 * closes the innermost open mark of its family and abandons any unclosed marks inside it,
 * so each mark is pushed and popped at most once and hostile text stays linear.
 */
export function findQuoteSpans(text: string, from = 0, reopened = 0): QuoteSpan[] {
  const stack: OpenMark[] = [];
  const openByFamily = new Map<QuoteFamily, OpenMark[]>();
  const spans: QuoteSpan[] = [];
  // The first opening mark of a family inside an open quote of the same family, after a cue clause.
  let reopen: { outer: OpenMark; cut: number; at: number } | null = null;

  // One shared pattern, rewound for each block: constructing one per block costs more than its marks.
  QUOTE_MARK.lastIndex = from;
  for (let match = QUOTE_MARK.exec(text); match; match = QUOTE_MARK.exec(text)) {
    const i = match.index;
    let char = match[0];
    // ,''' closes a single quote inside a doubled one: read ' then '', not '' then '.
    if (char === "''" && text[i + 2] === "'" && (openByFamily.get('single')?.length ?? 0) > 0) {
      char = "'";
      QUOTE_MARK.lastIndex = i + 1;
    }
    const family = quoteFamily(char)!;
    let familyStack = openByFamily.get(family);
    if (!familyStack) openByFamily.set(family, (familyStack = []));
    const top = familyStack[familyStack.length - 1];
    const role = roleOf(text, i, char, top);
    if (role === 'open' && top?.char === char && !reopen && REOPENED.has(family)) {
      const cut = unclosedEnd(text, top.index, i);
      if (cut >= 0) reopen = { outer: top, cut, at: i };
    }
    if (role === 'open') {
      const mark = { index: i, char, family };
      stack.push(mark);
      familyStack.push(mark);
    } else if (role === 'close' && top) {
      while (stack.length > 0) {
        const inner = stack.pop()!;
        openByFamily.get(inner.family)!.pop();
        if (inner === top) break;
      }
      // Only the outermost quote is a quotation of the article; the rest are quoted within it.
      if (stack.length === 0) {
        const end = i + char.length;
        spans.push({ start: top.index, end, innerStart: top.index + top.char.length, innerEnd: i, family, closed: true });
      }
    }
  }

  // “A,: adding, “B.”: a quote never closed, then a cue and a new quote in the same marks
  // (which nest only inside the other family's): the first ends before its cue, and the
  // rest of the paragraph is read again from the new mark.
  if (reopen && stack.includes(reopen.outer) && reopened < MAX_REOPENED) {
    const { outer, cut, at } = reopen;
    const before = spans.filter((span) => span.start < outer.index);
    const first = { start: outer.index, end: cut, innerStart: outer.index + outer.char.length, innerEnd: cut, family: outer.family, closed: true };
    return [...before, first, ...findQuoteSpans(text, at, reopened + 1)];
  }
  const runOn = runOnSpan(text, stack, spans[spans.length - 1]);
  if (runOn) spans.push(runOn);
  return spans;
}

/**
 * A paragraph that ends inside a quote: the outermost mark left open runs on to the end
 * (the next paragraph may reopen it). Single marks are often stray apostrophes, so an open
 * double, guillemet or corner mark is preferred; a mark that a later closed quote follows
 * was never a quote at all.
 */
function runOnSpan(text: string, unclosed: OpenMark[], lastClosed: QuoteSpan | undefined): QuoteSpan | null {
  const mark = unclosed.find((m) => m.family !== 'single') ?? unclosed[0];
  if (!mark || (lastClosed && lastClosed.start > mark.index)) return null;
  const innerEnd = text.trimEnd().length;
  if (innerEnd <= mark.index + mark.char.length) return null;
  const innerStart = mark.index + mark.char.length;
  return { start: mark.index, end: innerEnd, innerStart, innerEnd, family: mark.family, closed: false };
}

/** One piece of a quotation: a span in the block at `blockIndex`. */
export interface QuotationPart {
  blockIndex: number;
  span: QuoteSpan;
}

/** A quotation of the article, in one or more consecutive paragraphs. */
export interface Quotation {
  parts: QuotationPart[];
}

// Prose blocks. A heading, figure or code block between two paragraphs ends any quote.
const PROSE: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote', 'list-item']);

/**
 * All quotations of the article in order. A quote left open at the end of a paragraph
 * continues when the next block begins by reopening it with a mark of the same family (the
 * multi-paragraph convention of English, French and German); otherwise it ends with its
 * paragraph.
 */
export function findQuotations(blocks: readonly Pick<Block, 'kind' | 'text'>[]): Quotation[] {
  const quotations: Quotation[] = [];
  let pending: Quotation | null = null;
  blocks.forEach((block, blockIndex) => {
    const spans = PROSE.has(block.kind) ? findQuoteSpans(block.text) : [];
    const leading = block.text.length - block.text.trimStart().length;
    let current: Quotation | null = null;
    spans.forEach((span, n) => {
      const reopens =
        n === 0 && pending !== null && span.start === leading && pending.parts[0]!.span.family === span.family;
      if (reopens) {
        pending!.parts.push({ blockIndex, span });
        current = pending;
      } else {
        current = { parts: [{ blockIndex, span }] };
        quotations.push(current);
      }
    });
    pending = spans.length > 0 && !spans[spans.length - 1]!.closed ? current : null;
  });
  return quotations;
}
