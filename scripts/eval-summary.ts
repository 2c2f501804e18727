/**
 * `npm run --silent eval:summary -- <file.jsonl> [--json]`: scores Lede's extractive summary
 * against reference summaries, with the LEAD-3 and LEAD-1 baselines (the article's first
 * three sentences, its first sentence) scored in the same run. The metric is rouge-score's
 * (lib/text/rouge.ts); every figure is an F-measure ×100, averaged over the rows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block } from '../lib/article-model';
import { summarize, type SummaryInput } from '../lib/summary/summarize';
import { normalizeSpace } from '../lib/text/normalize';
import { defaultTokenizer, ROUGE_TOKENIZERS, rougeScores, type RougeScores, type RougeTokenizer } from '../lib/text/rouge';
import { splitSentences } from '../lib/text/sentences';

class UsageError extends Error {}

const USAGE = `usage: eval-summary <file.jsonl> [--tokenizer rouge-score|unicode] [--json]

Each line of the file is a JSON object with "article" and "reference" strings, and
optionally "title" and "lang" (default "en"). The article's lines are its paragraphs;
so is each part of a line where a sentence's end is glued to the next capital letter
("…community.Dr Venter…"), which is how XSum's articles lost their paragraph breaks.

Prints ROUGE-1, ROUGE-2 and ROUGE-L (F-measure ×100) for Lede, LEAD-3 and LEAD-1,
naming the tokenizer. English rows ("en", "en-GB"…) are tokenized as rouge-score does
(ASCII letters and digits, Porter-stemmed); other rows with --tokenizer unicode (runs of
letters and digits in any script, lower-cased, not stemmed; Chinese and Japanese by
character). --tokenizer gives every row the one named. --json prints one object:
{ pairs, tokenizer, rouge1, rouge2, rougeL, lead3: {…}, lead1: {…} }, same units.`;

/** Figures as ×100 F-measures, the unit papers and the datasets README quote. */
export interface RougeFigures {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

export interface SummaryReport {
  pairs: number;
  /** The tokenizers the rows were scored with, in the order first used (one, unless the file mixes English and other rows). */
  tokenizers: RougeTokenizer[];
  lede: RougeFigures;
  lead3: RougeFigures;
  lead1: RougeFigures;
  /** Mean summary length, to read ROUGE's F-measures with (longer finds more, misses less). */
  ledeSentences: number;
  ledeWords: number;
  lead3Words: number;
}

interface Row {
  title: string;
  lang: string;
  article: string;
  reference: string;
}

/**
 * Some rows (XSum's) lost their paragraph breaks and glue a sentence's end to the next
 * paragraph's first word ("community.Dr Venter"); a lower-case letter or digit, a full stop
 * and an upper-case letter with nothing between them mark such a seam.
 */
const GLUED_PARAGRAPHS = /(?<=[\p{Ll}\p{N}][.!?]["'’”]?)(?=\p{Lu})/u;

export function articleBlocks(article: string): Block[] {
  return article
    .split('\n')
    .flatMap((line) => line.split(GLUED_PARAGRAPHS))
    .map(normalizeSpace)
    .filter((text) => text !== '')
    .map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
}

function parseRows(path: string): Row[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const rows: Row[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${path}:${i + 1}: not a JSON object`);
    }
    const row = value as Partial<Record<keyof Row, unknown>> | null;
    if (typeof row?.article !== 'string' || typeof row.reference !== 'string') {
      throw new UsageError(`${path}:${i + 1}: needs string "article" and "reference" fields`);
    }
    rows.push({
      article: row.article,
      reference: row.reference,
      title: typeof row.title === 'string' ? row.title : '',
      lang: typeof row.lang === 'string' ? row.lang : 'en',
    });
  });
  if (rows.length === 0) throw new UsageError(`${path} has no rows`);
  return rows;
}

function leadSentences(blocks: Block[], lang: string, count: number): string[] {
  const lead: string[] = [];
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text, lang)) {
      if (lead.length === count) return lead;
      lead.push(sentence.text);
    }
  }
  return lead;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function figures(scores: RougeScores[]): RougeFigures {
  const pct = (pick: (s: RougeScores) => number) => Math.round(mean(scores.map(pick)) * 10_000) / 100;
  return { rouge1: pct((s) => s.rouge1.f), rouge2: pct((s) => s.rouge2.f), rougeL: pct((s) => s.rougeL.f) };
}

function wordCount(texts: string[]): number {
  return texts.join(' ').split(/\s+/).filter(Boolean).length;
}

export function evaluateSummaries(rows: Row[], tokenizer?: RougeTokenizer): SummaryReport {
  const tokenizers = new Set<RougeTokenizer>();
  const lede: RougeScores[] = [];
  const lead3: RougeScores[] = [];
  const lead1: RougeScores[] = [];
  const sentences: number[] = [];
  const ledeWords: number[] = [];
  const lead3Words: number[] = [];
  for (const row of rows) {
    const input: SummaryInput = { title: row.title, lang: row.lang, blocks: articleBlocks(row.article) };
    const summary = summarize(input).map((s) => s.text);
    const first3 = leadSentences(input.blocks, row.lang, 3);
    const rowTokenizer = tokenizer ?? defaultTokenizer(row.lang);
    tokenizers.add(rowTokenizer);
    lede.push(rougeScores(summary.join('\n'), row.reference, rowTokenizer));
    lead3.push(rougeScores(first3.join('\n'), row.reference, rowTokenizer));
    lead1.push(rougeScores(first3.slice(0, 1).join('\n'), row.reference, rowTokenizer));
    sentences.push(summary.length);
    ledeWords.push(wordCount(summary));
    lead3Words.push(wordCount(first3));
  }
  return {
    pairs: rows.length,
    tokenizers: [...tokenizers],
    lede: figures(lede),
    lead3: figures(lead3),
    lead1: figures(lead1),
    ledeSentences: mean(sentences),
    ledeWords: mean(ledeWords),
    lead3Words: mean(lead3Words),
  };
}

function describeTokenizer(tokenizer: RougeTokenizer): string {
  return tokenizer === 'unicode'
    ? 'unicode, words in any script, not stemmed, Chinese and Japanese by character'
    : 'rouge-score, ASCII words, Porter-stemmed';
}

/** The tokenizer named after --tokenizer, if any, and the arguments without the option. */
function tokenizerOption(argv: string[]): { tokenizer?: RougeTokenizer; rest: string[] } {
  const at = argv.findIndex((a) => a === '--tokenizer' || a.startsWith('--tokenizer='));
  if (at < 0) return { rest: argv };
  const inline = argv[at]!.includes('=');
  const value = inline ? argv[at]!.slice('--tokenizer='.length) : argv[at + 1];
  if (!ROUGE_TOKENIZERS.includes(value as RougeTokenizer)) {
    throw new UsageError(`--tokenizer takes one of: ${ROUGE_TOKENIZERS.join(', ')}`);
  }
  return { tokenizer: value as RougeTokenizer, rest: argv.filter((_, i) => i !== at && (inline || i !== at + 1)) };
}

export function formatReport(report: SummaryReport, file: string): string {
  const cell = (value: number) => value.toFixed(2).padStart(9);
  const row = (name: string, f: RougeFigures) => `${name.padEnd(8)}${cell(f.rouge1)}${cell(f.rouge2)}${cell(f.rougeL)}`;
  return [
    `Summary ROUGE on ${report.pairs} articles in ${file} (F-measure ×100; tokenizer: ${report.tokenizers.map(describeTokenizer).join(' and ')})`,
    '',
    `${'system'.padEnd(8)}${'ROUGE-1'.padStart(9)}${'ROUGE-2'.padStart(9)}${'ROUGE-L'.padStart(9)}`,
    row('Lede', report.lede),
    row('LEAD-3', report.lead3),
    row('LEAD-1', report.lead1),
    '',
    `Lede picks ${report.ledeSentences.toFixed(1)} sentences, ${report.ledeWords.toFixed(0)} words on average (LEAD-3: ${report.lead3Words.toFixed(0)} words).`,
    '',
  ].join('\n');
}

export function main(argv: string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { tokenizer, rest } = tokenizerOption(argv);
  const args = rest.filter((a) => a !== '--json');
  const json = args.length !== rest.length;
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new UsageError(USAGE.split('\n')[0]!);
  const report = evaluateSummaries(parseRows(resolve(args[0]!)), tokenizer);
  const { pairs, tokenizers, lede, lead3, lead1 } = report;
  const summary = { pairs, tokenizer: tokenizers.join('+'), ...lede, lead3, lead1 };
  process.stdout.write(json ? `${JSON.stringify(summary)}\n` : formatReport(report, args[0]!));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exit(main(process.argv.slice(2)));
  } catch (error) {
    const message = error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error));
    process.stderr.write(`eval-summary: ${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
}
