import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedRequest } from './fixture-server';
import { launchLede, type LedeBrowser } from './lede-browser';
import { openReader } from './reader-page';
import { COOKIE, imagesShown, serveImageArticle } from './reader-images-fixture';

/**
 * The reader view shows the article's images, as the page displayed them, and loads nothing
 * else. Proved from the server's side: it records every request, and the page first sets a
 * cookie for its origin, so an image request that carried cookies would show it.
 */
describe('reader view images (real Chromium, built extension)', () => {
  let lede: LedeBrowser;
  beforeAll(async () => {
    lede = await launchLede();
    await serveImageArticle(lede);
  });
  afterAll(async () => {
    await lede?.close();
  });

  /** The article page, loaded, with the path of the lead photo the browser chose from its srcset. */
  async function openArticle(): Promise<{ page: Page; lead: string }> {
    const page = await lede.openPage('pages/reader-images.html');
    const lead = await page.locator('img[srcset]').evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    return { page, lead };
  }

  async function savedHtml(reader: Page): Promise<string> {
    const [download] = await Promise.all([reader.waitForEvent('download'), reader.getByRole('link', { name: 'Save as HTML' }).click()]);
    return readFile((await download.path())!, 'utf8');
  }

  const since = (mark: number): RecordedRequest[] => lede.server.requests.slice(mark);
  const imagesLoaded = imagesShown;

  it('shows the images the page displayed, with their captions, and asks the server for exactly those, without Referer or Cookie', async () => {
    const { page, lead } = await openArticle();
    // The page's own requests carry the cookie: it is there to be sent.
    expect(lede.server.requests.some((r) => r.path.startsWith('/media/') && String(r.headers.cookie).includes(COOKIE))).toBe(true);
    const mark = lede.server.requests.length;

    const reader = await openReader(lede, page);
    const content = reader.locator('.article-content');
    await imagesLoaded(reader);
    const requests = since(mark);
    expect(requests.map((r) => r.path).sort()).toEqual([lead, '/media/costs-chart.png', '/media/harbour-dawn.png'].sort());
    for (const request of requests) {
      expect(request.headers.referer, request.path).toBeUndefined();
      expect(request.headers.cookie, request.path).toBeUndefined();
    }

    const images = await content.locator('img').evaluateAll((imgs: HTMLImageElement[]) =>
      imgs.map((img) => ({
        // Shown from the fetched bytes; the link to full size keeps the address.
        source: img.src.split(':')[0],
        path: new URL(img.closest('a')!.href).pathname,
        alt: img.getAttribute('alt'),
        labelledBy: img.getAttribute('aria-labelledby') ? document.getElementById(img.getAttribute('aria-labelledby')!)?.textContent : null,
        caption: img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        loaded: img.naturalWidth > 0,
      })),
    );
    expect(images).toEqual([
      {
        source: 'blob',
        path: lead,
        alt: 'Engineers inspect a tunnel section in the dry dock',
        labelledBy: null,
        caption: 'The first of twelve sections was cast this spring. Photo: Ada Moreno',
        loaded: true,
      },
      {
        source: 'blob',
        path: '/media/costs-chart.png',
        alt: 'Bar chart: sections 520 million pounds, approach roads 260 million, other works 120 million',
        labelledBy: null,
        caption: 'Where the 900 million pounds goes. Source: Northport transport department',
        loaded: true,
      },
      {
        // No alt: the caption names it; nothing is made up.
        source: 'blob',
        path: '/media/harbour-dawn.png',
        alt: null,
        labelledBy: 'The harbour at dawn, where the tunnel will run beneath the ferry lanes.',
        caption: 'The harbour at dawn, where the tunnel will run beneath the ferry lanes.',
        loaded: true,
      },
    ]);
    // The accessible names, as assistive technology gets them.
    expect(await content.getByRole('img', { name: 'The harbour at dawn, where the tunnel will run beneath the ferry lanes.' }).count()).toBe(1);
    // Each opens at full size, without the reader's address.
    const full = content.getByRole('link', { name: 'Open the image at full size: Engineers inspect a tunnel section in the dry dock' });
    expect(await full.count()).toBe(1);
    expect(await full.getAttribute('href')).toBe(lede.server.url(lead));
    expect(await full.getAttribute('rel')).toBe('noopener noreferrer');

    // Images scale to the column and never overflow it.
    const widths = await reader.evaluate(() => ({
      column: document.querySelector('.article-content')!.getBoundingClientRect().width,
      images: [...document.querySelectorAll('.article-content img')].map((img) => img.getBoundingClientRect().width),
    }));
    for (const width of widths.images) expect(width).toBeLessThanOrEqual(widths.column + 0.5);
    await reader.setViewportSize({ width: 320, height: 700 });
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const box of await content.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getBoundingClientRect().right)))
      expect(box).toBeLessThanOrEqual(320);

    // The video is a labelled link back to its place in the page, never an embed.
    expect(await reader.locator('iframe, video, audio, embed, object').count()).toBe(0);
    const video = content.getByRole('link', { name: 'Video: Flythrough of the finished tunnel — open in the page' });
    expect(await video.getAttribute('href')).toBe(page.url());
    // Tables keep their header cells and caption; preformatted text its lines.
    expect(await content.locator('table caption').textContent()).toBe('Tunnel sections by year');
    expect(await content.locator('th').count()).toBe(4);
    expect(await content.locator('th[scope="col"]').count()).toBe(2);
    const pre = await content.locator('pre').evaluate((el) => ({ text: el.textContent, lines: getComputedStyle(el).whiteSpace }));
    expect(pre.text!.split('\n')).toHaveLength(3);
    expect(pre.lines).toBe('pre-wrap');

    // The pixel was left out; nothing else was asked for meanwhile.
    expect(await content.locator('img[src*="pixel"]').count()).toBe(0);
    expect(since(mark)).toHaveLength(3);

    // Following the video's link goes to the video in the article's tab.
    await video.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector('iframe')?.title ?? null)).toBe('Flythrough of the finished tunnel');
    expect(since(mark)).toHaveLength(3);
  });

  it('asks for no image but those the article lists: the page’s own policy names them alone', async () => {
    const { page } = await openArticle();
    const reader = await openReader(lede, page);
    await imagesLoaded(reader);
    const mark = lede.server.requests.length;
    const listed = await reader.locator('.article-content a:has(img)').last().getAttribute('href');
    const results = await reader.evaluate(
      async ({ other, listed }) => {
        const image = (src: string) =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = src;
            document.body.append(img);
          });
        const fetched = (url: string, credentials: RequestCredentials) =>
          fetch(url, { credentials }).then(
            () => 'fetched',
            () => 'blocked',
          );
        return {
          // No element may load a remote image, not even one of the article's.
          listedImage: await image(listed),
          otherImage: await image(other),
          otherFetch: await fetched(other, 'omit'),
          // The same image fetched with credentials does carry the cookie: the reader's own
          // requests go without it because they omit it, not because there is none to send.
          probe: await fetched(`${listed}?with-credentials`, 'include'),
        };
      },
      { other: lede.server.url('media/not-in-the-article.png'), listed: listed! },
    );
    expect(results).toEqual({ listedImage: 'blocked', otherImage: 'blocked', otherFetch: 'blocked', probe: 'fetched' });
    const seen = since(mark);
    expect(seen.map((r) => r.path)).toEqual(['/media/harbour-dawn.png?with-credentials']);
    expect(String(seen[0]!.headers.cookie)).toContain(COOKIE);
  });

  it('with “text only” shows the descriptions and asks the server for nothing at all', async () => {
    const { page } = await openArticle();
    const reader = await openReader(lede, page);
    await imagesLoaded(reader);
    await reader.getByRole('button', { name: 'Display' }).click();
    await reader.getByRole('radio', { name: 'Text only' }).check();
    await expect.poll(() => reader.locator('.article-content img').count()).toBe(0);
    await expect
      .poll(() => reader.evaluate(() => chrome.storage.sync.get('settings').then((s) => (s.settings as { reader?: { images?: string } })?.reader?.images)))
      .toBe('text');

    const mark = lede.server.requests.length;
    const second = await openReader(lede, page);
    const content = second.locator('.article-content');
    await content.locator('p').first().waitFor();
    expect(await content.locator('img').count()).toBe(0);
    expect(await content.locator('.lede-image').allTextContents()).toEqual([
      'Image: Engineers inspect a tunnel section in the dry dock',
      'Image: Bar chart: sections 520 million pounds, approach roads 260 million, other works 120 million',
      'Image without description',
    ]);
    const saved = await savedHtml(second);
    expect(saved).not.toMatch(/<img/i);
    expect(saved).toContain('Image: Engineers inspect a tunnel section in the dry dock');
    expect(since(mark)).toEqual([]);

    await second.getByRole('button', { name: 'Display' }).click();
    await second.getByRole('radio', { name: 'Show the article’s images' }).check();
    await imagesLoaded(second);
  });

  it('saves the shown images into the HTML file as data URLs, and prints them', async () => {
    const { page } = await openArticle();
    const reader = await openReader(lede, page);
    await imagesLoaded(reader);
    const mark = lede.server.requests.length;
    // The saved file is remade once the shown images are read: wait for it to hold them.
    let saved = '';
    await expect
      .poll(async () => {
        saved = await savedHtml(reader);
        return saved.match(/<img /g)?.length ?? 0;
      })
      .toBe(3);
    const sources = [...saved.matchAll(/<img [^>]*src="([^"]*)"/g)].map((m) => m[1]!);
    expect(sources).toHaveLength(3);
    for (const src of sources) expect(src).toMatch(/^data:image\/png;base64,/);
    expect(saved).not.toMatch(/(src|srcset)="https?:/);
    expect(saved).toContain(`content="default-src 'none'; img-src data:`);
    expect(saved).toContain('Video: Flythrough of the finished tunnel — open in the page');
    // The saved file opens offline and loads nothing.
    const file = await lede.context.newPage();
    await file.setContent(saved);
    await file.waitForFunction(() => [...document.images].every((img) => img.complete));
    expect(await file.evaluate(() => [...document.images].filter((img) => img.naturalWidth > 0).length)).toBe(3);
    await file.close();

    await reader.emulateMedia({ media: 'print' });
    expect(await reader.locator('.article-content img').evaluateAll((imgs) => imgs.filter((i) => i.getBoundingClientRect().width > 0).length)).toBe(3);
    expect(since(mark)).toEqual([]);
  });
});
