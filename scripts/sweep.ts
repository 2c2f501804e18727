/**
 * `npm run --silent sweep -- <dataset-dir> [--limit N] [--json]`: every page of a dataset
 * checked in the real browser, as a person would meet it. The e2e build of Lede is loaded in
 * headless Chromium; each page is served from 127.0.0.1 (inert: its scripts and sub-resources
 * blocked, see bench-pages.ts) and, in order:
 * - the popup is opened cold (nothing cached: the article script is injected and reads the
 *   page), and its final state recorded (summary, no article, error…) with the time from the
 *   popup's navigation start to its summary; then opened again, the model cached, and timed;
 * - the reader view is opened for the tab and its state recorded;
 * - the page is brought back and Tab pressed: the first stop must be Lede's first skip link.
 * Every uncaught error in a Lede context (popup, reader, service worker, the content script
 * in the page) and every request leaving 127.0.0.1 is recorded, and stopped before it leaves:
 * nothing a dataset page points to is ever fetched from the network. The reader view shows
 * text only here, since showing a page's pictures means loading them from the site (the
 * reader-images e2e test holds that path to the page's exact image URLs). A page's trouble is
 * recorded and the sweep goes on.
 *
 * Layouts: `html/<id>.html.gz` (+ `ground-truth.json` or `snippets.json`: a page has an article
 * when it has gold text or required snippets), or Readability's test pages
 * (`<name>/source.html` + `expected-metadata.json`: an article when `readerable`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchLede, type LedeBrowser } from '../tests/e2e/lede-browser';
import { collectLedeErrors } from '../tests/e2e/lede-errors';
import { focused, ledeLinks } from '../tests/e2e/skip-links-page';
import { SUMMARY_SELECTOR } from './bench-extension';
import { datasetPages, servePage, type DatasetPage } from './bench-pages';
import { round, spread, type Spread } from './bench-stats';
import { parseDatasetArgs, UsageError } from './dataset-args';

const USAGE = 'usage: sweep <dataset-dir> [--limit N] [--json]';

/** Cold time to the summary may be at most this much above the cached time (median over pages). */
export const COLD_OVER_CACHED_TARGET_MS = 150;
/** Long enough for the heaviest page on a loaded machine; a page slower than this has failed. */
const STATE_TIMEOUT_MS = 30_000;
const SKIP_LINKS_TIMEOUT_MS = 5_000;

export interface SweepPage extends DatasetPage {
  /** Whether the page has an article Lede should find (by the dataset's own annotation). */
  hasArticle: boolean;
}

export interface PageSweep {
  id: string;
  hasArticle: boolean;
  /** The popup's final state: `article`, `no-article`, `error`, `restricted`, or `timeout`. */
  popup: string;
  /** The popup's summary has at least one sentence. */
  summary: boolean;
  coldMs: number | null;
  cachedMs: number | null;
  reader: string;
  /**
   * Lede's skip links: `first` when Tab from the top of the page reaches Lede's first link
   * first, `present` when they are in the page but something comes first (a positive
   * tabindex, a field the page focuses itself), `absent` when they never appeared.
   */
  skipLinks: 'first' | 'present' | 'absent';
  errors: string[];
  requests: string[];
  /** Why the page fails, empty when it passes. */
  failures: string[];
}

export interface SweepReport {
  dataset: string;
  pages: number;
  withArticle: number;
  popupStates: Record<string, number>;
  summaries: number;
  readers: number;
  /** Pages whose skip links appeared, and of those, pages where they were the first Tab stop. */
  skipLinks: number;
  skipLinksFirst: number;
  uncaughtErrors: number;
  offMachineRequests: number;
  coldMs: Spread;
  cachedMs: Spread;
  /** Per page, cold minus cached time to the summary. */
  coldOverCachedMs: Spread;
  meetsColdTarget: boolean;
  failed: PageSweep[];
  perPage: PageSweep[];
}

function readJson<T = Record<string, Record<string, unknown>>>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

/** The dataset's pages and whether each has an article; empty when the folder holds none. */
export function sweepPages(dir: string): SweepPage[] {
  if (existsSync(join(dir, 'html'))) {
    const truth = readJson(join(dir, 'ground-truth.json'));
    const snippets = readJson(join(dir, 'snippets.json'));
    return datasetPages(dir).map((page) => {
      const gold = truth?.[page.id]?.articleBody;
      const wanted = snippets?.[page.id]?.with;
      const hasArticle = truth ? typeof gold === 'string' && gold.trim() !== '' : snippets ? Array.isArray(wanted) && wanted.length > 0 : true;
      return { ...page, hasArticle };
    });
  }
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => {
      const path = join(dir, name, 'source.html');
      const meta = readJson<{ readerable?: boolean }>(join(dir, name, 'expected-metadata.json'));
      return { id: name, path, bytes: statSync(path).size, hasArticle: meta?.readerable !== false };
    });
}

/** Records, in the popup or reader page, when its state first settles: `window.__sweep`. */
const WATCH_STATE = (summarySelector: string) => `new MutationObserver((_, observer) => {
  const main = document.querySelector('main[data-state]');
  const state = main && main.getAttribute('data-state');
  const reader = document.querySelector('.article-content');
  let settled = null;
  if (document.querySelector(${JSON.stringify(summarySelector)})) settled = 'article';
  else if (reader && reader.textContent.trim()) settled = 'article';
  else if (state && state !== 'loading') settled = state;
  if (!settled) return;
  window.__sweep = { state: settled, at: performance.now(), summary: !!document.querySelector(${JSON.stringify(summarySelector)}) };
  observer.disconnect();
}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });`;

interface Settled {
  state: string;
  at: number;
  summary: boolean;
}

async function openSettled(lede: LedeBrowser, name: string, tabId: number): Promise<{ page: Page; settled: Settled | null }> {
  const page = await lede.context.newPage();
  await page.addInitScript(WATCH_STATE(SUMMARY_SELECTOR));
  await page.goto(`chrome-extension://${lede.extensionId}/${name}?tab=${tabId}`);
  try {
    // (A function, not source text: extension pages forbid eval.)
    await page.waitForFunction(() => '__sweep' in window, null, { timeout: STATE_TIMEOUT_MS });
  } catch {
    return { page, settled: null };
  }
  return { page, settled: await page.evaluate(() => (window as unknown as { __sweep: Settled }).__sweep) };
}

/**
 * Tabs to the first stop, which should be Lede's first skip link once its links are in ("Skip
 * to article", unless the site has its own link to the article; then "Skip to summary").
 */
async function skipLinksWork(page: Page): Promise<PageSweep['skipLinks']> {
  await page.bringToFront();
  try {
    await page.locator('lede-skip-links nav a, lede-skip-links nav button').first().waitFor({ state: 'attached', timeout: SKIP_LINKS_TIMEOUT_MS });
  } catch {
    return 'absent';
  }
  const [first] = await ledeLinks(page);
  if (!first) return 'absent';
  // From the start of the page, as after arriving from the address bar.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Tab');
  return (await focused(page)).lede === first ? 'first' : 'present';
}

function failuresOf(p: Omit<PageSweep, 'failures'>): string[] {
  const out: string[] = [];
  if (p.popup === 'timeout' || p.popup === 'error') out.push(`popup: ${p.popup}`);
  if (p.hasArticle) {
    if (!p.summary) out.push(`no summary (popup: ${p.popup})`);
    if (p.reader !== 'article') out.push(`reader: ${p.reader}`);
    if (p.skipLinks === 'absent') out.push('no skip links');
    if (p.skipLinks === 'present') out.push('skip links not first in the tab order');
  }
  if (p.errors.length) out.push(`${p.errors.length} uncaught error(s)`);
  if (p.requests.length) out.push(`${p.requests.length} request(s) off the machine`);
  return out;
}

async function sweepPage(lede: LedeBrowser, page: SweepPage, errors: string[]): Promise<Omit<PageSweep, 'failures'>> {
  errors.length = 0;
  lede.takeLeaks();
  const result: Omit<PageSweep, 'failures'> = {
    id: page.id,
    hasArticle: page.hasArticle,
    popup: 'timeout',
    summary: false,
    coldMs: null,
    cachedMs: null,
    reader: 'timeout',
    skipLinks: 'absent',
    errors,
    requests: [],
  };
  const opened: Page[] = [];
  try {
    const url = await servePage(lede.server, page);
    const tab = await lede.context.newPage();
    opened.push(tab);
    await tab.goto(url, { waitUntil: 'load' });
    const tabId = await lede.tabIdOf(tab);

    const cold = await openSettled(lede, 'popup.html', tabId);
    opened.push(cold.page);
    if (cold.settled) {
      result.popup = cold.settled.state;
      result.summary = cold.settled.summary;
      if (cold.settled.summary) result.coldMs = round(cold.settled.at, 1);
    }
    await cold.page.close();
    if (result.summary) {
      const cached = await openSettled(lede, 'popup.html', tabId);
      opened.push(cached.page);
      if (cached.settled?.summary) result.cachedMs = round(cached.settled.at, 1);
      await cached.page.close();
    }

    const reader = await openSettled(lede, 'reader.html', tabId);
    opened.push(reader.page);
    result.reader = reader.settled?.state ?? 'timeout';
    await reader.page.close();

    if (result.popup === 'article') result.skipLinks = await skipLinksWork(tab);
  } catch (error) {
    errors.push(`sweep: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    for (const p of opened) await p.close().catch(() => undefined);
  }
  // Errors are copied: the collector's array is reused for the next page.
  return { ...result, errors: [...errors] };
}

export interface SweepOptions {
  limit?: number;
  extensionDir?: string;
  progress?: (done: number, total: number) => void;
}

export async function sweep(dir: string, options: SweepOptions = {}): Promise<SweepReport> {
  const all = sweepPages(dir);
  const pages = options.limit ? all.slice(0, options.limit) : all;
  const lede = await launchLede(options.extensionDir ? { extensionDir: options.extensionDir } : {});
  const perPage: PageSweep[] = [];
  try {
    // Recorded below, stopped here: no request leaves the machine.
    await lede.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await (await lede.worker()).evaluate(() => chrome.storage.sync.set({ settings: { reader: { images: 'text' } }, settings$: { v: 3 } }));
    const collected = collectLedeErrors(lede);
    await collected.watchWorker();
    // The content script runs in the page, whose own scripts the served page's CSP blocks: an
    // uncaught error there is Lede's.
    lede.context.on('weberror', (error) => {
      const url = error.page()?.url() ?? '';
      if (url.startsWith(lede.server.origin)) collected.errors.push(`content script: ${error.error().message}`);
    });
    for (const page of pages) {
      const swept = await sweepPage(lede, page, collected.errors);
      // Requests Lede's contexts made outside 127.0.0.1 (the page's own are blocked by its CSP).
      const requests = lede.takeLeaks();
      perPage.push({ ...swept, requests, failures: failuresOf({ ...swept, requests }) });
      options.progress?.(perPage.length, pages.length);
    }
  } finally {
    // The sweep has reported the requests itself; closing must not throw over them.
    await lede.close().catch(() => undefined);
  }
  return summarize(dir, perPage);
}

export function summarize(dir: string, perPage: PageSweep[]): SweepReport {
  const count = (test: (p: PageSweep) => boolean) => perPage.filter(test).length;
  const popupStates: Record<string, number> = {};
  for (const p of perPage) popupStates[p.popup] = (popupStates[p.popup] ?? 0) + 1;
  const timed = perPage.filter((p) => p.coldMs !== null && p.cachedMs !== null);
  const coldOverCachedMs = spread(timed.map((p) => p.coldMs! - p.cachedMs!));
  return {
    dataset: dir,
    pages: perPage.length,
    withArticle: count((p) => p.hasArticle),
    popupStates,
    summaries: count((p) => p.summary),
    readers: count((p) => p.reader === 'article'),
    skipLinks: count((p) => p.skipLinks !== 'absent'),
    skipLinksFirst: count((p) => p.skipLinks === 'first'),
    uncaughtErrors: perPage.reduce((n, p) => n + p.errors.length, 0),
    offMachineRequests: perPage.reduce((n, p) => n + p.requests.length, 0),
    coldMs: spread(timed.map((p) => p.coldMs!)),
    cachedMs: spread(timed.map((p) => p.cachedMs!)),
    coldOverCachedMs,
    meetsColdTarget: timed.length > 0 && coldOverCachedMs.median <= COLD_OVER_CACHED_TARGET_MS,
    failed: perPage.filter((p) => p.failures.length),
    perPage,
  };
}

const ms = (s: Spread) => `median ${round(s.median, 1)} ms, p95 ${round(s.p95, 1)} ms`;

export function formatSweep(r: Omit<SweepReport, 'perPage'>): string[] {
  const states = Object.entries(r.popupStates).map(([state, n]) => `${state} ${n}`).join(', ');
  return [
    `Sweep of ${r.pages} pages in ${r.dataset} (${r.withArticle} with an article)`,
    `  popup states        ${states}`,
    `  summary shown       ${r.summaries}; reader view ${r.readers}; skip links ${r.skipLinks} (first Tab stop on ${r.skipLinksFirst})`,
    `  uncaught errors     ${r.uncaughtErrors}; requests off the machine ${r.offMachineRequests}`,
    `  cold to summary     ${ms(r.coldMs)}`,
    `  cached to summary   ${ms(r.cachedMs)}`,
    `  cold − cached       ${ms(r.coldOverCachedMs)} per page  (target ≤ ${COLD_OVER_CACHED_TARGET_MS} ms at the median: ${r.meetsColdTarget ? 'meets target' : 'MISSES target'})`,
    `  failed pages        ${r.failed.length}`,
    ...r.failed.map((p) => `    ${p.id}: ${p.failures.join('; ')}${p.errors.length ? ` [${p.errors.join(' | ').slice(0, 300)}]` : ''}`),
  ];
}

async function main(argv: string[]): Promise<number> {
  const { dirs, limit, json } = parseDatasetArgs(argv, USAGE);
  if (dirs.length !== 1) throw new UsageError(USAGE);
  const dir = dirs[0]!;
  if (!sweepPages(dir).length) {
    const skipped = `no pages in ${dir}: sweep skipped`;
    process.stdout.write(json ? `${JSON.stringify({ skipped })}\n` : `sweep: ${skipped}\n`);
    return 0;
  }
  const report = await sweep(dir, {
    limit,
    progress: (done, total) => {
      if (done % 10 === 0 || done === total) process.stderr.write(`sweep: ${done}/${total} pages\n`);
    },
  });
  process.stdout.write(json ? `${JSON.stringify(report)}\n` : `${formatSweep(report).join('\n')}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      const message = error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error));
      process.stderr.write(`sweep: ${message}\n`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
