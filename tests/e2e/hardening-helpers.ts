/**
 * Shared by the hardening suites: their common set-up (Lede launched from a private copy of
 * the build, errors in any Lede context caught), asking the background for a tab's article
 * from one of Lede's own pages (as the popup and reader view do), opening tabs Lede may not
 * see the URL of, and checking a page still works.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import type { ArticleResponse } from '../../lib/messages';
import { EXTENSION_DIR, launchLede, type LaunchOptions, type LedeBrowser } from './lede-browser';
import { collectLedeErrors } from './lede-errors';

export interface HardenedLede {
  /** Lede in Chromium, from a private copy of the e2e build. */
  readonly lede: LedeBrowser;
  /** That copy's folder. */
  readonly extensionDir: string;
  /** Errors in Lede's contexts so far in this test: each test must leave none. */
  readonly errors: string[];
  /** Catches the service worker's own errors too; again for each new worker after a restart. */
  watchWorker(worker?: Worker): Promise<void>;
}

export interface HardeningOptions {
  /** Further launch options, made during set-up (e.g. another extension written to disk). */
  launch?: () => Promise<Omit<LaunchOptions, 'extensionDir'>>;
  /** Errors the suite causes on purpose, not counted against a test. */
  expectedErrors?: RegExp;
}

/**
 * The set-up every hardening suite shares, as vitest hooks: a private copy of the e2e build,
 * Lede launched from it with its errors collected (the service worker's included), none
 * allowed at the end of each test, and everything closed after the suite. Call it first in
 * the `describe`, so this set-up runs before the suite's own and this tear-down after it.
 */
export function hardenedLede(options: HardeningOptions = {}): HardenedLede {
  let extension: Awaited<ReturnType<typeof snapshotExtension>> | undefined;
  let lede: LedeBrowser | undefined;
  let collected: ReturnType<typeof collectLedeErrors> | undefined;
  beforeAll(async () => {
    extension = await snapshotExtension();
    lede = await launchLede({ ...(await options.launch?.()), extensionDir: extension.dir });
    collected = collectLedeErrors(lede);
    await collected.watchWorker();
  });
  afterEach(() => {
    const errors = collected?.errors.splice(0) ?? [];
    expect(errors.filter((e) => !options.expectedErrors?.test(e))).toEqual([]);
  });
  afterAll(async () => {
    await lede?.close();
    await extension?.remove();
  });
  const launched = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('Lede is launched in the suite’s set-up: use it from tests and hooks');
    return value;
  };
  return {
    get lede() {
      return launched(lede);
    },
    get extensionDir() {
      return launched(extension).dir;
    },
    get errors() {
      return launched(collected).errors;
    },
    watchWorker: (worker) => launched(collected).watchWorker(worker),
  };
}

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
 * A private copy of the e2e build. Chromium re-reads the folder when the extension reloads,
 * and while the suites run, a rebuild in the same checkout deletes and rewrites it; the copy
 * is taken only once the build is whole.
 */
async function snapshotExtension(): Promise<{ dir: string; remove(): Promise<void> }> {
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
