import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSet, targetChecks, type GoldReport, type SnippetReport } from '../../scripts/eval-extraction';
import { declaredCharset, parseHtml } from '../../node/html-document';
import { PROJECT_ROOT } from '../../node/datasets';
import { matchShingles, pageScores, scoreExtraction, shingles } from '../../lib/text/shingle-f1';
import { matchSnippets, scoreSnippets } from '../../lib/text/snippet-match';

const run = promisify(execFile);

describe('shingles', () => {
  it('takes overlapping four-word shingles of \\w+ words, keeping case', () => {
    expect([...shingles('The cat, the HAT; sat-down.').entries()]).toEqual([
      ['The cat the HAT', 1],
      ['cat the HAT sat', 1],
      ['the HAT sat down', 1],
    ]);
  });

  it('counts repeats, and makes one short shingle of a text under four words', () => {
    expect(shingles('go go go go go')).toEqual(new Map([['go go go go', 2]]));
    expect(shingles('Only two')).toEqual(new Map([['Only two', 1]]));
    expect(shingles(' — ').size).toBe(0);
  });

  it('splits words the Unicode way', () => {
    expect([...shingles('Straße über Café naïve 2024').keys()]).toEqual(['Straße über Café naïve', 'über Café naïve 2024']);
  });
});

describe('matchShingles', () => {
  it('normalises a page so true positives, false positives and misses sum to one', () => {
    const m = matchShingles('a b c d e f', 'a b c d e x');
    // truth: abcd bcde cdef; output: abcd bcde cdex
    expect(m.tp).toBeCloseTo(2 / 4);
    expect(m.fp).toBeCloseTo(1 / 4);
    expect(m.fn).toBeCloseTo(1 / 4);
  });

  it('matches shingles as multisets', () => {
    const m = matchShingles('x x x x x', 'x x x x');
    expect(m).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
  });

  it('gives an empty output nothing but misses', () => {
    expect(matchShingles('some words of truth here', '')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('scoreExtraction', () => {
  it('averages precision and recall over pages, then takes F1 of the averages', () => {
    const perfect = matchShingles('a b c d e', 'a b c d e');
    const half = matchShingles('a b c d e f', 'a b c d e x');
    const score = scoreExtraction([perfect, half]);
    expect(score.precision).toBeCloseTo((1 + 2 / 3) / 2);
    expect(score.recall).toBeCloseTo((1 + 2 / 3) / 2);
    expect(score.f1).toBeCloseTo(5 / 6);
  });

  it('counts an empty output against recall only', () => {
    const perfect = matchShingles('a b c d e', 'a b c d e');
    const empty = matchShingles('a b c d e', '');
    expect(scoreExtraction([perfect, empty])).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3 });
  });
});

describe('declaredCharset', () => {
  const bytes = (html: string) => new Uint8Array(Buffer.from(html, 'latin1'));

  it('finds <meta charset> and the http-equiv form, however far into the head', () => {
    expect(declaredCharset(bytes('<html><head><meta charset="windows-1252">'))).toBe('windows-1252');
    const late = `<html><head>${'<link rel="x">'.repeat(200)}<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">`;
    expect(declaredCharset(bytes(late))).toBe('ISO-8859-1');
  });

  it('ignores the word charset in the body, and reports no declaration as null', () => {
    expect(declaredCharset(bytes('<html><head></head><body><meta charset="koi8-r">'))).toBeNull();
    expect(declaredCharset(bytes('<html><body>charset=big5</body></html>'))).toBeNull();
  });
});

// A tiny dataset in the benchmark's layout: one windows-1252 page, one UTF-8 page that does
// not declare its charset.
const STORY = [
  'Le café de la gare rouvrira ses portes au printemps après deux années de travaux, a annoncé la mairie lundi soir.',
  'Les habitués, dont beaucoup fréquentent l’établissement depuis plus de trente ans, se disent soulagés et impatients.',
  'La façade sera restaurée à l’identique et la terrasse, très appréciée en été, sera agrandie côté quai.',
];
const DON_T = [
  'The council says it won’t reopen the pier before the summer, because the engineers’ report came back late.',
  'Traders on the front said they didn’t expect the decision and would ask for help with their rents this year.',
  'A final report is due in June, when councillors will decide whether to rebuild the pier or take it down.',
];

/** windows-1252 bytes: Latin-1, except that the right single quote lives at 0x92. */
function windows1252(text: string): Buffer {
  return Buffer.from(text.replace(/’/g, '\x92'), 'latin1');
}

function page(title: string, paragraphs: string[], head = ''): string {
  return `<!DOCTYPE html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
}

const dataset = mkdtempSync(join(tmpdir(), 'lede-eval-'));
mkdirSync(join(dataset, 'html'));
writeFileSync(
  join(dataset, 'html', 'cafe.html.gz'),
  gzipSync(windows1252(page('Le café de la gare rouvre', STORY, '<meta charset="windows-1252">'))),
);
writeFileSync(join(dataset, 'html', 'pier.html.gz'), gzipSync(Buffer.from(page('Pier stays shut', DON_T), 'utf8')));
// A page without a URL, and one whose page file is missing: both are scored, not fatal.
writeFileSync(join(dataset, 'html', 'nourl.html'), page('Pier stays shut', DON_T));
// jsdom parses this doctype into one it then refuses to clone (Readability's copy fails).
writeFileSync(join(dataset, 'html', 'doctype.html'), page('Pier stays shut', DON_T).replace('<!DOCTYPE html>', '<!doctype<!doctype html>'));
writeFileSync(
  join(dataset, 'ground-truth.json'),
  JSON.stringify({
    cafe: { articleBody: STORY.join('\n'), url: 'https://journal.example/cafe' },
    pier: { articleBody: DON_T.join('\n'), url: 'https://news.example/pier' },
    nourl: { articleBody: DON_T.join('\n'), url: null },
    gone: { articleBody: STORY.join('\n'), url: 'https://journal.example/gone' },
    doctype: { articleBody: DON_T.join('\n'), url: 'https://news.example/doctype' },
  }),
);

// The snippet layout: one page that passes, one whose boilerplate both extractors keep.
const snippets = mkdtempSync(join(tmpdir(), 'lede-snippets-'));
mkdirSync(join(snippets, 'html'));
writeFileSync(join(snippets, 'html', 'fr.html.gz'), gzipSync(Buffer.from(page('Le café de la gare rouvre', STORY, '<meta charset="utf-8">'), 'utf8')));
writeFileSync(join(snippets, 'html', 'en.html.gz'), gzipSync(Buffer.from(page('Pier stays shut', DON_T), 'utf8')));
writeFileSync(
  join(snippets, 'snippets.json'),
  JSON.stringify({
    fr: { url: 'https://journal.example/cafe', lang: 'fr', with: ['rouvrira ses  portes', 'côté quai'], without: ['Abonnez-vous'] },
    en: { url: 'https://news.example/pier', lang: 'en', with: ['pier or take it down'], without: ['Traders on the front'] },
  }),
);
afterAll(() => {
  rmSync(dataset, { recursive: true, force: true });
  rmSync(snippets, { recursive: true, force: true });
});

describe('matchSnippets', () => {
  it('finds snippets case-sensitively, with white space runs (NBSP too) as one space', () => {
    const m = matchSnippets('The  pier\u00a0stays\nshut. Subscribe now', ['pier stays shut', 'The Pier'], ['Subscribe now', 'Log in']);
    expect(m).toEqual({ withFound: 0.5, withoutLeftOut: 0.5, pass: false });
    expect(matchSnippets('all of it', ['all of it'], ['none'])).toEqual({ withFound: 1, withoutLeftOut: 1, pass: true });
  });

  it('averages over pages and counts the pages that pass', () => {
    const score = scoreSnippets([
      { withFound: 1, withoutLeftOut: 1, pass: true },
      { withFound: 0.5, withoutLeftOut: 0, pass: false },
    ]);
    expect(score).toEqual({ withFound: 0.75, withoutLeftOut: 0.5, passRate: 0.5, passed: 1, pages: 2 });
  });
});

describe('pageScores', () => {
  it('gives an empty output no precision, and a page without truth no recall', () => {
    expect(pageScores(matchShingles('some words of truth here', ''))).toEqual({ precision: null, recall: 0 });
    expect(pageScores(matchShingles('', 'some words of output here'))).toEqual({ precision: 0, recall: null });
    expect(pageScores(matchShingles('a b c d e f', 'a b c d e x'))).toEqual({ precision: 2 / 3, recall: 2 / 3 });
  });
});

describe('evaluateSet on gold text', () => {
  it('decodes a windows-1252 page by its declaration and an undeclared page as UTF-8', async () => {
    const report = (await evaluateSet(dataset)) as GoldReport;
    expect(report.pages).toBe(5);
    const cafe = report.perPage.find((p) => p.id === 'cafe')!;
    expect(cafe.lede).toEqual({ precision: 1, recall: 1 });
    expect(cafe.readability.recall).toBe(1);
  });

  it('scores a page without a URL, and counts a missing page as an error and an empty output', async () => {
    const report = (await evaluateSet(dataset)) as GoldReport;
    expect(report.perPage.find((p) => p.id === 'nourl')!.lede).toEqual({ precision: 1, recall: 1 });
    expect(report.perPage.find((p) => p.id === 'gone')).toEqual({
      id: 'gone',
      lede: { precision: null, recall: 0 },
      readability: { precision: null, recall: 0 },
    });
    expect(report.errors.map((e) => [e.id, e.extractor])).toEqual([['gone', 'lede'], ['gone', 'readability'], ['doctype', 'readability']]);
    expect(report.perPage.find((p) => p.id === 'doctype')!.lede).toEqual({ precision: 1, recall: 1 });
    expect(report.lede.empty).toBe(1);
    expect(report.readability.empty).toBe(2);
    expect(report.lede.recall).toBeCloseTo(4 / 5);
  });

  it('scores only the first pages with a limit', async () => {
    expect((await evaluateSet(dataset, { limit: 2 })).perPage.map((p) => p.id)).toEqual(['cafe', 'pier']);
  });

  it('reads the pages as a browser would', () => {
    const cafe = windows1252(page('Le café de la gare rouvre', STORY, '<meta charset="windows-1252">'));
    expect(cafe.includes(0x92) && cafe.includes(0xe9)).toBe(true);
    expect(parseHtml(cafe, 'https://journal.example/cafe').body.textContent).toContain('l’établissement');
    const pier = Buffer.from(page('Pier stays shut', DON_T), 'utf8');
    expect(parseHtml(pier, 'https://news.example/pier').body.textContent).toContain('won’t');
  });
});

describe('evaluateSet on snippets', () => {
  it('scores required and boilerplate strings per page and per language', async () => {
    const report = (await evaluateSet(snippets)) as SnippetReport;
    expect(report.kind).toBe('snippets');
    expect(report.perPage.find((p) => p.id === 'fr')).toEqual({
      id: 'fr',
      lang: 'fr',
      lede: { withFound: 1, withoutLeftOut: 1, pass: true },
      readability: { withFound: 1, withoutLeftOut: 1, pass: true },
    });
    expect(report.perPage.find((p) => p.id === 'en')!.lede).toEqual({ withFound: 1, withoutLeftOut: 0, pass: false });
    expect(report.lede).toEqual({ withFound: 1, withoutLeftOut: 0.5, passRate: 0.5, passed: 1, pages: 2 });
    expect(Object.keys(report.languages).sort()).toEqual(['en', 'fr']);
    expect(report.languages.fr!.lede.passRate).toBe(1);
  });

  it('checks the snippet targets only for the set they were set for', async () => {
    const report = await evaluateSet(snippets);
    expect(targetChecks(report)).toEqual([]);
    const named = { ...(report as SnippetReport), name: 'trafilatura-snippets' };
    expect(targetChecks(named).map((c) => c.met)).toEqual([false, true]);
  });
});

describe('eval-extraction command', () => {
  const script = join(PROJECT_ROOT, 'scripts', 'eval-extraction.ts');
  const tsx = join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

  it('prints exactly one JSON object with --json, with every set and its pages', async () => {
    const { stdout } = await run(tsx, [script, dataset, snippets, '--json'], { cwd: PROJECT_ROOT });
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const result = JSON.parse(stdout);
    expect(result.sets.map((s: { kind: string }) => s.kind)).toEqual(['gold', 'snippets']);
    expect(result.sets[0].perPage[0]).toEqual({ id: 'cafe', lede: { precision: 1, recall: 1 }, readability: { precision: 1, recall: 1 } });
    expect(Object.keys(result.sets[0].readability).sort()).toEqual(['empty', 'f1', 'precision', 'recall']);
  });

  it('prints a table of both extractors, and the errors, without --json', async () => {
    const { stdout } = await run(tsx, [script, dataset, snippets], { cwd: PROJECT_ROOT });
    expect(stdout).toMatch(/^Lede\s+1\.000\s+0\.800\s+0\.889\s+1$/m);
    expect(stdout).toMatch(/^Readability 0\.6\.0\s/m);
    expect(stdout).toMatch(/error \(lede\) on gone: no page/);
    expect(stdout).toMatch(/^Lede\s+1\.000\s+0\.500\s+0\.500\s+1$/m);
  });

  it('fails with one line and a non-zero exit for a missing directory', async () => {
    const failure = await run(tsx, [script, join(dataset, 'missing')], { cwd: PROJECT_ROOT }).then(
      () => null,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).not.toBe(0);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toContain('no such dataset directory');
  });
});
