import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticleModel } from '../../lib/article-model';
import { FIXTURES_DIR, launchLede, type LedeBrowser } from './lede-browser';
import { openReader, recordExtensionRequests } from './reader-page';

/**
 * The reader view shows text from hostile pages. Whatever a page holds, nothing of it may run
 * in the reader, and the reader may ask nothing of the network, not even of the page's own
 * server (which would tell the site who reads what).
 */
describe('reader view with hostile content (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  let requests: string[];
  let hostile: string;
  beforeAll(async () => {
    lede = await launchLede();
    requests = recordExtensionRequests(lede.context);
    const template = await readFile(join(FIXTURES_DIR, 'pages/reader-hostile.html'), 'utf8');
    hostile = template.replaceAll('{{ORIGIN}}', lede.server.origin);
    lede.server.route('/pages/reader-hostile.html', { body: hostile });
    // A figure's image that is an SVG document under a raster name: the reader may ask for it
    // (the page displayed it in the article) but must never show it.
    lede.server.route('/exfil/disguised.png', {
      body: '<svg xmlns="http://www.w3.org/2000/svg" onload="parent.__pwned=\'disguised\'"><script>parent.__pwned = \'disguised-script\';</script></svg>',
      headers: { 'content-type': 'image/png', 'access-control-allow-origin': '*' },
    });
  });
  afterAll(async () => {
    await lede?.close();
  });

  /** What must hold in the reader page, whichever way the hostile HTML reached it. */
  async function expectNothingRan(reader: Page, title: string, allowedRequests: string[] = []): Promise<void> {
    // Give late payloads (onerror, onload, timers) their chance.
    await reader.waitForTimeout(500);
    const state = await reader.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      scripts: [...document.scripts].map((s) => s.src),
      embedded:
        document.querySelectorAll('iframe, frame, object, embed, video, audio, form, style, base, meta[http-equiv]:not([data-lede-images]), link:not([href^="/assets/"]):not([rel="modulepreload"])').length +
        document.querySelectorAll('.article-content :is(svg, math, input, button, select, textarea, picture, source)').length,
      handlers: [...document.querySelectorAll('.article-content *')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on') || ['style', 'srcset', 'ping', 'formaction', 'background'].includes(n)),
      hrefs: [...document.querySelectorAll('.article-content a[href]')].map((a) => a.getAttribute('href')!),
      images: [...document.querySelectorAll('.article-content img')].map((img) => img.getAttribute('src')),
      contentIds: document.querySelectorAll('.article-content [id]').length,
      policy: document.querySelector('meta[data-lede-images]')?.getAttribute('content') ?? null,
    }));
    expect(state.pwned).toBeNull();
    expect(state.title).toBe(`${title} – Lede reader view`);
    expect(state.scripts.every((src) => src.startsWith('chrome-extension://'))).toBe(true);
    expect(state.embedded).toBe(0);
    expect(state.handlers).toEqual([]);
    for (const href of state.hrefs) expect(href).toMatch(/^https?:\/\//);
    expect(state.images).toEqual([]);
    expect(state.contentIds).toBe(0);
    // The reader's own policy: no remote image element, connections only to the model's images.
    expect(state.policy).toMatch(/^img-src 'self' data: blob:; connect-src /);
    expect(state.policy!.split('connect-src ')[1]!.split(' ').sort()).toEqual(allowedRequests.length ? [...allowedRequests].sort() : ["'none'"]);
    // The page's "#controls" paragraph did not take over the reader's skip-link target.
    expect(await reader.locator('#controls').evaluate((el) => el.tagName)).toBe('ASIDE');
    expect(requests.filter((url) => !allowedRequests.includes(url))).toEqual([]);
  }

  it('shows a hostile page’s article readably, with nothing run and nothing loaded', async () => {
    const page = await lede.openPage('pages/reader-hostile.html');
    const reader = await openReader(lede, page);
    const content = reader.locator('.article-content');
    await content.locator('p').first().waitFor();
    const text = (await content.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('The city council voted on Tuesday to build a road tunnel under the harbour');
    expect(text).toContain('Image: The tunnel entrance Work on the approach roads starts next spring.');
    expect(text).toContain('Opponents argued that the money would be better spent on trams');
    expect(text).toContain('The council will hold public meetings in every ward');
    // The figures' SVG (inline or disguised), javascript: and srcset images show as their descriptions.
    expect(text).toContain('Image: Harbour map');
    expect(text).toContain('Image: The old swing bridge');
    await expect.poll(() => requests).toEqual([`${lede.server.origin}/exfil/disguised.png`]);
    await expectNothingRan(reader, 'Council backs the harbour tunnel', [`${lede.server.origin}/exfil/disguised.png`]);
  });

  it('neutralises raw hostile HTML even when extraction let it all through', async () => {
    requests.splice(0);
    // Readability already drops some payloads (scripts, forms); this model carries the page's
    // markup as it is, straight into the background's cache, to test the reader's own defences.
    const page = await lede.openPage('pages/reader-article.html');
    const tabId = await lede.tabIdOf(page);
    const body = hostile.slice(hostile.indexOf('<article>'), hostile.indexOf('</article>') + '</article>'.length);
    const article: ArticleModel = {
      title: 'Council backs the harbour tunnel',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      dir: 'ltr',
      wordCount: 300,
      readingMinutes: 2,
      excerpt: null,
      url: page.url(),
      text: 'The city council voted on Tuesday to build a road tunnel under the harbour.',
      blocks: [{ id: 'b0', kind: 'paragraph', text: 'The city council voted on Tuesday to build a road tunnel under the harbour.' }],
      contentHtml: `${body}<img src="x" onerror="window.__pwned='raw'"><a href="javascript:window.__pwned='raw-link'">x</a><base href="${lede.server.origin}/exfil/base/"><meta http-equiv="refresh" content="0;url=${lede.server.origin}/exfil/refresh"><link rel="prefetch" href="${lede.server.origin}/exfil/prefetch">`,
      summary: [],
      quotes: [],
    };
    await (await lede.worker()).evaluate(
      ([id, entry]) => chrome.storage.session.set({ [`article:${id}`]: entry }),
      [tabId, { url: page.url(), article }] as const,
    );
    const reader = await openReader(lede, page);
    const content = reader.locator('.article-content');
    await content.locator('p').first().waitFor();
    expect(await reader.locator('main h1').textContent()).toBe('Council backs the harbour tunnel');
    // The h1 inside the body repeated the title and is gone; the text is all there.
    expect(await content.locator('h1, h2').count()).toBe(0);
    const text = (await content.textContent())!.replace(/\s+/g, ' ');
    expect(text).toContain('Supporters said the tunnel would free the old town from heavy lorries. Read the council’s plan or the summary.');
    expect(text).toContain('Image: A map of the route The route runs from the ferry terminal');
    expect(text).not.toContain('reader@example.com');
    await expectNothingRan(reader, 'Council backs the harbour tunnel');
    // Clicking the neutralised javascript: link does nothing either.
    await content.getByText('Read the council’s plan').click();
    await expectNothingRan(reader, 'Council backs the harbour tunnel');
  });
});
