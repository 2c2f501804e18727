/**
 * Scores the quote finder on PolNeAR (../shared/datasets/quotes/polnear-train-dev.jsonl):
 * direct quotes found vs. direct quotes annotated, and whether the speaker is right.
 *
 *   npm run --silent eval:quotes -- [file.jsonl] [--split train|dev|all] [--json]
 *
 * Definitions (documented here because the numbers mean nothing without them):
 * - Articles: one annotation per article. PolNeAR has several annotators for a few
 *   articles; the row of the annotator whose id sorts first is used, so each article
 *   counts once and the choice does not depend on row order.
 * - Blocks: the article text split on line breaks; every non-blank line is a paragraph
 *   block (PolNeAR's first line is the headline, and it is annotated like the rest).
 * - Gold direct quote: an attribution whose content starts at a quotation mark
 *   (" “ ” „ ‘ ' « » ‹ › 「 『), as the dataset's README defines it. Its spans are the
 *   content spans (an interrupted quote has several).
 * - Match: a found quote matches a gold direct quote when any of its anchors (including
 *   `continuedIn`) overlaps any gold content span by at least one character. Precision is
 *   the share of found quotes that match some gold quote, recall the share of gold quotes
 *   that some found quote matches (micro-averaged over all quotes of the split), F1 their
 *   harmonic mean. A gold quote interrupted by its attribution ("“A,” he said. “B.”") is
 *   one gold quote and may be matched by two found quotes, both correct.
 * - Speaker accuracy: among matched found quotes, the share whose speaker agrees with the
 *   source of a gold quote it matches. The gold source is cut at commas, parentheses and
 *   dashes into its name and appositives, and its first part that looks like a name (a
 *   capitalised word after its first, or one capitalised word) is taken, else its first
 *   part ("Eswar Prasad, a professor at Cornell University" is
 *   Eswar Prasad; "Another critic, Laurence H. Tribe," is Laurence H. Tribe; "the
 *   ministry" stays). Names agree when, after lower-casing and removing diacritics,
 *   possessives, short titles and articles, the last word of one is a word of the other
 *   ("Donald J. Trump" ~ "Trump", "the ministry" ~ "a spokesman for the ministry").
 *   Gold sources are repaired and resolved first: where an annotator swapped source and
 *   cue in a `said X` inversion (source "said", cue "Bolton"), the cue is the source; a
 *   relative pronoun ("Stevie Wonder, who joked") stands for the words before it; a
 *   personal pronoun is the nearest other source written before it, along the chain of
 *   annotated sources ("Clinton said she … “…,” she said" → Clinton); and a definite
 *   description ("the Vermont senator", also when a pronoun resolves to one) may be
 *   matched either as written or as the nearest named source before it, the person it
 *   refers back to. An attribution with no source agrees only with a null speaker.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Block, Quote, TextAnchor } from '../lib/article-model';
import { findQuotes } from '../lib/quotes/find-quotes';
import { datasetPath } from '../node/datasets';

type Range = [number, number];

interface Span {
  spans: Range[];
  text: string;
}

interface Attribution {
  source: Span | null;
  cue: Span | null;
  content: Span | null;
  no_source: boolean;
}

export interface PolnearRow {
  compartment: string;
  file: string;
  annotator: string;
  text: string;
  attributions: Attribution[];
}

export interface GoldQuote {
  spans: Range[];
  /** Who the source may be, pronouns and descriptions resolved; [null] when the attribution has none. */
  speakers: (string | null)[];
}

export interface Score {
  articles: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

interface Tally {
  articles: number;
  found: number;
  foundMatched: number;
  gold: number;
  goldMatched: number;
  speakerRight: number;
}

const SPLITS = ['train', 'dev', 'all'] as const;
type Split = (typeof SPLITS)[number];

const OPENING_MARK = /^["“”„‘'«»‹›「『]/;
const PRONOUNS = new Set('he she they it we i you him her them his their its us me'.split(' '));
// Left out when comparing names: they vary between mentions of the same speaker.
const NOISE = new Set('the a an mr mrs ms miss dr sen rep gov gen'.split(' '));

function isSpan(value: unknown): value is Span {
  if (typeof value !== 'object' || value === null) return false;
  const span = value as Record<string, unknown>;
  return typeof span.text === 'string' && Array.isArray(span.spans) && span.spans.every((r) => Array.isArray(r) && r.length === 2);
}

function isAttribution(value: unknown): value is Attribution {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return [a.source, a.cue, a.content].every((part) => part === null || isSpan(part));
}

function isRow(value: unknown): value is PolnearRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.compartment === 'string' &&
    typeof row.file === 'string' &&
    typeof row.annotator === 'string' &&
    typeof row.text === 'string' &&
    Array.isArray(row.attributions) &&
    row.attributions.every(isAttribution)
  );
}

export function parseRows(jsonl: string): PolnearRow[] {
  const rows: PolnearRow[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1} is not JSON`);
    }
    if (!isRow(value)) throw new Error(`line ${i + 1} is not a PolNeAR row (compartment, file, annotator, text, attributions)`);
    rows.push(value);
  });
  if (rows.length === 0) throw new Error('no rows in the file');
  return rows;
}

/** One row per article: the first annotator by id. */
export function oneAnnotationPerArticle(rows: readonly PolnearRow[], split: Split): PolnearRow[] {
  const chosen = new Map<string, PolnearRow>();
  for (const row of rows) {
    if (split !== 'all' && row.compartment !== split) continue;
    const key = `${row.compartment}/${row.file}`;
    const seen = chosen.get(key);
    if (!seen || row.annotator < seen.annotator) chosen.set(key, row);
  }
  return [...chosen.values()];
}

/** Paragraph blocks of the text, each with the document offset its text starts at. */
export function toBlocks(text: string): { blocks: Block[]; offsets: number[] } {
  const blocks: Block[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      offsets.push(offset + line.indexOf(trimmed));
      blocks.push({ id: `b${blocks.length}`, kind: 'paragraph', text: trimmed });
    }
    offset += line.length + 1;
  }
  return { blocks, offsets };
}

function words(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NOISE.has(w));
}

// Where a source's appositive starts: "Eswar Prasad, a professor at Cornell University".
const APPOSITIVE = /\s*(?:,|\(|\)|\s[—–-]{1,2}\s)\s*/u;

/**
 * The part of a gold source that names the speaker: the words before its appositive, or,
 * when those are only a description ("Another critic, Laurence H. Tribe,"), the first
 * part that holds a capitalised word.
 */
function sourceHead(gold: string): string {
  const parts = gold.split(APPOSITIVE).filter((p) => p.trim());
  const named = parts.find((p) => /\s\p{Lu}|^\p{Lu}\S*$|^\p{Lu}\S*\s+\p{Lu}/u.test(p.trim()));
  return named ?? parts[0] ?? gold;
}

/** Whether two speaker names refer to the same speaker, by the rule in the header. */
export function sameSpeaker(found: string | null, gold: string | null): boolean {
  if (found === null || gold === null) return found === gold;
  const a = words(found);
  const b = words(sourceHead(gold));
  if (a.length === 0 || b.length === 0) return false;
  return b.includes(a[a.length - 1]!) || a.includes(b[b.length - 1]!);
}

/**
 * The source of an attribution as annotated, repaired where annotators swapped source and
 * cue in `said X` inversions (source "said", cue "Bolton"): a lower-case one-word source
 * with a capitalised cue.
 */
function annotatedSource(a: Attribution): Span | null {
  const { source, cue } = a;
  if (source && cue && /^\p{Ll}+$/u.test(source.text.trim()) && !PRONOUNS.has(source.text.trim()) && /^\p{Lu}/u.test(cue.text)) {
    return cue;
  }
  return source;
}

// "Stevie Wonder, who joked": a relative pronoun stands for the words right before it.
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const BEFORE_RELATIVE = /([\p{L}\p{N}.'’ -]{1,60}?),?\s*$/u;

// A definite description, which refers back to someone named: "the Vermont senator".
const DEFINITE = /^the\s.*\s\p{Ll}[\p{L}-]*$|^the\s\p{Ll}[\p{L}-]*$/iu;

/** The gold direct quotes of a row, sources resolved as the header describes. */
export function goldQuotes(row: PolnearRow): GoldQuote[] {
  const isPronoun = (s: Span): boolean => PRONOUNS.has(s.text.trim().toLowerCase());
  const sources = row.attributions.map(annotatedSource);
  const ordered = sources
    .filter((s): s is Span => s !== null && s.spans.length > 0 && !RELATIVE.has(s.text.trim().toLowerCase()))
    .sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
  const nearestBefore = (at: number, accept: (s: Span) => boolean): Span | undefined =>
    ordered.filter((s) => s.spans[0]![0] < at && accept(s)).pop();
  const withReferent = (source: Span): string[] => {
    const text = source.text.trim();
    if (!DEFINITE.test(text)) return [source.text];
    const named = nearestBefore(source.spans[0]![0], (s) => !isPronoun(s) && !DEFINITE.test(s.text.trim()));
    return named ? [source.text, named.text] : [source.text];
  };
  const resolve = (source: Span): string[] => {
    const word = source.text.trim().toLowerCase();
    const at = source.spans[0]?.[0] ?? 0;
    if (RELATIVE.has(word)) return [BEFORE_RELATIVE.exec(row.text.slice(Math.max(0, at - 60), at))?.[1]?.trim() ?? source.text];
    if (!isPronoun(source)) return withReferent(source);
    const antecedent = nearestBefore(at, (s) => !isPronoun(s));
    return antecedent ? withReferent(antecedent) : [source.text];
  };
  return row.attributions.flatMap((a, i) => {
    const spans = a.content?.spans ?? [];
    if (spans.length === 0 || !OPENING_MARK.test(row.text.slice(spans[0]![0]))) return [];
    const source = sources[i];
    return [{ spans, speakers: source ? resolve(source) : [null] }];
  });
}

function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
}

export function scoreArticle(row: PolnearRow, tally: Tally): void {
  const { blocks, offsets } = toBlocks(row.text);
  const indexOf = new Map(blocks.map((b, i) => [b.id, i]));
  const toRange = (a: TextAnchor): Range => {
    const base = offsets[indexOf.get(a.blockId)!]!;
    return [base + a.start, base + a.end];
  };
  const found = findQuotes({ lang: 'en', blocks }).map((q: Quote) => ({
    quote: q,
    ranges: [q, ...(q.continuedIn ?? [])].map(toRange),
  }));
  const gold = goldQuotes(row);
  const goldMatched = new Set<GoldQuote>();
  for (const f of found) {
    const hits = gold.filter((g) => overlaps(f.ranges, g.spans));
    hits.forEach((g) => goldMatched.add(g));
    if (hits.length === 0) continue;
    tally.foundMatched++;
    if (hits.some((g) => g.speakers.some((speaker) => sameSpeaker(f.quote.speaker, speaker)))) tally.speakerRight++;
  }
  tally.articles++;
  tally.found += found.length;
  tally.gold += gold.length;
  tally.goldMatched += goldMatched.size;
}

export function evaluate(rows: readonly PolnearRow[]): Score & Tally {
  const tally: Tally = { articles: 0, found: 0, foundMatched: 0, gold: 0, goldMatched: 0, speakerRight: 0 };
  for (const row of rows) scoreArticle(row, tally);
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  const precision = ratio(tally.foundMatched, tally.found);
  const recall = ratio(tally.goldMatched, tally.gold);
  return {
    ...tally,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    speakerAccuracy: ratio(tally.speakerRight, tally.foundMatched),
  };
}

export function parseArgs(argv: readonly string[]): { file: string; split: Split; json: boolean } {
  let file: string | null = null;
  let split: Split = 'dev';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--split' || arg.startsWith('--split=')) {
      const value = arg.includes('=') ? arg.slice('--split='.length) : argv[++i];
      if (!SPLITS.includes(value as Split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
      split = value as Split;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (file) throw new Error('give one PolNeAR .jsonl file');
    else file = arg;
  }
  file ??= datasetPath('quotes', 'polnear-train-dev.jsonl');
  if (!file) throw new Error('no file given and ../shared/datasets/quotes is not here');
  return { file, split, json };
}

function main(): void {
  const { file, split, json } = parseArgs(process.argv.slice(2));
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  const rows = oneAnnotationPerArticle(parseRows(content), split);
  if (rows.length === 0) throw new Error(`no articles in the ${split} split`);
  const s = evaluate(rows);
  if (json) {
    const { articles, precision, recall, f1, speakerAccuracy } = s;
    console.log(JSON.stringify({ articles, precision, recall, f1, speakerAccuracy }));
    return;
  }
  const f = (x: number): string => x.toFixed(3);
  console.log(`Direct quotes, PolNeAR ${split}: ${s.articles} articles, one annotator each`);
  console.log(`  precision         ${f(s.precision)}  (${s.foundMatched} of ${s.found} found quotes match a gold quote)`);
  console.log(`  recall            ${f(s.recall)}  (${s.goldMatched} of ${s.gold} gold quotes found)`);
  console.log(`  F1                ${f(s.f1)}`);
  console.log(`  speaker accuracy  ${f(s.speakerAccuracy)}  (${s.speakerRight} of ${s.foundMatched} matched quotes)`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(`eval:quotes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
