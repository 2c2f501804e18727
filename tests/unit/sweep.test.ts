// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSweep, summarize, sweepPages, type PageSweep } from '../../scripts/sweep';

const root = mkdtempSync(join(tmpdir(), 'lede-sweep-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sweepPages', () => {
  it('reads the gold layout: a page has an article when its gold text is not empty', () => {
    const dir = join(root, 'gold');
    mkdirSync(join(dir, 'html'), { recursive: true });
    writeFileSync(join(dir, 'html', 'a.html.gz'), '');
    writeFileSync(join(dir, 'html', 'b.html'), '');
    writeFileSync(join(dir, 'ground-truth.json'), JSON.stringify({ a: { articleBody: 'Some text' }, b: { articleBody: ' ' } }));
    expect(sweepPages(dir).map((p) => [p.id, p.hasArticle])).toEqual([['a', true], ['b', false]]);
  });

  it("reads Readability's test pages: an article unless the page is marked not readerable", () => {
    const dir = join(root, 'mozilla');
    for (const [name, readerable] of [['001', true], ['002', false]] as const) {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, 'source.html'), '<p>x</p>');
      writeFileSync(join(dir, name, 'expected-metadata.json'), JSON.stringify({ readerable }));
    }
    mkdirSync(join(dir, 'not-a-page'));
    expect(sweepPages(dir).map((p) => [p.id, p.hasArticle])).toEqual([['001', true], ['002', false]]);
    expect(sweepPages(join(root, 'missing'))).toEqual([]);
  });
});

describe('summarize', () => {
  const page = (id: string, over: Partial<PageSweep>): PageSweep => ({
    id,
    hasArticle: true,
    popup: 'article',
    summary: true,
    coldMs: 300,
    cachedMs: 100,
    reader: 'article',
    skipLinks: 'first',
    errors: [],
    requests: [],
    failures: [],
    ...over,
  });

  it('takes the cold time over the cached per page, and lists the failed pages', () => {
    const report = summarize('set', [
      page('a', { coldMs: 250, cachedMs: 100 }),
      page('b', { coldMs: 400, cachedMs: 100 }),
      page('c', { coldMs: 180, cachedMs: 90 }),
      page('d', { popup: 'no-article', summary: false, coldMs: null, cachedMs: null, reader: 'no-article', skipLinks: 'absent', failures: ['no summary'] }),
    ]);
    expect(report.coldOverCachedMs).toEqual({ median: 150, p95: 300, n: 3 });
    expect(report.meetsColdTarget).toBe(true);
    expect(report.popupStates).toEqual({ article: 3, 'no-article': 1 });
    expect(report.failed.map((p) => p.id)).toEqual(['d']);
    expect(formatSweep(report).join('\n')).toMatch(/d: no summary/);
  });
});
