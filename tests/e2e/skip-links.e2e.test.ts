import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, launchLede, type LedeBrowser } from './lede-browser';
import { focused, ledeLinks, openFresh, readLikeAClick, restingTop, waitForSkipLinks } from './skip-links-page';

/** The focused element's box, and whether it is what a sighted person sees at its centre. */
function focusBox(page: Page) {
  return page.evaluate(() => {
    const host = document.activeElement;
    const el = (host?.shadowRoot?.activeElement ?? host) as HTMLElement;
    const r = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return {
      top: r.top,
      bottom: r.bottom,
      width: r.width,
      height: r.height,
      display: style.display,
      visibility: style.visibility,
      // The hit test stops at the shadow host from outside; from inside it reaches the link.
      onTop: hit === el || hit === host && host?.shadowRoot?.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === el,
    };
  });
}

describe('skip links (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterAll(async () => {
    await lede?.close();
  });

  it('adds "Skip to article" as the first tab stop, shown above the fixed header when focused', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    await readLikeAClick(lede, page);
    expect(await waitForSkipLinks(page)).toEqual(['Skip to article', 'Skip to summary', 'Skip to key quotes', 'Listen to article']);
    // Nothing took focus on its own.
    expect((await focused(page)).tag).toBe('body');

    await page.keyboard.press('Tab');
    expect((await focused(page)).lede).toBe('Skip to article');
    const box = await focusBox(page);
    expect(box).toMatchObject({ top: expect.any(Number), visibility: 'visible', onTop: true });
    expect(box.top).toBeLessThan(72);
    expect(box.height).toBeGreaterThan(20);
  });

  it('moves focus to the headline, below the fixed header, and gives the tab order back afterwards', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ lede: null, tag: 'h1', text: 'Night trains return to the coast line after ten years' });
    // In view, just below the 72px fixed header rather than under it.
    const top = await restingTop(page, 'h1');
    expect(top).toBeGreaterThanOrEqual(72);
    expect(top).toBeLessThan(120);
    expect(await page.evaluate(() => document.querySelector('h1')!.getAttribute('tabindex'))).toBe('-1');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Daniel Osei' });
    expect(await page.evaluate(() => document.querySelector('h1')!.hasAttribute('tabindex'))).toBe(false);
  });

  it('opens the summary in place: Escape closes it and returns focus; a sentence moves focus to its paragraph', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused(page)).lede).toBe('Skip to summary');
    await page.keyboard.press('Enter');
    const dialog = page.locator('lede-skip-links dialog');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    expect(await dialog.locator('h2').textContent()).toBe('Summary');
    const sentences = await dialog.locator('li button').allTextContents();
    expect(sentences[0]).toMatch(/^Sleeper trains will run again/);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
    expect((await focused(page)).lede).toBe('Skip to summary');

    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await dialog.locator('li button').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page)).text).toMatch(/^Sleeper trains will run again/);
    expect((await focused(page)).tag).toBe('p');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-lede-target'))).toBe(true);
  });

  it('lists the key quotes with their speakers', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    await page.locator('lede-skip-links button', { hasText: 'Skip to key quotes' }).focus();
    await page.keyboard.press('Enter');
    const items = await page.locator('lede-skip-links dialog li button').allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toContain('“People have asked us for this train');
    expect(items[0]).toContain('Marta Lindqvist');
    await page.keyboard.press('Escape');
  });

  it('does not add a second link where the site’s own skip link already reaches the article', async () => {
    const page = await openFresh(lede, 'pages/harbour-bridge.html');
    await readLikeAClick(lede, page);
    const links = await waitForSkipLinks(page);
    expect(links).not.toContain('Skip to article');
    expect(links).toContain('Skip to summary');
  });

  it('cannot be hidden or restyled by the site’s CSS', async () => {
    const html = await readFile(join(FIXTURES_DIR, 'pages/nav-article.html'), 'utf8');
    const hostile = `<style>
      a { display: none !important; }
      * { visibility: hidden !important; }
      button { display: none !important; }
      body > * { position: static !important; transform: scale(0) !important; opacity: 0 !important; }
      lede-skip-links { display: none !important; }
    </style>`;
    lede.server.route('/pages/nav-hostile.html', { body: html.replace('</head>', `${hostile}</head>`) });
    const page = await openFresh(lede, 'pages/nav-hostile.html');
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    await page.keyboard.press('Tab');
    expect((await focused(page)).lede).toBe('Skip to article');
    const box = await focusBox(page);
    expect(box.display).not.toBe('none');
    expect(box.visibility).toBe('visible');
    expect(box.width).toBeGreaterThan(40);
    expect(box.onTop).toBe(true);
  });

  it('adds no accessibility violations to the page (axe-core), hidden, focused or with the panel open', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    const key = (v: { id: string; nodes: { target: unknown }[] }) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}`);
    const scan = async () => (await new AxeBuilder({ page }).analyze()).violations.flatMap(key);
    const before = new Set(await scan());
    await readLikeAClick(lede, page);
    await waitForSkipLinks(page);
    const added = (found: string[]) => found.filter((v) => !before.has(v));

    expect(added(await scan())).toEqual([]);
    await page.keyboard.press('Tab');
    expect(added(await scan())).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('lede-skip-links dialog[open]').waitFor();
    expect(added(await scan())).toEqual([]);
  });

  it('leaves the page alone until asked: no skip links without a click when they are set to "on request"', async () => {
    const page = await openFresh(lede, 'pages/nav-article.html');
    await page.waitForTimeout(1500);
    expect(await page.locator('lede-skip-links').count()).toBe(0);
    expect(await ledeLinks(page)).toEqual([]);
  });
});
