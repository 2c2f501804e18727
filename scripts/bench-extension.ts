/**
 * The costs a person pays outside of asking for an article:
 * - the always-on content script (the page watcher) on a heavy page: its size, and the main
 *   thread's time in its own work, from evaluating it until it has asked for the article
 *   script (see `watcherCost`);
 * - the popup's time from navigation start to the summary list in the DOM, the model cached.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import type { LedeBrowser } from '../tests/e2e/lede-browser';
import { PAGE_WATCH_FILE } from '../lib/navigation/page-watch-registration';
import { BENCH_SCRIPTS, servePage, type DatasetPage } from './bench-pages';
import { addScript } from './bench-pipeline';
import { spread, type Spread } from './bench-stats';

/** A stand-in for the extension APIs a content script calls; it records the messages sent. */
const CHROME_STUB = `(() => {
  const event = () => ({ addListener() {}, removeListener() {}, hasListener() { return false; } });
  const answer = (...args) => { const cb = args.find((a) => typeof a === 'function'); if (cb) cb(undefined); return Promise.resolve(undefined); };
  window.__benchMessages = [];
  window.chrome = {
    runtime: {
      id: 'bench', lastError: undefined, onMessage: event(), onConnect: event(),
      getURL: (p) => 'chrome-extension://bench/' + p,
      sendMessage: (message, ...rest) => { window.__benchMessages.push(message); return answer(...rest); },
    },
    storage: { local: { get: answer, set: answer }, sync: { get: answer, set: answer }, session: { get: answer, set: answer }, onChanged: event() },
    i18n: { getMessage: () => '', getUILanguage: () => 'en' },
  };
})();`;

const STUB = `${BENCH_SCRIPTS}chrome-stub.js`;
const WATCHER = `${BENCH_SCRIPTS}page-watch.js`;

export interface AlwaysOnFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
  page: string;
  /** Its script's evaluation: compiling and running its top level. */
  evaluationMs: Spread;
  /** Its idle callbacks (its look at the page). */
  idleWorkMs: Spread;
  /**
   * All of its own script time: evaluation, idle callbacks and any other callback of its. (It
   * reads attributes and text only, so it causes no style or layout work of its own.)
   */
  scriptMs: Spread;
  /** Whether it got as far as asking for the article script (it should, on an article). */
  askedForArticleScript: boolean;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, when the trace has it. */
  tdur?: number;
  tid: number;
  args?: { data?: { url?: string } };
}

const contains = (outer: TraceEvent, inner: TraceEvent) =>
  outer !== inner && outer.tid === inner.tid && outer.ts <= inner.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
const ms = (events: TraceEvent[]) => events.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;

/**
 * The watcher's own cost in one load of the page, from a Chromium trace rather than from the
 * page's total script time less a control load's. Only trace events for the watcher's own URL
 * count: the evaluation of its script, and calls into its functions (its idle callbacks, and
 * any timer or observer of its). So nothing else is charged to it, and no noise from a second
 * page load either. (It is loaded as a page script: Chromium's own cost of setting up a content
 * script's isolated world is the same for any extension's script, and not the watcher's code.)
 * Times are thread (CPU) times: on a shared machine, wall-clock durations also hold the time
 * the renderer waited for a CPU while other processes ran.
 */
async function watcherCost(browser: Browser, url: string, server: FixtureServer) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await addScript(page, server.url(STUB));
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await addScript(page, server.url(WATCHER));
  // The watcher looks once the page is idle (or after its 3 s timeout), then asks to be joined.
  // Polled from here: Playwright's in-page polling would be more script on the same thread.
  let asked = false;
  for (let waited = 0; !asked && waited < 4000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    asked = await page.evaluate<boolean>('window.__benchMessages.length > 0');
  }
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  await page.close();
  const watcherUrl = server.url(WATCHER);
  const complete = trace.traceEvents.filter((e) => e.ph === 'X');
  const its = complete.filter((e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url === watcherUrl);
  // Outermost only: a call made while another of its calls runs is already inside that one.
  const own = its.filter((e) => !its.some((outer) => contains(outer, e)));
  const idleCallbacks = complete.filter((e) => e.name === 'FireIdleCallback');
  return {
    evaluation: ms(own.filter((e) => e.name === 'EvaluateScript')),
    idle: ms(own.filter((e) => idleCallbacks.some((callback) => contains(callback, e)))),
    script: ms(own),
    asked,
  };
}

export async function measureAlwaysOn(
  browser: Browser,
  server: FixtureServer,
  extensionDir: string,
  heavy: DatasetPage,
  runs: number,
): Promise<AlwaysOnFigures> {
  const code = readFileSync(join(extensionDir, PAGE_WATCH_FILE));
  server.route(STUB, { body: CHROME_STUB, headers: { 'content-type': 'text/javascript' } });
  server.route(WATCHER, { body: code, headers: { 'content-type': 'text/javascript' } });
  const url = await servePage(server, heavy);
  const costs = [];
  for (let i = 0; i < runs; i++) costs.push(await watcherCost(browser, url, server));
  return {
    file: PAGE_WATCH_FILE,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    page: heavy.id,
    evaluationMs: spread(costs.map((c) => c.evaluation)),
    idleWorkMs: spread(costs.map((c) => c.idle)),
    scriptMs: spread(costs.map((c) => c.script)),
    askedForArticleScript: costs.every((c) => c.asked),
  };
}

export const SUMMARY_SELECTOR = 'section.summary .jump-list li';

export interface PopupFigures {
  selector: string;
  page: string;
  /** From the popup's navigation start to the first summary sentence in its DOM. */
  toSummaryMs: Spread;
}

export async function measurePopup(lede: LedeBrowser, article: DatasetPage, runs: number): Promise<PopupFigures> {
  const url = await servePage(lede.server, article);
  const tab = await lede.context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const tabId = await lede.tabIdOf(tab);
  const popupUrl = `chrome-extension://${lede.extensionId}/popup.html?tab=${tabId}`;
  // The first visit reads the page and caches the model; the timed ones are served from it.
  const first = await lede.context.newPage();
  await first.goto(popupUrl);
  await first.waitForSelector(SUMMARY_SELECTOR, { timeout: 30_000 });
  await first.close();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const popup = await lede.context.newPage();
    await popup.addInitScript(`new MutationObserver((_, observer) => {
      if (!document.querySelector(${JSON.stringify(SUMMARY_SELECTOR)})) return;
      window.summaryAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`);
    await popup.goto(popupUrl);
    // (A function, not source text: extension pages forbid eval.)
    await popup.waitForFunction(() => 'summaryAt' in window, null, { timeout: 10_000 });
    times.push(await popup.evaluate<number>('window.summaryAt'));
    await popup.close();
  }
  await tab.close();
  return { selector: SUMMARY_SELECTOR, page: article.id, toSummaryMs: spread(times) };
}
