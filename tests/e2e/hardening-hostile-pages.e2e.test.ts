/**
 * Pages that try to stop Lede rather than exploit it, in real Chromium with the built
 * extension: DOM clobbering (the browser's own named properties), a site name of tens of
 * thousands of characters, and an autofocused field ahead of the skip links. Each is read
 * correctly within a generous bound, and the page keeps working.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { HARBOUR, page as articlePage } from '../fixtures/hostile/article';
import { REPORTED_NAMES, clobberedPage, everyNameClobberedPage } from '../fixtures/hostile/clobbering';
import { askForArticle, expectArticle, expectPageStillWorks, hardenedLede, openRequester } from './hardening-helpers';
import type { LedeBrowser } from './lede-browser';
import { focused, readLikeAClick, waitForSkipLinks } from './skip-links-page';

/** Well under a second here; the bound catches a frozen tab (the popup gave up after 14 s). */
const BOUND_MS = 5_000;

describe('hardening: pages that try to stop Lede (real Chromium)', () => {
  const hardened = hardenedLede();
  let lede: LedeBrowser;
  let requester: Page;

  beforeAll(async () => {
    lede = hardened.lede;
    const route = (path: string, body: string) => lede.server.route(`/stopping/${path}`, { body });
    for (const name of REPORTED_NAMES) {
      route(`form-control-${name}`, clobberedPage([{ name, attr: 'name', on: 'form' }, { name, attr: 'id', on: 'form' }]));
    }
    route('document-names', clobberedPage(['body', 'title', 'URL', 'documentElement', 'querySelectorAll', 'createElement', 'defaultView', 'activeElement', 'contentType'].map((name) => ({ name, attr: 'name', on: 'document' }) as const)));
    route('every-name', everyNameClobberedPage());
    const huge = `Harbour Gazette ${'(['.repeat(30_000)}`;
    route('long-site-name', articlePage(HARBOUR, {
      head: `<meta property="og:site_name" content="${huge}"><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', publisher: { '@type': 'Organization', name: huge } })}</script>`,
    }));
    route('autofocus', articlePage(HARBOUR, { before: '<form role="search" action="/search"><label>Search <input name="q" autofocus></label><button>Go</button></form>' }));
    requester = await openRequester(lede);
  });

  async function read(path: string) {
    const page = await lede.openPage(`stopping/${path}`);
    const tabId = await lede.tabIdOf(page);
    const { response, ms } = await askForArticle(requester, tabId);
    expect(ms).toBeLessThan(BOUND_MS);
    return { page, response };
  }

  function expectHarbour(response: Awaited<ReturnType<typeof read>>['response']) {
    const { article } = expectArticle(response);
    expect(article.title).toBe(HARBOUR.title);
    for (const paragraph of HARBOUR.paragraphs) expect(article.text).toContain(paragraph);
    return article;
  }

  it.each(REPORTED_NAMES)('a form control named "%s" neither freezes the tab nor stops the reading', async (name) => {
    const { page, response } = await read(`form-control-${name}`);
    expectHarbour(response);
    await expectPageStillWorks(page);
  });

  it('images named like the document’s body, title, URL and methods do not redirect Lede', async () => {
    const { page, response } = await read('document-names');
    expect(await page.evaluate(() => String((document as unknown as { body: unknown }).body))).toMatch(/HTMLImageElement|HTMLCollection/);
    expect(expectHarbour(response).url).toBe(page.url());
    await expectPageStillWorks(page);
  });

  it('every Node, Element, HTMLElement, HTMLFormElement and Document property as a control name, id and image name at once, the article inside such a form', async () => {
    const { page, response } = await read('every-name');
    expect(await page.evaluate(() => (window as unknown as { clobberedNames: number }).clobberedNames)).toBeGreaterThan(400);
    expectHarbour(response);
    // Jumping into the article (through the clobbered form around it) still works.
    const tabId = await lede.tabIdOf(page);
    const { article } = expectArticle(response);
    const target = article.summary[0]!;
    const jumped = await requester.evaluate(
      ({ tabId, anchor }) => chrome.runtime.sendMessage({ type: 'lede/jump-to', tabId, anchor }),
      { tabId, anchor: { blockId: target.blockId, start: target.start, end: target.end } },
    );
    expect(jumped, JSON.stringify(jumped)).toEqual({ ok: true });
    // (The test's own reads go through the prototypes too: the page has clobbered them.)
    const focusedText = () =>
      page.evaluate(() => {
        const active = Object.getOwnPropertyDescriptor(Document.prototype, 'activeElement')!.get!.call(document) as Element | null;
        return active ? (Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!.get!.call(active) as string) : '';
      });
    await expect.poll(focusedText).toContain(target.text);
  });

  it('a site name of 60,000 characters: the article, its site name cut short, shown in the popup', async () => {
    const { page, response } = await read('long-site-name');
    const article = expectHarbour(response);
    expect(article.siteName!.length).toBeLessThanOrEqual(200);
    const popup = await lede.openExtensionPage('popup.html', page);
    await expect.poll(() => popup.locator('h1').textContent()).toBe(HARBOUR.title);
    await popup.close();
  });

  it('on a page that autofocuses a field, the first Tab reaches the skip links before the page', async () => {
    const page = await lede.openPage('stopping/autofocus');
    await readLikeAClick(lede, page);
    expect(await waitForSkipLinks(page)).toContain('Skip to article');
    expect(await focused(page)).toMatchObject({ lede: null, tag: 'input' });
    await page.keyboard.press('Tab');
    expect((await focused(page)).lede).toBe('Skip to article');
  });
});
