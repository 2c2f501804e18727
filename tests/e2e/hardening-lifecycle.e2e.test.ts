/**
 * Lede through the lifecycle faults of a real browser: its service worker stopped and started
 * again, the extension reloaded under live content scripts, two windows, a tab closed while
 * its article is being read. Nothing is lost that should survive, and no Lede context throws.
 */
import type { Page, Worker } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR, page as articlePage } from '../fixtures/hostile/article';
import { SPA_SECOND, bigPage } from '../fixtures/hostile/bad-pages';
import { askForArticle, expectArticle, hardenedLede, openRequester } from './hardening-helpers';
import type { LedeBrowser } from './lede-browser';

type Marked = typeof globalThis & { hardeningMarker?: string };

describe('hardening: lifecycle (real Chromium)', () => {
  // (From a private copy of the build, which matters here: the reload test makes Chromium
  // read the extension's folder again.)
  const hardened = hardenedLede();
  let lede: LedeBrowser;

  beforeAll(async () => {
    lede = hardened.lede;
    lede.server.route('/hostile/article', { body: articlePage(HARBOUR) });
    lede.server.route('/hostile/second', { body: articlePage(SPA_SECOND) });
    lede.server.route('/hostile/big', { body: bigPage() });
  });

  /**
   * Stops Lede's service worker the way a person can, from chrome://serviceworker-internals
   * (CDP's Target.closeTarget and ServiceWorker.stopAllWorkers don't stop an extension's
   * worker here), and waits until the page reports it stopped.
   */
  async function stopServiceWorker(): Promise<void> {
    const internals = await lede.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const registration = internals.locator('.serviceworker-item', { hasText: `chrome-extension://${lede.extensionId}/` });
    await registration.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => registration.locator('.serviceworker-running-status .value').textContent()).toBe('STOPPED');
    await internals.close();
  }

  async function markWorker(): Promise<Worker> {
    const worker = await lede.worker();
    await worker.evaluate(() => {
      (globalThis as Marked).hardeningMarker = 'old worker';
    });
    return worker;
  }

  it('a service worker stopped between opening a page and the popup: restarted, cache kept', async () => {
    const article = await lede.openPage('hostile/article?case=1');
    const tabId = await lede.tabIdOf(article);
    const first = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => first.locator('h1').textContent()).toBe(HARBOUR.title);
    await first.close();

    const oldWorker = await markWorker();
    const startedBefore = await oldWorker.evaluate(() => performance.timeOrigin);
    await stopServiceWorker();

    const popup = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(HARBOUR.title);
    const worker = await lede.worker();
    await hardened.watchWorker(worker);
    // A new worker: the old one's global is gone and its clock started later.
    expect(await worker.evaluate(() => (globalThis as Marked).hardeningMarker)).toBeUndefined();
    expect(await worker.evaluate(() => performance.timeOrigin)).toBeGreaterThan(startedBefore);
    // storage.session outlived the worker: the model came from the cache.
    expect(expectArticle((await askForArticle(popup, tabId)).response).cached).toBe(true);
  });

  it('a service worker stopped before the first popup: the article is read afresh', async () => {
    const article = await lede.openPage('hostile/second?case=2');
    await markWorker();
    await stopServiceWorker();
    const popup = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(SPA_SECOND.title);
    const worker = await lede.worker();
    await hardened.watchWorker(worker);
    expect(await worker.evaluate(() => (globalThis as Marked).hardeningMarker)).toBeUndefined();
  });

  it('two windows: each tab gets its own article, and a jump activates the right tab', async () => {
    const worker = await lede.worker();
    const secondWindow = lede.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/hostile/second?window=2') });
    const { windowId, tabId: secondTab } = await worker.evaluate(async (url) => {
      const win = (await chrome.windows.create({ url, focused: false }))!;
      return { windowId: win.id!, tabId: win.tabs![0]!.id! };
    }, lede.server.url('hostile/second?window=2'));
    const secondPage = await secondWindow;
    await secondPage.waitForLoadState();
    const firstPage = await lede.openPage('hostile/article?case=3');
    const firstTab = await lede.tabIdOf(firstPage);
    expect(await worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, firstTab)).not.toBe(windowId);

    const requester = await openRequester(lede);
    const first = expectArticle((await askForArticle(requester, firstTab)).response);
    const second = expectArticle((await askForArticle(requester, secondTab)).response);
    expect(first.article.title).toBe(HARBOUR.title);
    expect(second.article.title).toBe(SPA_SECOND.title);

    const target = second.article.summary[0]!;
    const jumped = await requester.evaluate(
      ({ tabId, anchor }) => chrome.runtime.sendMessage({ type: 'lede/jump-to', tabId, anchor }),
      { tabId: secondTab, anchor: { blockId: target.blockId, start: target.start, end: target.end } },
    );
    expect(jumped).toEqual({ ok: true });
    expect(await worker.evaluate(async (id) => (await chrome.tabs.get(id)).active, secondTab)).toBe(true);
    await expectPageFocusOn(secondPage, target.text);
    await worker.evaluate((id) => chrome.windows.remove(id), windowId);
  });

  it('a tab closed while its article is being read: a clear answer, and nothing cached for it', async () => {
    const big = await lede.openPage('hostile/big?case=4');
    const tabId = await lede.tabIdOf(big);
    const requester = await openRequester(lede);
    // The page's own script keeps its renderer busy for seconds, so the request is certainly
    // still on its way in (how fast the machine reads this page doesn't decide the test).
    await big.evaluate(() => {
      setTimeout(() => {
        const until = Date.now() + 5000;
        while (Date.now() < until);
      }, 0);
    });
    const answer = askForArticle(requester, tabId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await big.close();
    const { response } = await answer;
    expect(response).toEqual({ kind: 'error', message: 'That tab is no longer open.' });
    const worker = await lede.worker();
    await expect
      .poll(() => worker.evaluate(async (id) => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.endsWith(`:${id}`)), tabId))
      .toEqual([]);
  });

  it('storage.session full: the article is still answered, just not cached', async () => {
    const worker = await lede.worker();
    // Fill the 10 MB session area (tabs read earlier hold the rest) so the next model can't fit.
    const filled = await worker.evaluate(async () => {
      for (let size = 10 * 1024 * 1024; size > 1024; size = Math.floor(size * 0.9)) {
        try {
          await chrome.storage.session.set({ filler: 'x'.repeat(size) });
          return size;
        } catch {
          /* over the quota: try smaller */
        }
      }
      return 0;
    });
    expect(filled).toBeGreaterThan(1024 * 1024);
    try {
      const article = await lede.openPage('hostile/big?case=5');
      const { response } = await askForArticle(await openRequester(lede), await lede.tabIdOf(article));
      expect(expectArticle(response).article.title).toBe(HARBOUR.title);
    } finally {
      await worker.evaluate(() => chrome.storage.session.remove('filler'));
    }
  });

  // Last: it reloads the extension, which closes every Lede page and restarts everything.
  it('the extension reloaded under a live content script: the next popup re-injects and works', async () => {
    const article = await lede.openPage('hostile/article?case=6');
    const tabId = await lede.tabIdOf(article);
    const before = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => before.locator('h1').textContent()).toBe(HARBOUR.title);

    const oldWorker = await markWorker();
    const restarted = lede.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${lede.extensionId}/`),
    });
    await oldWorker.evaluate(() => setTimeout(() => chrome.runtime.reload(), 50));
    const worker = await restarted;
    await hardened.watchWorker(worker);
    await expect.poll(() => before.isClosed()).toBe(true);

    const popup = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(HARBOUR.title);
    expect(await worker.evaluate(() => (globalThis as Marked).hardeningMarker)).toBeUndefined();
    // Read afresh by a newly injected script (the old one's context is gone), and it can jump.
    const fresh = expectArticle((await askForArticle(popup, tabId, true)).response);
    const target = fresh.article.summary[0]!;
    const jumped = await popup.evaluate(
      ({ tabId, anchor }) => chrome.runtime.sendMessage({ type: 'lede/jump-to', tabId, anchor }),
      { tabId, anchor: { blockId: target.blockId, start: target.start, end: target.end } },
    );
    expect(jumped).toEqual({ ok: true });
    await expectPageFocusOn(article, target.text);
  });
});

async function expectPageFocusOn(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(text);
}
