/**
 * `npm run --silent eval:extraction -- [<dataset-dir>...] [--limit N] [--json]`: scores Lede's
 * extraction and plain Readability 0.6.0 in the same run, so the two figures are always
 * comparable. Without a folder it scores the three development sets in
 * ../shared/datasets/extraction (zyte, dragnet, trafilatura-snippets) and checks their targets.
 *
 * Two layouts, both with pages at `html/<id>.html.gz`:
 * - gold text (`ground-truth.json`: `{ id: { articleBody, url } }`): the article-extraction
 *   benchmark's shingle precision, recall and F1 (lib/text/shingle-f1.ts);
 * - snippets (`snippets.json`: `{ id: { url, lang, with, without } }`): the share of
 *   required strings found, of boilerplate strings left out, and of pages that pass
 *   completely (lib/text/snippet-match.ts), also per language.
 * A page that throws is reported with its error and counted as an empty output.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract-article';
import { matchShingles, pageScores, scoreExtraction, type ExtractionScore, type ShingleMatch } from '../lib/text/shingle-f1';
import { matchSnippets, scoreSnippets, type SnippetMatch, type SnippetScore } from '../lib/text/snippet-match';
import { DATASETS_DIR } from '../node/datasets';
import { parseHtml, readHtmlBytes } from '../node/html-document';
import { parseDatasetArgs, UsageError } from './dataset-args';

const USAGE = 'usage: eval-extraction [<dataset-dir>...] [--limit N] [--json]';
/** The sets scored when no folder is given, under ../shared/datasets/extraction. */
export const DEFAULT_SETS = ['zyte', 'dragnet', 'trafilatura-snippets'];
/** Pages without a URL are read as if served from here (no link of theirs is on its site). */
const NO_URL = 'https://example.invalid/';

export type ExtractorName = 'lede' | 'readability';
const EXTRACTORS: ExtractorName[] = ['lede', 'readability'];

/** A page on which an extractor (or the parse before it) threw: scored as an empty output. */
export interface PageError {
  id: string;
  extractor: ExtractorName;
  error: string;
}

interface GoldEntry {
  articleBody?: string;
  url?: string | null;
}

interface SnippetEntry {
  url?: string | null;
  lang?: string | null;
  with?: string[];
  without?: string[];
}

export interface GoldPage {
  id: string;
  lede: { precision: number | null; recall: number | null };
  readability: { precision: number | null; recall: number | null };
}

export interface GoldScore extends ExtractionScore {
  /** Pages with no output at all. */
  empty: number;
}

export interface GoldReport {
  name: string;
  kind: 'gold';
  pages: number;
  lede: GoldScore;
  readability: GoldScore;
  /** Pages where Lede's own F1 is higher / lower than Readability's. */
  wins: number;
  losses: number;
  perPage: GoldPage[];
  errors: PageError[];
}

export interface SnippetPage {
  id: string;
  lang: string;
  lede: SnippetMatch;
  readability: SnippetMatch;
}

export interface SnippetReport {
  name: string;
  kind: 'snippets';
  pages: number;
  lede: SnippetScore;
  readability: SnippetScore;
  languages: Record<string, { lede: SnippetScore; readability: SnippetScore }>;
  perPage: SnippetPage[];
  errors: PageError[];
}

export type SetReport = GoldReport | SnippetReport;

export interface TargetCheck {
  set: string;
  target: string;
  met: boolean;
}

export interface EvalOptions {
  /** Score only the first N pages of each set (in its file's order). */
  limit?: number;
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function htmlPathOf(dir: string, id: string): string | null {
  for (const name of [`${id}.html.gz`, `${id}.html`]) {
    const path = join(dir, 'html', name);
    if (existsSync(path)) return path;
  }
  return null;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
}

/**
 * Both extractors' text for one page, from one parse: Lede works on its own clone of the
 * document, and Readability (which rewrites what it is given) gets a clone of the untouched
 * parse, taken first. Whatever throws (reading, parsing, cloning, extracting) gives that
 * extractor an empty output and an error.
 */
async function extractBoth(dir: string, id: string, url: string, errors: PageError[]): Promise<Record<ExtractorName, string>> {
  const out: Record<ExtractorName, string> = { lede: '', readability: '' };
  const fail = (extractors: ExtractorName[], error: unknown) => {
    for (const extractor of extractors) errors.push({ id, extractor, error: message(error) });
  };
  let doc: Document;
  try {
    const path = htmlPathOf(dir, id);
    if (!path) throw new Error(`no page html/${id}.html(.gz)`);
    doc = parseHtml(await readHtmlBytes(path), url);
  } catch (error) {
    fail(EXTRACTORS, error);
    return out;
  }
  try {
    out.readability = new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch (error) {
    fail(['readability'], error);
  }
  try {
    const result = extractArticle(doc, { url });
    out.lede = result.kind === 'article' ? result.extracted.article.text : '';
  } catch (error) {
    fail(['lede'], error);
  }
  doc.defaultView?.close();
  return out;
}

function entriesOf<T>(data: Record<string, T>, options: EvalOptions): [string, T][] {
  const entries = Object.entries(data);
  return options.limit ? entries.slice(0, options.limit) : entries;
}

/** One page's F1, only to tell which extractor did better on it. */
function pageF1(m: ShingleMatch): number {
  return m.tp > 0 ? (2 * m.tp) / (2 * m.tp + m.fp + m.fn) : 0;
}

function goldScore(matches: ShingleMatch[]): GoldScore {
  return { ...scoreExtraction(matches), empty: matches.filter((m) => m.tp + m.fp === 0).length };
}

async function evaluateGold(dir: string, options: EvalOptions, progress: Progress): Promise<GoldReport> {
  const truth = readJson<Record<string, GoldEntry>>(join(dir, 'ground-truth.json'));
  const entries = entriesOf(truth, options);
  const errors: PageError[] = [];
  const matches: { id: string; lede: ShingleMatch; readability: ShingleMatch }[] = [];
  for (const [id, entry] of entries) {
    const body = entry.articleBody ?? '';
    const text = await extractBoth(dir, id, entry.url || NO_URL, errors);
    matches.push({ id, lede: matchShingles(body, text.lede), readability: matchShingles(body, text.readability) });
    progress(matches.length, entries.length);
  }
  return {
    name: basename(dir),
    kind: 'gold',
    pages: matches.length,
    lede: goldScore(matches.map((m) => m.lede)),
    readability: goldScore(matches.map((m) => m.readability)),
    wins: matches.filter((m) => pageF1(m.lede) > pageF1(m.readability) + 1e-9).length,
    losses: matches.filter((m) => pageF1(m.lede) + 1e-9 < pageF1(m.readability)).length,
    perPage: matches.map((m) => ({ id: m.id, lede: pageScores(m.lede), readability: pageScores(m.readability) })),
    errors,
  };
}

async function evaluateSnippets(dir: string, options: EvalOptions, progress: Progress): Promise<SnippetReport> {
  const data = readJson<Record<string, SnippetEntry>>(join(dir, 'snippets.json'));
  const entries = entriesOf(data, options);
  const errors: PageError[] = [];
  const perPage: SnippetPage[] = [];
  for (const [id, entry] of entries) {
    const text = await extractBoth(dir, id, entry.url || NO_URL, errors);
    const wanted = entry.with ?? [];
    const unwanted = entry.without ?? [];
    perPage.push({
      id,
      lang: entry.lang || 'unknown',
      lede: matchSnippets(text.lede, wanted, unwanted),
      readability: matchSnippets(text.readability, wanted, unwanted),
    });
    progress(perPage.length, entries.length);
  }
  const languages: SnippetReport['languages'] = {};
  const langs = [...new Set(perPage.map((p) => p.lang))].sort(
    (a, b) => perPage.filter((p) => p.lang === b).length - perPage.filter((p) => p.lang === a).length || a.localeCompare(b),
  );
  for (const lang of langs) {
    const pages = perPage.filter((p) => p.lang === lang);
    languages[lang] = { lede: scoreSnippets(pages.map((p) => p.lede)), readability: scoreSnippets(pages.map((p) => p.readability)) };
  }
  return {
    name: basename(dir),
    kind: 'snippets',
    pages: perPage.length,
    lede: scoreSnippets(perPage.map((p) => p.lede)),
    readability: scoreSnippets(perPage.map((p) => p.readability)),
    languages,
    perPage,
    errors,
  };
}

type Progress = (done: number, total: number) => void;

export async function evaluateSet(dir: string, options: EvalOptions = {}, progress: Progress = () => {}): Promise<SetReport> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such dataset directory: ${dir}`);
  if (!existsSync(join(dir, 'html'))) throw new UsageError(`${dir} has no html/ folder`);
  if (existsSync(join(dir, 'ground-truth.json'))) return evaluateGold(dir, options, progress);
  if (existsSync(join(dir, 'snippets.json'))) return evaluateSnippets(dir, options, progress);
  throw new UsageError(`${dir} has neither ground-truth.json nor snippets.json`);
}

/** The issue's targets for the development sets, by folder name; other sets are only scored. */
export function targetChecks(report: SetReport): TargetCheck[] {
  const check = (target: string, met: boolean): TargetCheck => ({ set: report.name, target, met });
  if (report.kind === 'gold') {
    const { lede, readability } = report;
    if (report.name === 'zyte') {
      return [check('F1 ≥ 0.980', lede.f1 >= 0.98), check("recall ≥ Readability's", lede.recall >= readability.recall)];
    }
    if (report.name === 'dragnet') {
      return [
        check('F1 ≥ Readability + 0.03', lede.f1 >= readability.f1 + 0.03),
        check("recall within 0.005 of Readability's", lede.recall >= readability.recall - 0.005),
      ];
    }
    return [];
  }
  if (report.name !== 'trafilatura-snippets') return [];
  const worse = Object.entries(report.languages).filter(([, l]) => l.lede.passRate < l.readability.passRate).map(([lang]) => lang);
  return [
    check('more pages pass than with Readability', report.lede.passed > report.readability.passed),
    check(`no language passes fewer pages than with Readability${worse.length ? ` (worse: ${worse.join(', ')})` : ''}`, !worse.length),
  ];
}

const f3 = (n: number) => n.toFixed(3);

function formatErrors(errors: PageError[]): string[] {
  return errors.map((e) => `  error (${e.extractor}) on ${e.id}: ${e.error}`);
}

function formatGold(r: GoldReport): string[] {
  const row = (name: string, s: GoldScore) =>
    `${name.padEnd(18)}${f3(s.precision).padStart(10)}${f3(s.recall).padStart(8)}${f3(s.f1).padStart(8)}${String(s.empty).padStart(8)}`;
  return [
    `${'extractor'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'empty'.padStart(8)}`,
    row('Lede', r.lede),
    row('Readability 0.6.0', r.readability),
    '',
    `Per page, Lede scores higher on ${r.wins}, lower on ${r.losses}.`,
  ];
}

function formatSnippets(r: SnippetReport): string[] {
  const row = (name: string, s: SnippetScore) =>
    `${name.padEnd(18)}${f3(s.withFound).padStart(10)}${f3(s.withoutLeftOut).padStart(10)}${f3(s.passRate).padStart(8)}${String(s.passed).padStart(8)}`;
  const head = `${'extractor'.padEnd(18)}${'with'.padStart(10)}${'without'.padStart(10)}${'pass'.padStart(8)}${'passed'.padStart(8)}`;
  const langRow = (lang: string, l: SnippetReport['languages'][string]) =>
    `  ${lang.padEnd(8)}${String(l.lede.pages).padStart(6)}   Lede ${f3(l.lede.passRate)} (${f3(l.lede.withFound)} / ${f3(l.lede.withoutLeftOut)})   Readability ${f3(l.readability.passRate)} (${f3(l.readability.withFound)} / ${f3(l.readability.withoutLeftOut)})`;
  return [
    `with: share of required strings found; without: share of boilerplate strings left out; pass: all of both`,
    head,
    row('Lede', r.lede),
    row('Readability 0.6.0', r.readability),
    '',
    'Per language (pages; pass rate (with / without)):',
    ...Object.entries(r.languages).map(([lang, l]) => langRow(lang, l)),
  ];
}

export function formatReport(reports: SetReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`Extraction on ${r.pages} pages of ${r.name}${r.errors.length ? ` (${r.errors.length} errors, scored as empty output)` : ''}`, '');
    lines.push(...(r.kind === 'gold' ? formatGold(r) : formatSnippets(r)));
    lines.push(...formatErrors(r.errors));
    const checks = targetChecks(r);
    if (checks.length) lines.push('', ...checks.map((c) => `  target ${c.target}: ${c.met ? 'met' : 'MISSED'}`));
    lines.push('', '');
  }
  return lines.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const { dirs: given, json, limit } = parseDatasetArgs(argv, USAGE);
  const dirs = given.length ? given : DEFAULT_SETS.map((name) => join(DATASETS_DIR, 'extraction', name)).filter((dir) => existsSync(dir));
  if (!dirs.length) {
    const skipped = `no datasets at ${join(DATASETS_DIR, 'extraction')}: evaluation skipped`;
    process.stdout.write(json ? `${JSON.stringify({ skipped })}\n` : `eval-extraction: ${skipped}\n`);
    return 0;
  }
  const reports: SetReport[] = [];
  for (const dir of dirs) {
    const name = basename(dir);
    const progress: Progress = (done, total) => {
      if (process.stderr.isTTY && (done % 50 === 0 || done === total)) process.stderr.write(`eval-extraction: ${name} ${done}/${total}\r`);
    };
    reports.push(await evaluateSet(dir, { limit }, progress));
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const targets = reports.flatMap(targetChecks);
  process.stdout.write(json ? `${JSON.stringify({ sets: reports, targets })}\n` : formatReport(reports));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      const text = error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error));
      process.stderr.write(`eval-extraction: ${text}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
