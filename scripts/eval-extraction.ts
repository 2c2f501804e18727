/**
 * `npm run --silent eval:extraction -- <dir> [--json]`: scores Lede's extraction against an
 * article-extraction-benchmark layout (`html/<id>.html.gz` + `ground-truth.json`), with
 * plain Readability 0.6.0 scored in the same run so the two figures are always comparable.
 * The metric is the benchmark's own (lib/text/shingle-f1.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract-article';
import { matchShingles, scoreExtraction, type ExtractionScore, type ShingleMatch } from '../lib/text/shingle-f1';
import { parseHtml, readHtmlBytes } from '../node/html-document';

class UsageError extends Error {}

const USAGE = 'usage: eval-extraction <dataset-dir> [--json]';
/** The benchmark's pages are UTF-8 unless they say otherwise. */
/** `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">`. */
/** How far into a page to look for its charset declaration (real heads can be long). */

interface GroundTruth {
  [id: string]: { articleBody?: string; url?: string };
}

export interface PageScore {
  id: string;
  lede: ShingleMatch;
  readability: ShingleMatch;
}

export interface ExtractionReport {
  pages: number;
  lede: ExtractionScore;
  readability: ExtractionScore;
  /** Per page, in ground-truth order, for callers that want to look closer. */
  perPage: PageScore[];
}

function ledeText(doc: Document, url: string): string {
  const result = extractArticle(doc, { url });
  return result.kind === 'article' ? result.extracted.article.text : '';
}

function readabilityText(doc: Document): string {
  return new Readability(doc).parse()?.textContent ?? '';
}

function loadGroundTruth(dir: string): GroundTruth {
  const path = join(dir, 'ground-truth.json');
  if (!existsSync(path)) throw new UsageError(`${dir} has no ground-truth.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as GroundTruth;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function htmlPathOf(dir: string, id: string): string {
  const gz = join(dir, 'html', `${id}.html.gz`);
  return existsSync(gz) ? gz : join(dir, 'html', `${id}.html`);
}

export async function evaluateExtraction(dir: string): Promise<ExtractionReport> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`no such dataset directory: ${dir}`);
  const truth = loadGroundTruth(dir);
  if (!existsSync(join(dir, 'html'))) throw new UsageError(`${dir} has no html/ folder`);
  const perPage: PageScore[] = [];
  for (const [id, { articleBody = '', url = 'https://example.invalid/' }] of Object.entries(truth)) {
    const path = htmlPathOf(dir, id);
    if (!existsSync(path)) throw new UsageError(`missing page for ${id} in ${join(dir, 'html')}`);
    const bytes = await readHtmlBytes(path);
    // One parse serves both extractors: Lede works on its own clone of the document, and
    // Readability (which rewrites what it is given) gets a clone of the untouched parse. On
    // the Zyte set this gives Readability exactly the text a second fresh parse gives it.
    const doc = parseHtml(bytes, url);
    const plain = readabilityText(doc.cloneNode(true) as Document);
    perPage.push({
      id,
      lede: matchShingles(articleBody, ledeText(doc, url)),
      readability: matchShingles(articleBody, plain),
    });
    doc.defaultView?.close();
  }
  return {
    pages: perPage.length,
    lede: scoreExtraction(perPage.map((p) => p.lede)),
    readability: scoreExtraction(perPage.map((p) => p.readability)),
    perPage,
  };
}

function emptyOutputs(matches: ShingleMatch[]): number {
  return matches.filter((m) => m.tp + m.fp === 0).length;
}

/** One page's F1, only to tell which extractor did better on it. */
function pageF1(m: ShingleMatch): number {
  return m.tp > 0 ? (2 * m.tp) / (2 * m.tp + m.fp + m.fn) : 0;
}

function formatReport(report: ExtractionReport, dir: string): string {
  const row = (name: string, s: ExtractionScore, empty: number) =>
    `${name.padEnd(18)}${s.precision.toFixed(3).padStart(10)}${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(8)}${String(empty).padStart(8)}`;
  const ledeWins = report.perPage.filter((p) => pageF1(p.lede) > pageF1(p.readability) + 1e-9).length;
  const ledeLosses = report.perPage.filter((p) => pageF1(p.lede) + 1e-9 < pageF1(p.readability)).length;
  return [
    `Extraction on ${report.pages} pages in ${dir}`,
    '',
    `${'extractor'.padEnd(18)}${'precision'.padStart(10)}${'recall'.padStart(8)}${'F1'.padStart(8)}${'empty'.padStart(8)}`,
    row('Lede', report.lede, emptyOutputs(report.perPage.map((p) => p.lede))),
    row('Readability 0.6.0', report.readability, emptyOutputs(report.perPage.map((p) => p.readability))),
    '',
    `Per page, Lede scores higher on ${ledeWins}, lower on ${ledeLosses}.`,
    '',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--json');
  const json = args.length !== argv.length;
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError(USAGE);
  const dir = resolve(args[0]!);
  const report = await evaluateExtraction(dir);
  const { pages, lede, readability } = report;
  process.stdout.write(
    json ? `${JSON.stringify({ pages, ...lede, readability })}\n` : formatReport(report, args[0]!),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      const message = error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error));
      process.stderr.write(`eval-extraction: ${message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
