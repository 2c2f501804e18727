/**
 * Scores the quote finder: direct quotes found vs. direct quotes annotated, and whether the
 * speaker is right. It reads two formats, told apart by the shape of their rows:
 * PolNeAR (../shared/datasets/quotes/polnear-train-dev.jsonl) and the multilingual
 * development set (tests/fixtures/quotes-multilingual: a `.jsonl` file or a folder of them).
 *
 *   npm run --silent eval:quotes -- [file.jsonl | folder] [--split train|dev|all] [--json] [--errors]
 *
 * Without a file it reads PolNeAR. `--json` prints one JSON object; `--errors` adds the
 * multilingual set's misses, false positives and wrong speakers to it (the text report
 * always lists them).
 *
 * PolNeAR. Without `--split`, every compartment in the file is scored and reported on its
 * own (in file order), followed by all of them together when there are several; `--json`
 * then prints the scores of all of them with `byCompartment: { <compartment>: score }`.
 * With `--split dev|train|all` only that split is scored and reported. Definitions
 * (documented here because the numbers mean nothing without them):
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
 *
 * The multilingual set. One JSON object a line:
 * `{ "lang", "id"?, "text", "quotes": [{ "start", "end", "speaker" }] }`, `start`/`end` the
 * UTF-16 offsets of a direct quote in `text` with its quotation marks (end exclusive),
 * `speaker` the fullest name the article gives, without titles, or null. The set's own
 * rules are in tests/fixtures/quotes-multilingual/build.ts.
 * - Blocks: as for PolNeAR, the text split on line breaks, one paragraph block a non-blank
 *   line; `findQuotes` runs with the row's `lang`.
 * - Match: a found quote matches a gold quote when any of its anchors (including
 *   `continuedIn`) overlaps the gold span by at least one character. Precision, recall and
 *   F1 as for PolNeAR, micro-averaged over the quotes of each language, and over all rows
 *   for the overall figures.
 * - Speaker accuracy: among matched found quotes, the share whose speaker agrees with the
 *   speaker of a gold quote it matches. Agreement is strict: both null, or equal after
 *   Unicode NFC, case-folding and collapsing white space. The set asks for the fullest name
 *   the article gives, without titles, so "Macron" for "Emmanuel Macron", "le président
 *   Emmanuel Macron", or a name left inflected ("Путина" for "Владимир Путин") are wrong.
 * - Report: per language and overall; `--json` gives the overall figures with
 *   `byLang: { <lang>: { quotes, precision, recall, f1, speakerAccuracy } }` (`quotes`: gold
 *   quotes). The text report then lists each miss (gold quote not found), false positive
 *   (found quote matching no gold quote) and wrong speaker, with the row id and its text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block, Quote, TextAnchor } from '../lib/article-model';
import { findQuotes } from '../lib/quotes/find-quotes';
import { datasetPath } from '../node/datasets';
// Quotes in every language Lede knows (the content script loads only the article's).
import '../lib/quotes/languages';

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

/** The rows of a JSON-lines text, each checked by `isRow`; `what` names the row in errors. */
function parseLines<T>(jsonl: string, isRowOf: (value: unknown) => value is T, what: string): T[] {
  const rows: T[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`line ${i + 1} is not JSON`);
    }
    if (!isRowOf(value)) throw new Error(`line ${i + 1} is not ${what}`);
    rows.push(value);
  });
  if (rows.length === 0) throw new Error('no rows in the file');
  return rows;
}

export function parseRows(jsonl: string): PolnearRow[] {
  return parseLines(jsonl, isRow, 'a PolNeAR row (compartment, file, annotator, text, attributions)');
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

/** Found quotes of a text as document ranges, blocks made by toBlocks. */
function foundQuotes(text: string, lang: string): { quote: Quote; ranges: Range[] }[] {
  const { blocks, offsets } = toBlocks(text);
  const indexOf = new Map(blocks.map((b, i) => [b.id, i]));
  const toRange = (a: TextAnchor): Range => {
    const base = offsets[indexOf.get(a.blockId)!]!;
    return [base + a.start, base + a.end];
  };
  return findQuotes({ lang, blocks }).map((quote) => ({ quote, ranges: [quote, ...(quote.continuedIn ?? [])].map(toRange) }));
}

function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([s, e]) => b.some(([t, f]) => s < f && t < e));
}

export function scoreArticle(row: PolnearRow, tally: Tally): void {
  const found = foundQuotes(row.text, 'en');
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

function emptyTally(): Tally {
  return { articles: 0, found: 0, foundMatched: 0, gold: 0, goldMatched: 0, speakerRight: 0 };
}

function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) into[key] += from[key];
}

/** Precision, recall, F1 and speaker accuracy of a tally, by the definitions in the header. */
export function finish(tally: Tally): Score & Tally {
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

export function evaluate(rows: readonly PolnearRow[]): Score & Tally {
  const tally = emptyTally();
  for (const row of rows) scoreArticle(row, tally);
  return finish(tally);
}

/** The compartments of a PolNeAR file, in the order they first appear. */
export function compartments(rows: readonly PolnearRow[]): string[] {
  return [...new Set(rows.map((r) => r.compartment))];
}

/** One score per compartment, and `all` of them together (only when there are several). */
export function evaluateByCompartment(rows: readonly PolnearRow[]): { name: string; score: Score & Tally }[] {
  const all = emptyTally();
  const articles = oneAnnotationPerArticle(rows, 'all');
  const scores = compartments(rows).map((name) => {
    const tally = emptyTally();
    for (const row of articles) if (row.compartment === name) scoreArticle(row, tally);
    addTally(all, tally);
    return { name, score: finish(tally) };
  });
  return scores.length > 1 ? [...scores, { name: 'all', score: finish(all) }] : scores;
}

// --- The multilingual set -------------------------------------------------------------

export interface MultilingualQuote {
  start: number;
  end: number;
  speaker: string | null;
}

export interface MultilingualRow {
  lang: string;
  id?: string;
  text: string;
  quotes: MultilingualQuote[];
}

export interface QuoteError {
  kind: 'miss' | 'false positive' | 'wrong speaker';
  lang: string;
  id: string;
  /** The quote as the text has it (a found quote's anchors joined with " … "). */
  text: string;
  found?: string | null;
  gold?: string | null;
}

export interface LangScore {
  quotes: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAccuracy: number;
}

function isMultilingualQuote(value: unknown): value is MultilingualQuote {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Record<string, unknown>;
  return (
    Number.isInteger(q.start) &&
    Number.isInteger(q.end) &&
    (q.start as number) < (q.end as number) &&
    (q.speaker === null || typeof q.speaker === 'string')
  );
}

export function isMultilingualRow(value: unknown): value is MultilingualRow {
  if (typeof value !== 'object' || value === null) return false;
  const row = value as Record<string, unknown>;
  return (
    typeof row.lang === 'string' &&
    row.lang !== '' &&
    typeof row.text === 'string' &&
    (row.id === undefined || typeof row.id === 'string') &&
    Array.isArray(row.quotes) &&
    row.quotes.every(isMultilingualQuote) &&
    row.quotes.every((q: MultilingualQuote) => q.end <= (row.text as string).length)
  );
}

/** A name as the strict speaker comparison sees it: NFC, case-folded, white space collapsed. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Strict speaker agreement for the multilingual set (see the header). */
export function sameName(found: string | null, gold: string | null): boolean {
  if (found === null || gold === null) return found === gold;
  return normalizeName(found) === normalizeName(gold);
}

/** Scores one multilingual row into `tally`, and lists what it got wrong into `errors`. */
export function scoreMultilingualRow(row: MultilingualRow, tally: Tally, errors: QuoteError[]): void {
  const id = row.id ?? row.lang;
  const found = foundQuotes(row.text, row.lang);
  const gold = row.quotes.map((q) => ({ ...q, spans: [[q.start, q.end]] as Range[] }));
  const goldMatched = new Set<(typeof gold)[number]>();
  for (const f of found) {
    const text = f.ranges.map(([a, b]) => row.text.slice(a, b)).join(' … ');
    const hits = gold.filter((g) => overlaps(f.ranges, g.spans));
    hits.forEach((g) => goldMatched.add(g));
    if (hits.length === 0) {
      errors.push({ kind: 'false positive', lang: row.lang, id, text, found: f.quote.speaker });
      continue;
    }
    tally.foundMatched++;
    if (hits.some((g) => sameName(f.quote.speaker, g.speaker))) tally.speakerRight++;
    else errors.push({ kind: 'wrong speaker', lang: row.lang, id, text, found: f.quote.speaker, gold: hits[0]!.speaker });
  }
  for (const g of gold) {
    if (!goldMatched.has(g)) errors.push({ kind: 'miss', lang: row.lang, id, text: row.text.slice(g.start, g.end), gold: g.speaker });
  }
  tally.articles++;
  tally.found += found.length;
  tally.gold += gold.length;
  tally.goldMatched += goldMatched.size;
}

/** Scores per language (in the order languages first appear) and overall. */
export function evaluateMultilingual(rows: readonly MultilingualRow[]): {
  byLang: Map<string, Score & Tally>;
  overall: Score & Tally;
  errors: QuoteError[];
} {
  const tallies = new Map<string, Tally>();
  const errors: QuoteError[] = [];
  for (const row of rows) {
    if (!tallies.has(row.lang)) tallies.set(row.lang, emptyTally());
    scoreMultilingualRow(row, tallies.get(row.lang)!, errors);
  }
  const all = emptyTally();
  const byLang = new Map<string, Score & Tally>();
  for (const [lang, tally] of tallies) {
    addTally(all, tally);
    byLang.set(lang, finish(tally));
  }
  return { byLang, overall: finish(all), errors };
}

// --- Input ----------------------------------------------------------------------------

export type Input = { kind: 'polnear'; rows: PolnearRow[] } | { kind: 'multilingual'; rows: MultilingualRow[] };

/** Rows of either format, told apart by the first row's shape; every row must be of it. */
export function parseInput(jsonl: string): Input {
  const first = jsonl.split('\n').find((line) => line.trim());
  let value: unknown = null;
  try {
    value = first === undefined ? null : JSON.parse(first);
  } catch {
    /* parseRows reports it */
  }
  if (!isMultilingualRow(value)) return { kind: 'polnear', rows: parseRows(jsonl) };
  return {
    kind: 'multilingual',
    rows: parseLines(jsonl, isMultilingualRow, 'a multilingual row (lang, text, quotes with start, end, speaker)'),
  };
}

/** The text of a `.jsonl` file, or of every `.jsonl` file in a folder (by name). */
export function readJsonl(path: string): string {
  try {
    if (statSync(path).isDirectory()) {
      const names = readdirSync(path)
        .filter((name) => name.endsWith('.jsonl'))
        .sort();
      if (names.length === 0) throw new Error(`no .jsonl files in ${path}`);
      return names.map((name) => readFileSync(join(path, name), 'utf8').replace(/\n?$/, '\n')).join('');
    }
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('no .jsonl')) throw error;
    throw new Error(`cannot read ${path}`);
  }
}

export interface Args {
  file: string;
  /** null: every compartment present, each reported. */
  split: Split | null;
  json: boolean;
  errors: boolean;
}

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let split: Split | null = null;
  let json = false;
  let errors = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--errors') errors = true;
    else if (arg === '--split' || arg.startsWith('--split=')) {
      const value = arg.includes('=') ? arg.slice('--split='.length) : argv[++i];
      if (!SPLITS.includes(value as Split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}`);
      split = value as Split;
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}`);
    else if (file) throw new Error('give one .jsonl file or folder');
    else file = arg;
  }
  file ??= datasetPath('quotes', 'polnear-train-dev.jsonl');
  if (!file) throw new Error('no file given and ../shared/datasets/quotes is not here');
  return { file, split, json, errors };
}

// --- Reports --------------------------------------------------------------------------

const f3 = (x: number): string => x.toFixed(3);

function polnearReport(name: string, s: Score & Tally): string[] {
  return [
    `Direct quotes, PolNeAR ${name}: ${s.articles} articles, one annotator each`,
    `  precision         ${f3(s.precision)}  (${s.foundMatched} of ${s.found} found quotes match a gold quote)`,
    `  recall            ${f3(s.recall)}  (${s.goldMatched} of ${s.gold} gold quotes found)`,
    `  F1                ${f3(s.f1)}`,
    `  speaker accuracy  ${f3(s.speakerAccuracy)}  (${s.speakerRight} of ${s.foundMatched} matched quotes)`,
  ];
}

const scoreFields = ({ articles, precision, recall, f1, speakerAccuracy }: Score): Score => ({
  articles,
  precision,
  recall,
  f1,
  speakerAccuracy,
});

function polnearOutput(rows: PolnearRow[], split: Split | null, json: boolean): string[] {
  if (split) {
    const chosen = oneAnnotationPerArticle(rows, split);
    if (chosen.length === 0) throw new Error(`no articles in the ${split} split`);
    const s = evaluate(chosen);
    return json ? [JSON.stringify(scoreFields(s))] : polnearReport(split, s);
  }
  const scores = evaluateByCompartment(rows);
  if (json) {
    const overall = scores[scores.length - 1]!.score;
    const byCompartment = Object.fromEntries(scores.filter((c) => c.name !== 'all').map((c) => [c.name, scoreFields(c.score)]));
    return [JSON.stringify({ ...scoreFields(overall), byCompartment })];
  }
  return scores.flatMap((c, i) => [...(i > 0 ? [''] : []), ...polnearReport(c.name, c.score)]);
}

const langFields = (s: Score & Tally): LangScore => ({
  quotes: s.gold,
  precision: s.precision,
  recall: s.recall,
  f1: s.f1,
  speakerAccuracy: s.speakerAccuracy,
});

function clip(text: string, max = 160): string {
  const flat = text.replace(/\n/g, ' ¶ ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

const who = (speaker: string | null | undefined): string => (speaker === null || speaker === undefined ? 'null' : `"${speaker}"`);

function errorLines(errors: readonly QuoteError[]): string[] {
  const lines: string[] = [];
  const kinds: [QuoteError['kind'], string][] = [
    ['miss', 'Misses (gold quotes not found)'],
    ['false positive', 'False positives (found quotes matching no gold quote)'],
    ['wrong speaker', 'Wrong speakers (found vs gold)'],
  ];
  for (const [kind, title] of kinds) {
    const list = errors.filter((e) => e.kind === kind);
    lines.push('', `${title}: ${list.length}`);
    for (const e of list) {
      const tail =
        kind === 'miss' ? `gold ${who(e.gold)}` : kind === 'false positive' ? `speaker ${who(e.found)}` : `found ${who(e.found)}, gold ${who(e.gold)}`;
      lines.push(`  ${e.id}  ${clip(e.text)}  — ${tail}`);
    }
  }
  return lines;
}

function multilingualOutput(rows: MultilingualRow[], json: boolean, withErrors: boolean): string[] {
  const { byLang, overall, errors } = evaluateMultilingual(rows);
  if (json) {
    const out: Record<string, unknown> = {
      articles: overall.articles,
      ...langFields(overall),
      byLang: Object.fromEntries([...byLang].map(([lang, s]) => [lang, langFields(s)])),
    };
    if (withErrors) out.errors = errors;
    return [JSON.stringify(out)];
  }
  const row = (name: string, s: Score & Tally): string =>
    `  ${name.padEnd(5)} ${String(s.articles).padStart(8)} ${String(s.gold).padStart(6)} ${String(s.found).padStart(6)}` +
    `   ${f3(s.precision)}   ${f3(s.recall)}   ${f3(s.f1)}   ${f3(s.speakerAccuracy)}`;
  return [
    `Direct quotes, multilingual set: ${overall.articles} articles, ${overall.gold} gold quotes`,
    `  lang  articles quotes  found   prec.   recall  F1      speaker accuracy`,
    ...[...byLang].map(([lang, s]) => row(lang, s)),
    row('all', overall),
    ...errorLines(errors),
  ];
}

function main(): void {
  const { file, split, json, errors } = parseArgs(process.argv.slice(2));
  const input = parseInput(readJsonl(file));
  if (input.kind === 'multilingual' && split) throw new Error('--split is for PolNeAR files; the multilingual set has no compartments');
  const lines = input.kind === 'polnear' ? polnearOutput(input.rows, split, json) : multilingualOutput(input.rows, json, errors || !json);
  console.log(lines.join('\n'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    main();
  } catch (error) {
    console.error(`eval:quotes: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
