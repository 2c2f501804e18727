/**
 * The CLI as scripts use it, run as a real process (bin/lede.mjs) through real pipes: all of
 * its output arrives, text mode prints nothing a terminal would obey, `--json` carries
 * sanitised HTML unless asked otherwise, and every failure is one line and a non-zero exit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR, page } from '../fixtures/hostile/article';
import { deepPage } from '../fixtures/hostile/bad-pages';
import { MAX_DOM_DEPTH, cloneWithSourceMap } from '../../lib/extract/source-map';
import { parseHtml } from '../../node/html-document';
import { longArticlePage, scriptedMarkupPage, terminalAttackPage } from '../fixtures/hostile/cli-pages';

const ROOT = join(import.meta.dirname, '../..');
const LEDE = join(ROOT, 'bin/lede.mjs');
/** Starting Node and tsx is slow on a loaded machine; the bound is for runaway work only. */
const SLOW = { timeout: 60_000 };

let dir: string;
const file = (name: string, html: string) => {
  const path = join(dir, name);
  writeFileSync(path, html);
  return path;
};
const lede = (...args: string[]) => spawnSync(process.execPath, [LEDE, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
/** Through a shell pipe, as `lede … | wc -c` would: the reader is another process. */
const throughPipe = (args: string, reader: string) => execFileSync('sh', ['-c', `"${process.execPath}" "${LEDE}" ${args} | ${reader}`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });

function depthOf(doc: Document): number {
  let deepest = 0;
  const walker = doc.createTreeWalker(doc, 1 /* SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let up: Node | null = node; up; up = up.parentNode) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI (a real process, real pipes)', () => {
  it('writes all its output into a pipe: `lede big.html --json | wc -c` equals the size written to a file', SLOW, () => {
    const big = file('big.html', longArticlePage(200_000));
    expect(statSync(big).size).toBeGreaterThan(200_000);
    const out = join(dir, 'big.json');
    execFileSync('sh', ['-c', `"${process.execPath}" "${LEDE}" "${big}" --json > "${out}"`], { cwd: ROOT });
    const written = statSync(out).size;
    expect(written).toBeGreaterThan(200_000);
    expect(Number(throughPipe(`"${big}" --json`, 'wc -c').trim())).toBe(written);
    // A slow reader that takes its time before reading: everything still arrives.
    expect(Number(throughPipe(`"${big}" --json`, 'sh -c "sleep 1; wc -c"').trim())).toBe(written);
    expect(JSON.parse(readFileSync(out, 'utf8')).title).toBe(HARBOUR.title);
    // A reader that stops early (`| head`) ends Lede quietly, with no stack trace.
    const early = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${LEDE}" "${big}" --json | head -c 100 > /dev/null`], { cwd: ROOT, encoding: 'utf8' });
    expect(early.stderr).toBe('');
    expect(early.status).toBe(0);
    // Text mode too.
    const text = lede(big);
    expect(text.status).toBe(0);
    expect(Number(throughPipe(`"${big}"`, 'wc -c').trim())).toBe(Buffer.byteLength(text.stdout));
  });

  it('text mode prints no escape sequences, control characters or bidi overrides from the page', SLOW, () => {
    const { stdout, status } = lede(file('escapes.html', terminalAttackPage()));
    expect(status).toBe(0);
    expect(stdout).toContain(HARBOUR.title);
    expect(stdout).toContain('Harbour Gazette');
    expect(stdout).toContain(HARBOUR.paragraphs[1]);
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(stdout).not.toContain('pwned window title');
  });

  it('--json sanitises contentHtml as the reader view does; the raw HTML only with --unsafe-raw-html', SLOW, () => {
    const path = file('scripted.html', scriptedMarkupPage());
    const safe = lede(path, '--json');
    expect(safe.status).toBe(0);
    const { contentHtml } = JSON.parse(safe.stdout) as { contentHtml: string };
    expect(contentHtml).toContain('mixed-case link');
    expect(contentHtml).not.toMatch(/javascript|onclick|onerror|<script|<svg/i);
    expect(contentHtml).toMatch(/Image: a picture/);
    const raw = JSON.parse(lede(path, '--json', '--unsafe-raw-html').stdout) as { contentHtml: string };
    // Extraction already leaves out the page's event handlers; the raw HTML still has what only the sanitiser removes.
    expect(raw.contentHtml).toMatch(/javascript:|<svg/i);
    expect(raw.contentHtml).not.toMatch(/onclick/);
  });

  it('every failure is one line on stderr and a non-zero exit; the stack only with --debug', SLOW, () => {
    for (const args of [['missing.html'], [], ['--no-such-flag', 'a.html'], [file('empty.html', '<html><body> </body></html>')]]) {
      const { status, stderr, stdout } = lede(...args);
      expect(status, args.join(' ')).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^lede: [^\n]+\n$/);
    }
    const debug = lede('missing.html', '--debug');
    expect(debug.status).not.toBe(0);
    expect(debug.stderr.split('\n').length).toBeGreaterThan(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('a site name of 60,000 characters: the article, exit 0, no stack trace', SLOW, () => {
    const huge = `Gazette ${'(['.repeat(30_000)}`;
    const { status, stdout, stderr } = lede(file('long-site.html', page(HARBOUR, { head: `<meta property="og:site_name" content="${huge}">` })));
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain(HARBOUR.paragraphs[0]);
  });

  it('a page nested 500 levels deep is read promptly: Readability gets a clone no deeper than a news page', SLOW, () => {
    const html = deepPage(500, 'parsed');
    const doc = parseHtml(html);
    const { clone } = cloneWithSourceMap(doc, () => []);
    expect(depthOf(doc)).toBeGreaterThan(500);
    expect(depthOf(clone)).toBeLessThanOrEqual(MAX_DOM_DEPTH);
    // Timed in a process of its own, reading only (not starting Node); under 2 s on an idle
    // machine (`npm run bench` reports it), the bound here only catches runaway work.
    const { status, stdout } = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', `
        const { buildArticle } = await import('./lib/build-article.ts');
        const { loadHtmlFile } = await import('./node/html-document.ts');
        const doc = await loadHtmlFile(${JSON.stringify(file('deep.html', html))});
        const started = performance.now();
        const { result } = buildArticle(doc);
        console.log(JSON.stringify({ ms: performance.now() - started, kind: result.kind }));`],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(status).toBe(0);
    const { ms, kind } = JSON.parse(stdout) as { ms: number; kind: string };
    expect(kind).toBe('article');
    expect(ms).toBeLessThan(10_000);
  });
});
