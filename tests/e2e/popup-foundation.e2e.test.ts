import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './lede-browser';

describe('popup for a tab (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('shows the title, source and reading time of the tab’s article', async () => {
    const article = await lede.openPage('pages/harbour-bridge.html');
    const popup = await lede.openExtensionPage('popup.html', article);
    await expect.poll(() => popup.locator('h1').textContent()).toBe('Harbour bridge to close for two years of repairs');
    const meta = await popup.locator('.article-meta').textContent();
    expect(meta).toContain('The Northport Ledger');
    expect(meta).toContain('Priya Raman');
    expect(meta).toMatch(/\d+ min read/);
  });

  it('serves the cached model when the popup is opened again', async () => {
    const article = await lede.openPage('pages/harbour-bridge.html');
    const tabId = await lede.tabIdOf(article);
    const first = await lede.openExtensionPage('popup.html', article);
    await first.locator('h1').waitFor();
    await first.close();
    const second = await lede.openExtensionPage('popup.html', article);
    await second.locator('h1').waitFor();
    const cached = await second.evaluate(
      (id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }),
      tabId,
    );
    expect(cached).toMatchObject({ kind: 'article', cached: true });
  });
});
