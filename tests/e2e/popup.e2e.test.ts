/**
 * The toolbar popup in real Chromium with the built extension: what it shows for an article
 * (checked against popup-library.html's known content and the model the background serves),
 * jump-to from the keyboard, the actions, every state it can be in, and axe-core on each.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../lib/article-model';
import type { ArticleResponse } from '../../lib/messages';
import { axeViolations } from './axe-audit';
import { launchLede, type LedeBrowser } from './lede-browser';

const ARTICLE = 'pages/popup-library.html';
const TITLE = 'City library reopens after three-year rebuild';
const FIRST_SENTENCE =
  'The central library will reopen on Saturday after a three-year rebuild that doubled its reading space and added a floor for children, the city council said on Thursday.';
const ARCHIVE_QUOTE = 'Every page we saved is a page of somebody’s family history';

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

describe('popup (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
  });
  afterEach(async () => {
    for (const page of lede.context.pages()) await page.close();
  });
  afterAll(async () => {
    await lede?.close();
  });

  /** The model the background serves for the tab: what the popup must show. */
  async function modelFor(popup: Page, tabId: number): Promise<ArticleModel> {
    const response = (await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'lede/get-article', tabId: id }), tabId)) as ArticleResponse;
    if (response.kind !== 'article') throw new Error(`no article: ${response.kind}`);
    return response.article;
  }

  // Tabs are told apart by URL (tabIdOf), so each test reads the fixture at an address of its own.
  let visit = 0;
  const articlePath = () => `${ARTICLE}?visit=${++visit}`;

  async function openArticleAndPopup(): Promise<{ article: Page; popup: Page; tabId: number }> {
    const article = await lede.openPage(articlePath());
    const tabId = await lede.tabIdOf(article);
    const popup = await lede.openExtensionPage('popup.html', article);
    await popup.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    return { article, popup, tabId };
  }

  /** A tab Lede may not read: found by the id that appears, since its URL is hidden from us. */
  async function openUnreadableTab(url: string): Promise<number> {
    const worker = await lede.worker();
    const ids = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));
    const before = new Set(await ids());
    const page = await lede.context.newPage();
    // A PDF may start a download instead of a navigation; the tab stays either way.
    await page.goto(url).catch(() => undefined);
    const added = (await ids()).filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    return added[0]!;
  }

  async function popupForTab(tabId: number | string): Promise<Page> {
    const popup = await lede.context.newPage();
    await popup.goto(`chrome-extension://${lede.extensionId}/popup.html?tab=${tabId}`);
    return popup;
  }

  it('shows the title, the facts line, the summary and the key quotes, summary first', async () => {
    const { popup, tabId } = await openArticleAndPopup();
    const model = await modelFor(popup, tabId);

    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await popup.locator('h1').getAttribute('lang')).toBe('en');
    const meta = await popup.locator('.article-meta').textContent();
    for (const fact of ['The Northport Ledger', 'Jonas Berg', 'English']) expect(meta).toContain(fact);
    expect(meta).toMatch(/\d+ min read/);
    expect(await popup.locator('time').getAttribute('datetime')).toBe('2026-05-02T07:15:00.000Z');

    const summary = popup.getByRole('region', { name: 'Summary' });
    const sentences = await summary.getByRole('button').allTextContents();
    expect(sentences[0]).toBe(FIRST_SENTENCE);
    expect(sentences).toEqual(model.summary.map((s) => s.text));

    const quotes = popup.getByRole('region', { name: 'Key quotes' });
    const keyQuotes = model.quotes.filter((q) => q.key);
    expect(keyQuotes.length).toBeGreaterThan(0);
    const shown = await quotes.getByRole('button').evaluateAll((buttons) =>
      buttons.map((b) => [b.querySelector('q')!.textContent, b.querySelector('.quote-speaker')!.textContent]),
    );
    expect(shown).toEqual(keyQuotes.map((q) => [q.text, q.speaker ?? 'Unattributed']));
    const archive = quotes.getByRole('button', { name: new RegExp(ARCHIVE_QUOTE) });
    await expect.poll(() => archive.textContent()).toContain('Aino Virtanen');

    expect(await popup.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Summary', 'Key quotes']);
    // Screen-reader order: the concise header, then the summary region before anything else.
    const tree = await popup.locator('main').ariaSnapshot();
    const order = [`heading "${TITLE}" [level=1]`, 'region "Summary"', 'region "Key quotes"', 'region "More actions"'].map((s) => tree.indexOf(s));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);

    await expectNoAxeViolations(popup);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await popup.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(28, 27, 31)');
    await expectNoAxeViolations(popup);
  });

  it('shows a cached summary without flashing “Reading the page…”', async () => {
    const { article } = await openArticleAndPopup();
    // Opened again: now the background answers from its cache.
    const popup = await lede.context.newPage();
    await popup.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('.live-status')?.textContent) (window as { loadingSeen?: boolean }).loadingSeen = true;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await popup.goto(`chrome-extension://${lede.extensionId}/popup.html?tab=${await lede.tabIdOf(article)}`);
    await popup.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.evaluate(() => (window as { loadingSeen?: boolean }).loadingSeen ?? false)).toBe(false);
  });

  it('moves to a key quote from the keyboard: scrolled into view, highlighted and focused', async () => {
    const { article, popup } = await openArticleAndPopup();
    expect(await article.evaluate(() => window.scrollY)).toBe(0);
    const quote = popup.getByRole('region', { name: 'Key quotes' }).getByRole('button', { name: new RegExp(ARCHIVE_QUOTE) });
    await quote.focus();
    await popup.keyboard.press('Enter');

    await expect
      .poll(() =>
        article.evaluate((text) => {
          const focused = document.activeElement;
          const rect = focused?.getBoundingClientRect();
          return {
            focused: focused !== document.body && (focused?.textContent?.includes(text) ?? false),
            scrolled: window.scrollY > 0,
            inView: !!rect && rect.top >= 0 && rect.bottom <= window.innerHeight,
            highlighted: !!focused?.hasAttribute('data-lede-target') || CSS.highlights.has('lede-target'),
          };
        }, ARCHIVE_QUOTE),
      )
      .toEqual({ focused: true, scrolled: true, inView: true, highlighted: true });
    // Opened as a tab (?tab=), the popup stays open after the jump.
    expect(popup.isClosed()).toBe(false);
  });

  it('moves to a summary sentence with Space, after Tab reaches it first', async () => {
    const { article, popup } = await openArticleAndPopup();
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: `${style.outlineStyle} ${style.outlineWidth}` };
    });
    expect(focused).toEqual({ text: FIRST_SENTENCE, outline: 'solid 3px' });
    await popup.keyboard.press('Space');
    await expect
      .poll(() =>
        article.evaluate((text) => {
          const focused = document.activeElement;
          return focused !== document.body && (focused?.textContent?.includes(text) ?? false);
        }, FIRST_SENTENCE.slice(0, 40)),
      )
      .toBe(true);
  });

  it('“Jump to article” focuses the headline', async () => {
    const { article, popup } = await openArticleAndPopup();
    await popup.getByRole('button', { name: 'Jump to article' }).click();
    await expect.poll(() => article.evaluate(() => document.activeElement?.tagName + ' ' + document.activeElement?.textContent)).toBe(`H1 ${TITLE}`);
  });

  it('copies the title, address, summary and key quotes as plain text, and says so', async () => {
    const { article, popup, tabId } = await openArticleAndPopup();
    const model = await modelFor(popup, tabId);
    await popup.getByRole('button', { name: 'Copy summary and quotes' }).click();
    await expect.poll(() => popup.locator('.live-status[role="status"]').textContent()).toBe('Copied the summary and quotes.');
    // Chromium grants no clipboard permission to an extension origin from outside: read the
    // system clipboard back from the fixture page instead.
    await lede.context.grantPermissions(['clipboard-read'], { origin: lede.server.origin });
    await article.bringToFront();
    const text = await article.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith(`${TITLE}\n${article.url()}\n\nSummary\n- ${FIRST_SENTENCE}\n`)).toBe(true);
    expect(text).toContain('\n\nKey quotes\n- “');
    expect(text).toContain(`\n- “${ARCHIVE_QUOTE}” — Aino Virtanen\n`);
    expect(text.match(/^- /gm)).toHaveLength(model.summary.length + model.quotes.filter((q) => q.key).length);
    await expectNoAxeViolations(popup);
  });

  it('“Open reader view” opens reader.html for the same tab', async () => {
    const { popup, tabId } = await openArticleAndPopup();
    await popup.getByRole('button', { name: 'Open reader view' }).click();
    const reader = `chrome-extension://${lede.extensionId}/reader.html?tab=${tabId}`;
    const worker = await lede.worker();
    await expect
      .poll(() => worker.evaluate(async (url) => (await chrome.tabs.query({})).some((t) => (t.pendingUrl ?? t.url) === url), reader))
      .toBe(true);
  });

  it('says when a single-page site changed the page, and reads it again', async () => {
    const { article, popup } = await openArticleAndPopup();
    await article.evaluate(() => history.pushState({}, '', '/pages/another-story'));
    const heading = popup.getByRole('heading', { level: 1, name: 'This page has changed' });
    await heading.waitFor();
    await expectNoAxeViolations(popup);

    await popup.getByRole('button', { name: 'Read again' }).focus();
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    // The button that had focus is gone: focus lands on the new state's heading, not on <body>.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('says when there is no article, with a way to try again', async () => {
    const page = await lede.openPage('pages/popup-no-article.html');
    const popup = await lede.openExtensionPage('popup.html', page);
    await popup.getByRole('heading', { level: 1, name: 'No article on this page' }).waitFor();
    await expect.poll(() => popup.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await expectNoAxeViolations(popup);
  });

  it('explains a browser page it may not read', async () => {
    const popup = await popupForTab(await openUnreadableTab('chrome://version'));
    await popup.getByRole('heading', { level: 1, name: 'Lede cannot read this page' }).waitFor();
    expect(await popup.locator('.status-message p').textContent()).toContain('This is a browser page.');
    await expectNoAxeViolations(popup);
  });

  it('explains a PDF', async () => {
    lede.server.route('/popup-report.pdf', {
      body: '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n',
      headers: { 'content-type': 'application/pdf' },
    });
    const popup = await popupForTab(await openUnreadableTab(lede.server.url('popup-report.pdf')));
    await popup.getByRole('heading', { level: 1, name: 'Lede cannot read this page' }).waitFor();
    expect(await popup.locator('.status-message p').textContent()).toContain('This is a PDF document.');
    await expectNoAxeViolations(popup);
  });

  it('shows an error with Try again when the tab is gone', async () => {
    const article = await lede.openPage(articlePath());
    const tabId = await lede.tabIdOf(article);
    await article.close();
    const popup = await popupForTab(tabId);
    await popup.getByRole('heading', { level: 1, name: 'Lede could not read this page' }).waitFor();
    await popup.getByRole('button', { name: 'Try again' }).click();
    // The same heading comes back; focus reaches it once the retry's answer has replaced the
    // button that had focus (the effect that moves it runs after that render).
    await expect.poll(() => popup.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await popup.locator('h1').textContent()).toBe('Lede could not read this page');
    await expectNoAxeViolations(popup);
  });

  it('says it is reading a page that takes long, and offers Try again when it never answers', async () => {
    // The page's own script hangs its renderer once loaded, so Lede's script never gets to run.
    lede.server.route('/popup-hung.html', {
      body: '<!doctype html><html lang="en"><title>Hung</title><p>Loading…</p><script>addEventListener("load", () => setTimeout(() => { for (;;); }, 50))</script></html>',
    });
    const page = await lede.openPage('popup-hung.html');
    const tabId = await lede.tabIdOf(page);
    await page.waitForTimeout(200);
    const popup = await popupForTab(tabId);
    await expect.poll(() => popup.locator('[role="status"]').textContent()).toBe('Reading the page…');
    expect(await popup.locator('[role="status"]').isVisible()).toBe(true);
    await expectNoAxeViolations(popup);
    await popup.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(popup);
  });

  it('says there is no tab to read when the address names none', async () => {
    const popup = await popupForTab('none');
    await popup.getByRole('heading', { level: 1, name: 'Lede could not read this page' }).waitFor();
    expect(await popup.locator('.status-message p').textContent()).toBe('There is no tab for Lede to read.');
    await expectNoAxeViolations(popup);
  });

  it('offers AI key points only when turned on and the built-in model is ready, and streams them', async () => {
    const article = await lede.openPage(articlePath());
    const tabId = await lede.tabIdOf(article);
    const plain = await popupForTab(tabId);
    await plain.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await plain.getByRole('button', { name: 'AI key points' }).count()).toBe(0);

    await (await lede.worker()).evaluate(() => chrome.storage.sync.set({ settings: { aiKeyPoints: true, summaryLength: 'short', neverRunOn: [] } }));
    const popup = await lede.context.newPage();
    // Headless Chromium has no on-device model: stand in for Chrome's Summarizer API.
    await popup.addInitScript(() => {
      (globalThis as { Summarizer?: unknown }).Summarizer = {
        availability: async () => 'available',
        create: async () => ({
          summarizeStreaming: () =>
            new ReadableStream<string>({
              start(controller) {
                controller.enqueue('- The library reopens on Saturday.\n');
                controller.enqueue('- It opens four hours longer on weekdays.');
                controller.close();
              },
            }),
          destroy() {},
        }),
      };
    });
    await popup.goto(`chrome-extension://${lede.extensionId}/popup.html?tab=${tabId}`);
    const button = popup.getByRole('button', { name: 'AI key points' });
    await button.focus();
    await popup.keyboard.press('Enter');
    const section = popup.getByRole('region', { name: 'AI key points' });
    await expect.poll(() => section.getByRole('listitem').allTextContents()).toEqual([
      'The library reopens on Saturday.',
      'It opens four hours longer on weekdays.',
    ]);
    await expect.poll(() => popup.locator('.live-status[role="status"]').textContent()).toBe('Key points ready.');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('ai-heading');
    await expectNoAxeViolations(popup);
  });
});
