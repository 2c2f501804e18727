/**
 * The costs a person pays outside of asking for an article:
 * - the always-on content script (the page watcher) on a heavy page: its size, and the main
 *   thread's script time from loading it until its idle-time look at the page is done, less
 *   the same load without it (CDP Performance.getMetrics, ScriptDuration and TaskDuration);
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

/**
 * A stand-in for the extension APIs, enough for the polyfill and a content script's calls;
 * it also times every requestIdleCallback callback, to tell idle-time work from loading.
 */
const CHROME_STUB = `(() => {
  const idle = window.requestIdleCallback.bind(window);
  window.__benchIdleMs = 0;
  window.requestIdleCallback = (callback, options) => idle((deadline) => {
    const started = performance.now();
    try { return callback(deadline); } finally { window.__benchIdleMs += performance.now() - started; }
  }, options);
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
const NOTHING = `${BENCH_SCRIPTS}nothing.js`;

export interface AlwaysOnFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
  page: string;
  /** Of that, the time spent in its idle callbacks (looking at the page). */
  idleWorkMs: Spread;
  /** Script time on the main thread it added, from evaluation through its idle-time work. */
  scriptMs: Spread;
  /** All main-thread task time it added (script plus the style and layout it caused). */
  taskMs: Spread;
  /** Whether it got as far as asking for the article script (it should, on an article). */
  askedForArticleScript: boolean;
}

/**
 * Loads the page, adds the stub, then `script`, and waits until the watcher has asked for the
 * article script (at most 4 s), or for `waitMs` when given (the control run waits as long).
 */
async function costOf(browser: Browser, url: string, script: string, server: FixtureServer, waitMs?: number) {
  const page = await browser.newPage();
  // One session, enabled before anything runs: enabling again would restart the counters.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration') * 1000, task: get('TaskDuration') * 1000 };
  };
  await page.goto(url, { waitUntil: 'load' });
  await addScript(page, server.url(STUB));
  const before = await metrics();
  await addScript(page, server.url(script));
  // The watcher looks once the page is idle (or after its 3 s timeout), then asks to be joined.
  // Polled from here: Playwright's in-page polling would itself count as the page's script time.
  let asked = false;
  let waited = 0;
  while (waitMs === undefined ? !asked && waited < 4000 : waited < waitMs) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    waited += 100;
    asked = await page.evaluate<boolean>('window.__benchMessages.length > 0');
  }
  const after = await metrics();
  const idle = await page.evaluate<number>('window.__benchIdleMs');
  await page.close();
  return { idle, script: after.script - before.script, task: after.task - before.task, asked, waited };
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
  server.route(NOTHING, { body: '// the control run', headers: { 'content-type': 'text/javascript' } });
  const url = await servePage(server, heavy);
  const idle: number[] = [];
  const script: number[] = [];
  const task: number[] = [];
  let asked = true;
  for (let i = 0; i < runs; i++) {
    const watched = await costOf(browser, url, WATCHER, server);
    const control = await costOf(browser, url, NOTHING, server, watched.waited);
    idle.push(watched.idle);
    script.push(Math.max(0, watched.script - control.script));
    task.push(Math.max(0, watched.task - control.task));
    asked &&= watched.asked;
  }
  return {
    file: PAGE_WATCH_FILE,
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    page: heavy.id,
    idleWorkMs: spread(idle),
    scriptMs: spread(script),
    taskMs: spread(task),
    askedForArticleScript: asked,
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
