/**
 * Pages built to defeat extraction, in real Chromium with the built extension: each gets a
 * correct result or a clear message within a generous time bound, and the page's own script
 * still responds afterwards.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR, page as articlePage } from '../fixtures/hostile/article';
import {
  ACCENTED,
  ARABIC,
  CHINESE,
  FRAMED,
  JAPANESE,
  NO_ARTICLE_PAGE,
  ONLY_IMAGES_PAGE,
  REWRITTEN,
  SPA_SECOND,
  STRICT_CSP,
  articleInShadowPage,
  bigPage,
  deepPage,
  frameOnlyPage,
  framesPage,
  invalidUtf8Page,
  rewritingPage,
  shadowHeavyPage,
  spaPage,
  strictCspPage,
  tamperingPage,
  wrongCharsetPage,
} from '../fixtures/hostile/bad-pages';
import { askForArticle, expectArticle, expectPageStillWorks, hardenedLede, openRequester } from './hardening-helpers';
import type { LedeBrowser } from './lede-browser';

/** Ordinary pages: well under a second here; the bound only catches hangs and runaway work. */
const BOUND_MS = 5_000;
const BIG_PAGE_BOUND_MS = 10_000;
/** A hung page: the background's 4 s wait for an answer, and time to spare for a loaded machine. */
const HUNG_PAGE_BOUND_MS = 10_000;

describe('hardening: bad pages (real Chromium)', () => {
  const hardened = hardenedLede();
  let lede: LedeBrowser;
  let requester: Page;

  beforeAll(async () => {
    lede = hardened.lede;
    const route = (path: string, body: string | Uint8Array, headers?: Record<string, string>) =>
      lede.server.route(`/hostile/${path}`, { body, headers });
    route('no-article', NO_ARTICLE_PAGE);
    route('only-images', ONLY_IMAGES_PAGE);
    route('big', bigPage());
    route('deep-parsed', deepPage(500, 'parsed'));
    route('deep-scripted', deepPage(2000, 'scripted'));
    route('deep-unrendered', deepPage(5000, 'scripted-unrendered'));
    route('tampering', tamperingPage());
    route('strict-csp', strictCspPage(), { 'content-security-policy': STRICT_CSP });
    route('shadow-heavy', shadowHeavyPage());
    route('article-in-shadow', articleInShadowPage());
    route('frames', framesPage());
    route('frame-only', frameOnlyPage());
    route('framed-article', articlePage(FRAMED, { probe: false }));
    route('rewriting', rewritingPage());
    route('spa/first-story', spaPage());
    route('arabic', articlePage(ARABIC, { lang: 'ar', dir: 'rtl' }));
    route('japanese', articlePage(JAPANESE, { lang: 'ja' }));
    route('chinese', articlePage(CHINESE, { lang: 'zh-CN' }));
    route('invalid-utf8', invalidUtf8Page());
    route('wrong-charset', wrongCharsetPage(), { 'content-type': 'text/html; charset=windows-1252' });
    // Its own script blocks the main thread for good, just after load.
    route('hung', articlePage(HARBOUR, { script: "addEventListener('load', () => setTimeout(() => { for (;;); }, 50));" }));
    route('after-hung', articlePage(HARBOUR));
    requester = await openRequester(lede);
  });

  async function read(path: string, bound = BOUND_MS, ready?: (page: Page) => Promise<unknown>) {
    const page = await lede.openPage(`hostile/${path}`);
    // (Each path is opened once: the tab is found without running script in the page.)
    const tabId = await lede.tabIdOf(page);
    await ready?.(page);
    const { response, ms } = await askForArticle(requester, tabId);
    expect(ms).toBeLessThan(bound);
    return { page, tabId, response };
  }

  it('a page without an article gets a clear no-article answer, also in the popup', async () => {
    const { page, response } = await read('no-article');
    expect(response).toMatchObject({ kind: 'no-article', message: expect.stringMatching(/\w+ \w+/) });
    const popup = await lede.openExtensionPage('popup.html', page);
    await expect.poll(() => popup.locator('main').textContent()).toMatch(/no article/i);
    await expectPageStillWorks(page);
  });

  it('a page of only images says it has no text', async () => {
    const { page, response } = await read('only-images');
    expect(response).toMatchObject({ kind: 'no-article' });
    await page.locator('figure').first().click();
    expect(await page.evaluate(() => document.body.dataset.clicks)).toBe('1');
  });

  it('a 5 MB page of 50,000 elements is read within 10 s', async () => {
    const { page, response } = await read('big', BIG_PAGE_BOUND_MS);
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    expect(article.text).toContain(HARBOUR.paragraphs[0]);
    expect(article.text).not.toContain('Reader 12 writes');
    await expectPageStillWorks(page);
  });

  it('500 levels of nesting, as deep as the HTML parser goes, are read', async () => {
    const { page, response } = await read('deep-parsed', BIG_PAGE_BOUND_MS);
    expect(await page.evaluate(() => document.querySelector('article')!.closest('body > div') !== null)).toBe(true);
    const { article } = expectArticle(response);
    for (const paragraph of HARBOUR.paragraphs) expect(article.text).toContain(paragraph);
    await expectPageStillWorks(page);
  });

  it.each([
    ['deep-scripted', 2000],
    ['deep-unrendered', 5000],
  ])('script-built nesting (%s, %i levels) is read promptly, the page left as it was', async (path, levels) => {
    const { page, response } = await read(path, BIG_PAGE_BOUND_MS);
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    for (const paragraph of HARBOUR.paragraphs) expect(article.text).toContain(paragraph);
    // Lede flattens its own copy only: the page keeps every level.
    expect(await page.evaluate(() => document.querySelectorAll('main div').length)).toBe(levels);
    await expectPageStillWorks(page);
  });

  it('a page that breaks Array, JSON, String, Node and DOM built-ins in its own world does not affect Lede', async () => {
    const { page, response } = await read('tampering');
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    expect(article.byline).toBe(HARBOUR.byline);
    for (const paragraph of HARBOUR.paragraphs) expect(article.text).toContain(paragraph);
    expect(article.summary.length).toBeGreaterThan(0);
    // The page's own handler finds its replacements still in place (it reports through the title).
    await page.locator('#page-probe').click();
    await expect.poll(() => page.title()).toBe('tampered by the page');
  });

  it('a strict CSP (script-src and style-src none) neither blocks reading nor jumping', async () => {
    const { page, tabId, response } = await read('strict-csp');
    expect(await page.title()).toBe(HARBOUR.title);
    const { article } = expectArticle(response);
    expect(article.text).toContain(HARBOUR.paragraphs[0]);
    const target = article.summary[0]!;
    const jumped = await requester.evaluate(
      ({ tabId, anchor }) => chrome.runtime.sendMessage({ type: 'lede/jump-to', tabId, anchor }),
      { tabId, anchor: { blockId: target.blockId, start: target.start, end: target.end } },
    );
    expect(jumped).toEqual({ ok: true });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(target.text);
    // The page's style-src 'none' does not hide the highlight either.
    const outline = await page.evaluate(() => {
      const marked = document.querySelector('[data-lede-target]');
      return marked ? getComputedStyle(marked).outlineStyle : 'nothing marked';
    });
    expect(outline).not.toMatch(/none|nothing marked/);
  });

  it('shadow-DOM-heavy pages: the light-DOM article is read and no shadow text leaks in', async () => {
    const { page, response } = await read('shadow-heavy');
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    for (const paragraph of HARBOUR.paragraphs) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('Shadow furniture');
    await expectPageStillWorks(page);
  });

  it('an article that lives only inside a shadow root gets a clear message', async () => {
    const { response } = await read('article-in-shadow');
    expect(response).toMatchObject({ kind: 'no-article', message: expect.any(String) });
  });

  it('frames: Lede reads the top document only', async () => {
    const { page, response } = await read('frames');
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    expect(article.text).not.toContain('FRAME-ONLY');
    await expectPageStillWorks(page);

    const { response: framedOnly } = await read('frame-only');
    expect(framedOnly.kind).not.toBe('article');
    expect(framedOnly).toMatchObject({ message: expect.any(String) });
  });

  it('a page rewriting itself every 20 ms gives one coherent version, and a stale jump is refused', async () => {
    const rewrites = (page: Page) => page.evaluate(() => (window as unknown as { rewrites: number }).rewrites);
    // Asked only once the page is busy rewriting itself, so the extraction races the rewrites
    // (how many land during it depends on the machine's speed, so that is not counted).
    const { page, tabId, response } = await read('rewriting', BOUND_MS, (page) =>
      page.waitForFunction(() => (window as unknown as { rewrites: number }).rewrites > 2),
    );
    const { article } = expectArticle(response);
    const version = article.title === HARBOUR.title ? HARBOUR : REWRITTEN;
    expect(article.title).toBe(version.title);
    for (const paragraph of version.paragraphs) expect(article.text).toContain(paragraph);
    const other = version === HARBOUR ? REWRITTEN : HARBOUR;
    expect(article.text).not.toContain(other.paragraphs[0]);

    // The blocks Lede mapped have been replaced by now: the jump must say so, not throw.
    await page.waitForFunction((seen) => (window as unknown as { rewrites: number }).rewrites > seen + 2, await rewrites(page));
    const first = article.summary[0]!;
    const jumped = await requester.evaluate(
      ({ tabId, anchor }) => chrome.runtime.sendMessage({ type: 'lede/jump-to', tabId, anchor }),
      { tabId, anchor: { blockId: first.blockId, start: first.start, end: first.end } },
    );
    expect(jumped).toMatchObject({ ok: expect.any(Boolean) });
    await expectPageStillWorks(page);
  });

  it('a single-page app that pushState()s a new story is never served the old story’s model', async () => {
    const { page, tabId, response } = await read('spa/first-story');
    expect(expectArticle(response).article.title).toBe(HARBOUR.title);
    expect(expectArticle((await askForArticle(requester, tabId)).response).cached).toBe(true);

    await page.evaluate(() => (window as unknown as { showSecondStory(): void }).showSecondStory());
    expect(page.url()).toMatch(/\/hostile\/spa\/second-story$/);
    const second = expectArticle((await askForArticle(requester, tabId)).response);
    expect(second.cached).toBe(false);
    expect(second.article.title).toBe(SPA_SECOND.title);
    expect(second.article.url).toBe(page.url());
    expect(second.article.text).not.toContain(HARBOUR.paragraphs[0]);
    await expectPageStillWorks(page);
  });

  it('Arabic is read right-to-left, and the popup shows it so', async () => {
    const { page, response } = await read('arabic');
    const { article } = expectArticle(response);
    expect(article).toMatchObject({ title: ARABIC.title, lang: 'ar', dir: 'rtl' });
    expect(article.text).toContain(ARABIC.paragraphs[0]);
    expect(article.summary.length).toBeGreaterThan(0);
    const popup = await lede.openExtensionPage('popup.html', page);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(ARABIC.title);
    expect(await popup.locator('h1').evaluate((h1) => getComputedStyle(h1).direction)).toBe('rtl');
    await expectPageStillWorks(page);
  });

  it.each([
    ['japanese', JAPANESE, 'ja'],
    ['chinese', CHINESE, 'zh-CN'],
  ])('%s: sentences are found without spaces between words', async (path, parts, lang) => {
    const { page, response } = await read(path);
    const { article } = expectArticle(response);
    expect(article).toMatchObject({ title: parts.title, lang, dir: 'ltr' });
    expect(article.wordCount).toBeGreaterThan(20);
    expect(article.summary.length).toBeGreaterThan(0);
    for (const sentence of article.summary) {
      expect(article.blocks.find((b) => b.id === sentence.blockId)!.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      // A sentence, not a whole paragraph run together.
      expect(sentence.text.length).toBeLessThan(80);
    }
    await expectPageStillWorks(page);
  });

  it('invalid UTF-8 bytes become replacement characters, not a failure', async () => {
    const { page, response } = await read('invalid-utf8');
    const { article } = expectArticle(response);
    expect(article.title).toBe(ACCENTED.title);
    expect(article.text).toContain('\uFFFD');
    expect(article.text).toContain('Søren Ødegård');
    await expectPageStillWorks(page);
  });

  it('UTF-8 declared as windows-1252 reads as mojibake, but reads', async () => {
    const { page, response } = await read('wrong-charset');
    const { article } = expectArticle(response);
    expect(article.title).toBe('CafÃ© owners in TromsÃ¸ welcome the â€œnight ferryâ€\u009d plan');
    expect(article.text).toContain('SÃ¸ren Ã˜degÃ¥rd');
    await expectPageStillWorks(page);
  });

  // Last: a hung page's renderer stays stuck until its tab is closed.
  it('a hung page gets “not responding” in the popup within a bound, and Lede still reads other tabs', async () => {
    const hung = await lede.openPage('hostile/hung');
    const tabId = await lede.tabIdOf(hung);
    await hung.waitForTimeout(200);
    try {
      const started = Date.now();
      const popup = await lede.context.newPage();
      await popup.goto(`chrome-extension://${lede.extensionId}/popup.html?tab=${tabId}`);
      await expect.poll(() => popup.locator('h1').textContent(), { timeout: HUNG_PAGE_BOUND_MS }).toBe('This page is not responding');
      expect(Date.now() - started).toBeLessThan(HUNG_PAGE_BOUND_MS);
      expect(await popup.locator('.status-message p').textContent()).toMatch(/reload the page/i);
      await popup.close();

      const { response } = await read('after-hung');
      expect(expectArticle(response).article.title).toBe(HARBOUR.title);
    } finally {
      // Through the browser: the hung renderer would not answer Playwright's own close.
      await (await lede.worker()).evaluate((id) => chrome.tabs.remove(id), tabId);
    }
  });
});
