/**
 * Helpers for listening on the page: the scripted speechSynthesis (the reader tests' fake)
 * put into Lede's own isolated world of a tab, where the page player looks for it, and ways
 * to drive it and to read what the player marks in the page.
 */
import type { Page } from 'playwright-core';
import type { LedeBrowser } from './lede-browser';
import { installFakeSpeech } from './reader-page';

/**
 * Runs `fn(...args)` in Lede's isolated world of the page's tab (where its content scripts
 * run) and returns its result. Built as an expression so `fn` reaches chrome.scripting as a
 * real function: the service worker's CSP would refuse to compile one from a string.
 */
export async function inLedeWorld<T>(lede: LedeBrowser, page: Page, fn: (...args: never[]) => unknown, ...args: unknown[]): Promise<T> {
  const tabId = await lede.tabIdOf(page);
  const expression = `chrome.scripting.executeScript({ target: { tabId: ${tabId} }, world: 'ISOLATED', func: ${fn.toString()}, args: ${JSON.stringify(args)} }).then((r) => r[0] && r[0].result)`;
  return (await (await lede.worker()).evaluate(expression)) as T;
}

export function installSpeechInLede(lede: LedeBrowser, page: Page): Promise<void> {
  return inLedeWorld(lede, page, installFakeSpeech);
}

export const speaking = (lede: LedeBrowser, page: Page) => inLedeWorld<string | null>(lede, page, () => window.__speech.current());
export const spokenLog = (lede: LedeBrowser, page: Page) =>
  inLedeWorld<{ text: string; rate: number; voice: string | null; lang: string }[]>(lede, page, () => window.__speech.spoken);
export const sayWord = (lede: LedeBrowser, page: Page, n: number) => inLedeWorld<string | null>(lede, page, (i: number) => window.__speech.word(i), n);
export const endUtterance = (lede: LedeBrowser, page: Page) => inLedeWorld<void>(lede, page, () => window.__speech.end());

/** The text under a named highlight in the page (`lede-sentence`, `lede-word`), white space collapsed. */
export function pageHighlight(page: Page, name: string): Promise<string> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    return highlight ? [...highlight].map((r) => r.toString()).join(' ').replace(/\s+/g, ' ').trim() : '';
  }, name);
}

/** The page as a snapshot: its markup, adopted style sheets and highlights. */
export function pageSnapshot(page: Page): Promise<{ html: string; sheets: number; highlights: number }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    sheets: document.adoptedStyleSheets.length,
    highlights: CSS.highlights.size,
  }));
}

/** The control that has focus inside the player's shadow root: its tag and accessible text. */
export function playerFocus(page: Page): Promise<{ tag: string; text: string; label: string | null } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('lede-listen');
    const el = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (!el || document.activeElement !== host) return null;
    return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().replace(/\s+/g, ' '), label: el.getAttribute('aria-label') };
  });
}

export const normal = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
