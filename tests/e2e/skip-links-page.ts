/**
 * Helpers for the skip-link and keyboard e2e tests: reading a page as the toolbar click
 * would, and looking at what has focus, including inside Lede's shadow root.
 */
import type { Page } from 'playwright-core';
import type { LedeBrowser } from './lede-browser';

let opened = 0;

/**
 * Opens a fixture page under a URL no other tab has (`?visit=N`): the harness finds a page's
 * tab by its URL, so two tabs of one fixture would be taken for each other.
 */
export function openFresh(lede: LedeBrowser, path: string): Promise<Page> {
  opened += 1;
  return lede.openPage(`${path}${path.includes('?') ? '&' : '?'}visit=${opened}`);
}

/**
 * What a click on Lede's toolbar button does to a page: the popup asks the background for
 * the article, which injects the article script (the e2e build's host access stands in for
 * activeTab). The popup is then closed and the page brought back, as when a popup closes.
 */
export async function readLikeAClick(lede: LedeBrowser, page: Page): Promise<void> {
  const tabId = await lede.tabIdOf(page);
  const popup = await lede.openExtensionPage('popup.html', page);
  const response = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }), tabId);
  if ((response as { kind?: string })?.kind !== 'article') throw new Error(`no article: ${JSON.stringify(response)}`);
  await popup.close();
  await page.bringToFront();
}

/** Waits until Lede's skip links are in the page (they are added once the page is idle). */
export async function waitForSkipLinks(page: Page): Promise<string[]> {
  await page.locator('lede-skip-links nav a, lede-skip-links nav button').first().waitFor({ state: 'attached' });
  return ledeLinks(page);
}

/** The texts of Lede's skip links, in tab order. */
export function ledeLinks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('lede-skip-links')?.shadowRoot?.querySelectorAll('nav a, nav button') ?? [])].map((el) => el.textContent ?? ''),
  );
}

export interface Focused {
  /** Lede's control, when focus is inside Lede's shadow root. */
  lede: string | null;
  tag: string;
  text: string;
}

/** What has keyboard focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? null;
    const el = inner ?? active;
    return { lede: inner ? (inner.textContent ?? '').trim() : null, tag: el?.tagName.toLowerCase() ?? '', text: (el?.textContent ?? '').trim().replace(/\s+/g, ' ') };
  });
}

/** What Lede's live region last said. */
export function announced(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('lede-skip-links')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');
}

/** Where `selector` sits in the viewport once (smooth) scrolling has come to rest. */
export async function restingTop(page: Page, selector: string): Promise<number> {
  let last = Number.NaN;
  for (let i = 0; i < 40; i++) {
    const top = await page.evaluate((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top), selector);
    if (top === last) return top;
    last = top;
    await page.waitForTimeout(100);
  }
  return last;
}
