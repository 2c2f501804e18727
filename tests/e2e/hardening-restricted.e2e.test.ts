/**
 * Places Lede may not read: browser pages, PDFs, files without file access, view-source and
 * error pages. Each gets a clear sentence in the popup, promptly, and nothing is thrown in
 * any Lede context. (The web stores can't be opened here without the network: their URLs
 * are covered by the unit tests of `restrictionFor`.)
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR, page as articlePage } from '../fixtures/hostile/article';
import { askForArticle, hardenedLede, openRequester, openTabFromWorker } from './hardening-helpers';
import { FIXTURES_DIR, type LedeBrowser } from './lede-browser';

const BOUND_MS = 5_000;
const PDF = '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

describe('hardening: restricted places (real Chromium)', () => {
  const hardened = hardenedLede();
  let lede: LedeBrowser;
  let requester: Page;

  beforeAll(async () => {
    lede = hardened.lede;
    lede.server.route('/files/report.pdf', { body: PDF, headers: { 'content-type': 'application/pdf' } });
    // A PDF whose address doesn't say so: only its content type does.
    lede.server.route('/download', { body: PDF, headers: { 'content-type': 'application/pdf' } });
    lede.server.route('/hostile/article', { body: articlePage(HARBOUR) });
    requester = await openRequester(lede);
  });

  /** The background's answer within the bound, and the popup showing the same sentence. */
  async function expectExplained(tabId: number, sentence: RegExp): Promise<void> {
    const { response, ms } = await askForArticle(requester, tabId);
    expect(ms).toBeLessThan(BOUND_MS);
    expect(response).toMatchObject({ kind: 'restricted', message: expect.stringMatching(sentence) });
    const popup = await lede.context.newPage();
    await popup.goto(`chrome-extension://${lede.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('main').textContent()).toMatch(sentence);
    await popup.close();
  }

  it('chrome://version is a browser page', async () => {
    await expectExplained(await openTabFromWorker(lede, 'chrome://version'), /browser page/i);
  });

  // Without the toolbar click (which a headless test can't make) Lede may not see these tabs'
  // addresses, so it can't name them; it must still refuse them clearly and not hang.
  it.each([
    ['about:blank', 'about:blank'],
    ['a file:// page without file access', `file://${FIXTURES_DIR}/pages/harbour-bridge.html`],
  ])('%s is explained, not read', async (_, url) => {
    await expectExplained(await openTabFromWorker(lede, url), /\w+ \w+ \w+/);
  });

  it.each([
    ['a .pdf address', '/files/report.pdf'],
    ['an address without .pdf, served as application/pdf', '/download?id=7'],
  ])('a PDF (%s) is explained as a PDF', async (_, path) => {
    const pdf = await lede.openPage(lede.server.url(path));
    await expectExplained(await lede.tabIdOf(pdf), /PDF/);
  });

  it('view-source: is explained, never left loading', async () => {
    // Chromium never settles a script injection there: Lede gives up after its injection timeout.
    const tabId = await openTabFromWorker(lede, `view-source:${lede.server.url('hostile/article')}`);
    const { response, ms } = await askForArticle(requester, tabId);
    expect(ms).toBeLessThan(15_000);
    expect(response).toMatchObject({ kind: 'restricted', message: expect.stringMatching(/\w+ \w+ \w+/) });
  });

  it('a page that failed to load (a browser error page) is explained', async () => {
    // The tab keeps the address it failed to load; its frame shows chrome-error://chromewebdata/.
    const tabId = await openTabFromWorker(lede, `http://127.0.0.1:${await closedPort()}/`);
    await expectExplained(tabId, /This page did not load\b.*\bReload the page\b/);
  });

  it('Lede’s own pages are browser pages to it', async () => {
    const ownTab = await requester.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await expectExplained(ownTab, /browser page/i);
  });
});

/** A port on 127.0.0.1 that nothing listens on (one just closed), for a connection error. */
async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
