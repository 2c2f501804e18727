/**
 * The summary evaluation's figures on the shared data (skipped when ../shared/datasets is
 * absent): English stays exactly where rouge-score's tokenizer put it, Lede keeps at or
 * above LEAD-3 on ROUGE-2 on every set, and non-English rows are scored with the unicode
 * tokenizer, named in the report.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { datasetPath, PROJECT_ROOT } from '../../node/datasets';
import { evaluateSummaries, formatReport } from '../../scripts/eval-summary';

const run = promisify(execFile);

function rows(path: string) {
  return readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { article: string; reference: string; title?: string; lang?: string })
    .map((row) => ({ article: row.article, reference: row.reference, title: row.title ?? '', lang: row.lang ?? 'en' }));
}

const cnndm = datasetPath('summaries', 'cnndm-validation.jsonl');
const xsum = datasetPath('summaries', 'xsum-validation.jsonl');
const orangesum = datasetPath('summaries', 'orangesum-fr-100.jsonl');

describe('eval:summary', () => {
  it.skipIf(!cnndm)('keeps the English CNN/DailyMail figures exactly, above LEAD-3', () => {
    const report = evaluateSummaries(rows(cnndm!));
    expect(report.tokenizers).toEqual(['rouge-score']);
    expect(report.lede).toEqual({ rouge1: 41.23, rouge2: 18.59, rougeL: 26.24 });
    expect(report.lede.rouge2).toBeGreaterThanOrEqual(report.lead3.rouge2);
  });

  it.skipIf(!xsum)('keeps the English XSum figures exactly, above LEAD-3', () => {
    const report = evaluateSummaries(rows(xsum!));
    expect(report.lede).toEqual({ rouge1: 19.41, rouge2: 3.29, rougeL: 12.89 });
    expect(report.lede.rouge2).toBeGreaterThanOrEqual(report.lead3.rouge2);
  });

  it.skipIf(!orangesum)('scores French with the unicode tokenizer, Lede at or above LEAD-3 on ROUGE-2', () => {
    const report = evaluateSummaries(rows(orangesum!));
    expect(report.tokenizers).toEqual(['unicode']);
    expect(report.lede.rouge2).toBeGreaterThanOrEqual(report.lead3.rouge2);
    expect(report.lead1.rouge2).toBeLessThan(report.lead3.rouge2);
    expect(formatReport(report, 'orangesum')).toMatch(/tokenizer: unicode/);
    // Forcing rouge-score's tokenizer scores the same summaries another way.
    const ascii = evaluateSummaries(rows(orangesum!), 'rouge-score');
    expect(ascii.tokenizers).toEqual(['rouge-score']);
    expect(ascii.lede.rouge2).not.toBe(report.lede.rouge2);
  });

  it('names the tokenizer in its JSON and refuses an unknown one', async () => {
    const script = ['tsx', 'scripts/eval-summary.ts'];
    const fixture = `${PROJECT_ROOT}/tests/fixtures/summaries-ru.jsonl`;
    const { stdout } = await run('npx', [...script, fixture, '--json'], { cwd: PROJECT_ROOT });
    const report = JSON.parse(stdout) as { pairs: number; tokenizer: string; rouge1: number; lead3: { rouge1: number } };
    expect(report.pairs).toBe(2);
    expect(report.tokenizer).toBe('unicode');
    expect(report.rouge1).toBeGreaterThan(0);
    expect(report.lead3.rouge1).toBeGreaterThan(0);
    const forced = JSON.parse((await run('npx', [...script, fixture, '--tokenizer', 'rouge-score', '--json'], { cwd: PROJECT_ROOT })).stdout);
    expect(forced).toMatchObject({ tokenizer: 'rouge-score', rouge1: 0 });
    await expect(run('npx', [...script, fixture, '--tokenizer', 'latin'], { cwd: PROJECT_ROOT })).rejects.toMatchObject({ code: 2 });
  });
});
