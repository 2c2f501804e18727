/**
 * Shared by the hardening suites: asking the background for a tab's article from one of
 * Lede's own pages (as the popup and reader view do), opening tabs Lede may not see the URL
 * of, checking a page still works, and catching errors in any Lede context.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { ArticleResponse } from '../../lib/messages';
import { EXTENSION_DIR, type LedeBrowser } from './lede-browser';

/** An extension page that sends requests as Lede's pages do; `?tab=none` keeps it from asking itself. */
export async function openRequester(lede: LedeBrowser): Promise<Page> {
  return lede.openExtensionPage('popup.html?tab=none');
}

export interface TimedResponse {
  response: ArticleResponse;
  ms: number;
}

export async function askForArticle(requester: Page, tabId: number, refresh = false): Promise<TimedResponse> {
  const started = Date.now();
  const response = (await requester.evaluate(
    ({ tabId, refresh }) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId, refresh }),
    { tabId, refresh },
  )) as ArticleResponse;
  return { response, ms: Date.now() - started };
}

export function expectArticle(response: ArticleResponse): Extract<ArticleResponse, { kind: 'article' }> {
  if (response.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(response)}`);
  return response;
}

/** The page's own click handler still runs: its probe button counts a real click. */
export async function expectPageStillWorks(page: Page): Promise<void> {
  const probe = page.locator('#page-probe');
  const before = Number(await probe.textContent());
  await probe.click();
  await expect.poll(async () => Number(await probe.textContent())).toBe(before + 1);
}

/**
 * A tab opened by the service worker, so its id is known even where Lede can't see its URL
 * (browser pages, files, view-source). Resolves once the tab has finished loading.
 */
export async function openTabFromWorker(lede: LedeBrowser, url: string): Promise<number> {
  const worker = await lede.worker();
  return worker.evaluate(async (target) => {
    const tab = await chrome.tabs.create({ url: target, active: false });
    const id = tab.id!;
    for (let i = 0; i < 100 && (await chrome.tabs.get(id)).status !== 'complete'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return id;
  }, url);
}

/**
 * Errors in any Lede context: uncaught exceptions and console errors in its pages, and in its
 * service worker (where uncaught errors and unhandled rejections are logged by listeners
 * installed through `watchWorker`, since the browser reports them nowhere else).
 */
export function collectLedeErrors(lede: LedeBrowser): { errors: string[]; watchWorker(worker?: Worker): Promise<void> } {
  const origin = `chrome-extension://${lede.extensionId}/`;
  const errors: string[] = [];
  const where = (url: string | undefined) => (url?.startsWith(origin) ? url.slice(origin.length) : null);
  lede.context.on('console', (message) => {
    const from = where(message.worker()?.url() ?? message.page()?.url());
    if (message.type() === 'error' && from !== null) errors.push(`${from} console: ${message.text()}`);
  });
  lede.context.on('weberror', (error) => {
    const from = where(error.page()?.url());
    if (from !== null) errors.push(`${from} uncaught: ${error.error().message}`);
  });
  return {
    errors,
    async watchWorker(worker) {
      await (worker ?? (await lede.worker())).evaluate(() => {
        self.addEventListener('unhandledrejection', (e) => console.error(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`));
        self.addEventListener('error', (e) => console.error(`uncaught: ${e.message}`));
      });
    },
  };
}

/**
 * A private copy of the e2e build. Chromium re-reads the folder when the extension reloads,
 * and while the suites run, a rebuild in the same checkout deletes and rewrites it; the copy
 * is taken only once the build is whole.
 */
export async function snapshotExtension(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lede-extension-'));
  const whole = (root: string) => ['manifest.json', 'background.js', 'popup.html', 'content-scripts/article.js'].every((f) => existsSync(join(root, f)));
  for (let attempt = 0; attempt < 60; attempt++) {
    if (whole(EXTENSION_DIR)) {
      await cp(EXTENSION_DIR, dir, { recursive: true }).catch(() => undefined);
      if (whole(dir)) return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`No whole e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
}
