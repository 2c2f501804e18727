import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, type LedeBrowser } from './lede-browser';
import { announced, focused, openFresh } from './skip-links-page';

/** Presses a Lede shortcut for a tab, through the same handler `commands.onCommand` calls. */
async function shortcut(lede: LedeBrowser, command: string, tabId: number): Promise<{ ok: boolean; announcement?: string; message?: string }> {
  const worker = await lede.worker();
  return worker.evaluate(([name, id]) => globalThis.ledeCommands.run(name as string, id as number), [command, tabId] as const);
}

/** The live-region text once it has been written (it is cleared first, then set). */
async function announcement(page: Page): Promise<string> {
  await expect.poll(() => announced(page)).not.toBe('');
  return announced(page);
}

describe('keyboard shortcuts and in-page navigation (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('declares the shortcuts, at most four with suggested keys', async () => {
    const manifest = await (await lede.worker()).evaluate(() => chrome.runtime.getManifest());
    const commands = manifest.commands as Record<string, { suggested_key?: { default: string } }>;
    expect(Object.keys(commands).sort()).toEqual(['_execute_action', 'jump-to-article', 'listen', 'next-quote', 'previous-quote', 'toggle-reader']);
    const keys = Object.values(commands).flatMap((c) => (c.suggested_key ? [c.suggested_key.default] : []));
    expect(keys.length).toBeLessThanOrEqual(4);
    for (const key of keys) expect(key).toMatch(/^Alt\+Shift\+[A-Z]$/);
  });

  it('jump-to-article takes focus to the headline on a page Lede has not read yet', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const tabId = await lede.tabIdOf(page);
    expect(await shortcut(lede, 'jump-to-article', tabId)).toMatchObject({ ok: true });
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Night trains return to the coast line after ten years' });
  });

  it('next-quote and previous-quote move focus and the highlight between key quotes, announcing each', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const tabId = await lede.tabIdOf(page);

    const first = await shortcut(lede, 'next-quote', tabId);
    expect(first).toMatchObject({ ok: true, announcement: expect.stringMatching(/^Key quote 1 of \d: Marta Lindqvist: “People have asked us/) });
    expect((await focused(page)).text).toMatch(/^“People have asked us for this train/);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lede-target'))).toBe(true);
    expect(await announcement(page)).toBe(first.announcement);

    const second = await shortcut(lede, 'next-quote', tabId);
    expect(second.announcement).toMatch(/^Key quote 2 of \d: .*“This is the first night train/);
    expect((await focused(page)).text).toMatch(/^Two cabins on every train/);

    const back = await shortcut(lede, 'previous-quote', tabId);
    expect(back.announcement).toMatch(/^Key quote 1 of/);
    expect((await focused(page)).text).toMatch(/^“People have asked us/);

    const none = await shortcut(lede, 'previous-quote', tabId);
    expect(none).toEqual({ ok: false, message: 'This is the first key quote.' });
    expect((await focused(page)).text).toMatch(/^“People have asked us/);
  });

  it('moves by paragraph, heading and quote with Alt+Shift keys while focus is in the article', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const tabId = await lede.tabIdOf(page);
    await shortcut(lede, 'jump-to-article', tabId);

    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await focused(page)).text).toMatch(/^Sleeper trains will run again/);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await focused(page)).text).toMatch(/^The new service will leave/);
    expect(await announcement(page)).toMatch(/^Paragraph 2 of \d+: The new service will leave/);
    await page.keyboard.press('Alt+Shift+ArrowUp');
    expect((await focused(page)).text).toMatch(/^Sleeper trains will run again/);

    await page.keyboard.press('Alt+Shift+PageDown');
    expect(await focused(page)).toMatchObject({ tag: 'h2', text: 'Refurbished carriages' });
    expect(await announcement(page)).toBe('Heading 2 of 5: Refurbished carriages');
    await page.keyboard.press('Alt+Shift+PageDown');
    expect(await focused(page)).toMatchObject({ tag: 'h4', text: 'Accessible cabins' });
    await page.keyboard.press('Alt+Shift+PageUp');
    await page.keyboard.press('Alt+Shift+PageUp');
    expect(await focused(page)).toMatchObject({ tag: 'h1' });

    await page.keyboard.press('Alt+Shift+Period');
    expect((await focused(page)).text).toMatch(/^“People have asked us/);
    expect(await announcement(page)).toMatch(/^Quote 1 of \d: Marta Lindqvist: “People have asked us/);
    await page.keyboard.press('Alt+Shift+Period');
    expect(await announcement(page)).toMatch(/^Quote 2 of \d: Marta Lindqvist: “We finally have the carriages/);
    await page.keyboard.press('Alt+Shift+Comma');
    expect(await announcement(page)).toMatch(/^Quote 1 of/);
  });

  it('leaves the keys to the site when focus is outside the article', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const tabId = await lede.tabIdOf(page);
    await shortcut(lede, 'jump-to-article', tabId);
    await page.locator('.masthead a', { hasText: 'Travel' }).focus();
    await page.evaluate(() => {
      addEventListener('keydown', (e) => document.body.setAttribute('data-key-prevented', String(e.defaultPrevented)));
    });
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Travel' });
    // The site's own handler still gets the key, untouched.
    expect(await page.evaluate(() => document.body.getAttribute('data-key-prevented'))).toBe('false');
  });

  it('toggle-reader opens the reader view for the tab, and from there closes it and returns to the page', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const tabId = await lede.tabIdOf(page);
    const opened = lede.context.waitForEvent('page');
    expect(await shortcut(lede, 'toggle-reader', tabId)).toEqual({ ok: true });
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toBe(`chrome-extension://${lede.extensionId}/reader.html?tab=${tabId}`);

    const readerTab = await (await lede.worker()).evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, reader.url());
    expect(readerTab).toEqual(expect.any(Number));
    const closed = reader.waitForEvent('close');
    expect(await shortcut(lede, 'toggle-reader', readerTab!)).toEqual({ ok: true });
    await closed;
    const active = await (await lede.worker()).evaluate(async (id) => (await chrome.tabs.get(id)).active, tabId);
    expect(active).toBe(true);
  });
});
