import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './lede-browser';
import { focused, ledeLinks, openFresh, waitForSkipLinks } from './skip-links-page';

/**
 * Skip links on every site: the options page stores `skipLinks: 'every-site'` once the
 * browser has granted host access. The e2e build's static access to the fixture server
 * stands in for that grant, so storing the setting is all a test does.
 */
async function setSkipLinks(worker: Worker, settings: { skipLinks: string; neverRunOn?: string[] }): Promise<void> {
  await worker.evaluate((s) => chrome.storage.sync.set({ settings: { neverRunOn: [], ...s } }), settings);
}

function registered(worker: Worker) {
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches, excludeMatches: (s.excludeMatches ?? []).sort(), allFrames: s.allFrames })));
}

describe('skip links on every site (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('registers the page watcher, top frames only, once the setting says every site', async () => {
    const worker = await lede.worker();
    expect(await registered(worker)).toEqual([]);
    await setSkipLinks(worker, { skipLinks: 'every-site' });
    await expect.poll(() => registered(worker)).toEqual([
      { id: 'lede-page-watch', matches: ['http://127.0.0.1/*'], excludeMatches: [], allFrames: false },
    ]);
  });

  it('adds skip links to an article page with no click, without taking focus', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    expect(await waitForSkipLinks(page)).toEqual(['Skip to article', 'Skip to summary', 'Skip to key quotes', 'Listen to article']);
    expect((await focused(page)).tag).toBe('body');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Night trains return to the coast line after ten years' });
  });

  it('adds nothing to a page that is not an article', async () => {
    const page = await openFresh(lede, 'pages/nav-index.html');
    await page.waitForTimeout(4000);
    expect(await page.locator('lede-skip-links').count()).toBe(0);
  });

  it('finds an article that arrives after the page has loaded', async () => {
    const page = await openFresh(lede, 'pages/nav-late.html');
    expect(await page.locator('lede-skip-links').count()).toBe(0);
    expect(await waitForSkipLinks(page)).toContain('Skip to article');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Night trains return to the coast line after ten years' });
  });

  it('stays out of frames: one set of links, in the top page only', async () => {
    const page = await openFresh(lede, 'pages/nav-frames.html');
    await waitForSkipLinks(page);
    await page.waitForTimeout(3000);
    const frame = page.frames().find((f) => f.url().includes('nav-article.html'));
    expect(frame).toBeDefined();
    expect(await frame!.evaluate(() => document.querySelectorAll('lede-skip-links').length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('lede-skip-links').length)).toBe(1);
  });

  it('follows a single-page app to its next article, keeping one set of links', async () => {
    const page = await openFresh(lede, 'pages/nav-spa.html');
    await waitForSkipLinks(page);
    await page.evaluate(() => (window as unknown as { openNextStory(): void }).openNextStory());
    await expect
      .poll(
        async () => {
          // Until the new story has been read the links are hidden and focus() fails: poll again.
          await page.locator('lede-skip-links a', { hasText: 'Skip to article' }).focus({ timeout: 1000 });
          await page.keyboard.press('Enter');
          return (await focused(page)).text;
        },
        { timeout: 15_000, interval: 500 },
      )
      .toBe('Library opens its doors on Sundays');
    expect(await page.evaluate(() => document.querySelectorAll('lede-skip-links').length)).toBe(1);
    expect((await ledeLinks(page))[0]).toBe('Skip to article');
  });

  it('never runs on a site on the "never run here" list', async () => {
    const worker = await lede.worker();
    await setSkipLinks(worker, { skipLinks: 'every-site', neverRunOn: ['127.0.0.1'] });
    await expect.poll(async () => (await registered(worker))[0]?.excludeMatches).toEqual(['*://*.127.0.0.1/*', '*://127.0.0.1/*']);
    const page = await openFresh(lede, 'pages/nav-article.html');
    await page.waitForTimeout(4000);
    expect(await page.locator('lede-skip-links').count()).toBe(0);
  });

  it('unregisters the page watcher when skip links go back to "on request"', async () => {
    const worker = await lede.worker();
    await setSkipLinks(worker, { skipLinks: 'on-request' });
    await expect.poll(() => registered(worker)).toEqual([]);
    const page = await openFresh(lede, 'pages/nav-article.html');
    await page.waitForTimeout(4000);
    expect(await page.locator('lede-skip-links').count()).toBe(0);
  });
});
