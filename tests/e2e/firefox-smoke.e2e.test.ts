/**
 * A smoke test of the Firefox build in Debian's Firefox ESR, headless: the extension
 * installs, its options page works, and the popup reads an article through the background
 * script. Playwright's Firefox needs a patched build that cannot be had here, so this
 * drives the stock browser over WebDriver BiDi with puppeteer-core. Without firefox-esr
 * the suite is skipped with a message (.ci/run installs it from Debian).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { FIXTURES_DIR } from './lede-browser';
import { installFakeSpeech } from './reader-page';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3-e2e');
const GECKO_ID = '{e8674ef9-5b93-46c6-807c-d008c3d03b33}';
// Firefox gives each install a random internal UUID; fixing it lets the test name Lede's pages.
const UUID = '6a1f8c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

const hasFirefox = existsSync(FIREFOX);
if (!hasFirefox) console.warn(`Skipping the Firefox smoke test: no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH).`);

describe.skipIf(!hasFirefox)('Firefox build in Firefox ESR (smoke test)', () => {
  let firefox: Browser;
  let server: FixtureServer;

  beforeAll(async () => {
    if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`No Firefox e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
    }
    server = await startFixtureServer(FIXTURES_DIR);
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets WebDriver BiDi open moz-extension:// pages, which it refuses by default.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    expect(await firefox.installExtension(EXTENSION_DIR)).toBe(GECKO_ID);
  }, 120_000); // Firefox's first start on a new profile is slow on a loaded 2-core machine.
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /**
   * Firefox reports no navigation events for extension pages over BiDi, so the page is
   * waited for by its content instead of by the navigation. While about:blank gives way
   * to the extension page, Firefox can fail an evaluation outright ("right-hand side of
   * 'in' should be an object"); that means "not there yet", so each look is retried.
   */
  async function openLedePage(path: string, ready: string): Promise<Page> {
    const page = await firefox.newPage();
    const url = `moz-extension://${UUID}/${path}`;
    void page.goto(url, { waitUntil: [] }).catch(() => undefined);
    await expect
      .poll(() => page.evaluate((selector) => (document.querySelector(selector) ? location.href : null), ready), {
        timeout: 15_000,
        interval: 100,
      })
      .toBe(url);
    return page;
  }

  it('opens the options page, lists the shortcuts and saves a setting', async () => {
    const page = await openLedePage('options.html', 'h1');
    expect(await page.evaluate(() => [document.documentElement.dir, document.querySelector('h1')?.textContent])).toEqual([
      'ltr',
      'Lede options',
    ]);
    const commands = await page.evaluate(() => chrome.commands.getAll());
    expect(commands.length).toBeGreaterThan(0);
    expect(await page.$$eval('table tbody tr', (rows) => rows.length)).toBe(commands.length);
    expect(await page.$eval('code', (el) => el.textContent)).toBe('about:addons');

    await page.$$eval('input[type=radio][name=summary-length]', (radios) =>
      (radios as HTMLInputElement[]).find((r) => r.value === 'long')!.click(),
    );
    await expect
      .poll(() => page.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { summaryLength?: string })?.summaryLength))
      .toBe('long');
    await page.close();
  });

  it('reads an article through the background and shows it in the popup', async () => {
    const article = await firefox.newPage();
    await article.goto(server.url('pages/harbour-bridge.html'));
    const options = await openLedePage('options.html', 'h1');
    const tabId = await options.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id ?? null,
      server.url('pages/harbour-bridge.html'),
    );
    expect(tabId).not.toBeNull();
    const popup = await openLedePage(`popup.html?tab=${tabId}`, 'h1');
    await expect.poll(() => popup.$eval('h1', (h) => h.textContent), { timeout: 15_000 }).toBe(
      'Harbour bridge to close for two years of repairs',
    );
    await Promise.all([popup.close(), options.close(), article.close()]);
  });

  it('listens on the page: the player opens, marks the sentence being spoken, and closes leaving the page as it was', async () => {
    const article = await firefox.newPage();
    const url = server.url('pages/nav-article.html?firefox-listen');
    await article.goto(url);
    const options = await openLedePage('options.html', 'h1');
    const tabId = await options.evaluate(async (u) => (await chrome.tabs.query({})).find((tab) => tab.url === u)?.id ?? null, url);
    expect(tabId).not.toBeNull();
    const read = await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }), tabId);
    expect((read as { kind: string }).kind).toBe('article');
    const snapshot = () => article.evaluate(() => ({ html: document.documentElement.outerHTML, sheets: document.adoptedStyleSheets.length }));
    await expect.poll(() => article.evaluate(() => document.querySelector('lede-skip-links') !== null), { timeout: 15_000 }).toBe(true);
    const before = await snapshot();
    // The reader tests' scripted voice, in Lede's content-script world (Firefox has none headless).
    // Given as an expression, so the function reaches chrome.scripting whole.
    await options.evaluate(`chrome.scripting.executeScript({ target: { tabId: ${tabId} }, func: ${installFakeSpeech.toString()} })`);
    expect(await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede/listen', tabId: id }), tabId)).toEqual({ ok: true });
    await expect.poll(() => article.evaluate(() => Boolean(document.querySelector('lede-listen')?.shadowRoot?.querySelector('button.play'))), { timeout: 15_000 }).toBe(true);
    await article.evaluate(() => (document.querySelector('lede-listen')!.shadowRoot!.querySelector('button.play') as HTMLButtonElement).click());
    const speaking = () =>
      options.evaluate(
        async (id) =>
          (await chrome.scripting.executeScript({ target: { tabId: id! }, func: () => window.__speech.current() }))[0]?.result ?? null,
        tabId,
      );
    await expect.poll(speaking).toMatch(/^Sleeper trains will run again/);
    // Firefox ESR lets the content script mark the words with the Highlight API, as Chromium does.
    const marked = () =>
      article.evaluate(() => {
        const highlight = CSS.highlights.get('lede-sentence');
        return highlight ? [...highlight].map((r) => r.toString()).join(' ').replace(/\s+/g, ' ').trim() : '';
      });
    await expect.poll(marked).toMatch(/^Sleeper trains will run again/);
    await article.evaluate(() => {
      const stop = [...document.querySelector('lede-listen')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Stop and close')!;
      stop.click();
    });
    await expect.poll(() => article.evaluate(() => document.querySelector('lede-listen') === null)).toBe(true);
    expect(await speaking()).toBeNull();
    expect(await snapshot()).toEqual(before);
    await Promise.all([options.close(), article.close()]);
  });
});
