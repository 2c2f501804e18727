/**
 * The news page with pictures (tests/fixtures/pages/reader-images.html) and its images,
 * served as an image CDN would: a lead photo in two sizes (srcset), a lazy-loaded chart, a
 * photo without alt, a tracking pixel. The page sets a cookie for its origin first, so a
 * request that carried cookies would show it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { FIXTURES_DIR, type LedeBrowser } from './lede-browser';

export const COOKIE = 'ledger_session=reader-42';

/** A real raster image of the given size, so the browser decodes and lays it out. */
function png(width: number, height: number, colour: string): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${colour}"/><circle cx="${width / 2}" cy="${height / 2}" r="${height / 4}" fill="#fff"/></svg>`;
  return new Resvg(svg).render().asPng();
}

const GIF_PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function serveImageArticle(lede: LedeBrowser): Promise<void> {
  const html = await readFile(join(FIXTURES_DIR, 'pages/reader-images.html'), 'utf8');
  lede.server.route('/pages/reader-images.html', { body: html, headers: { 'set-cookie': `${COOKIE}; Path=/; SameSite=Lax` } });
  const image = (body: Uint8Array, type = 'image/png') => ({
    body,
    // As image CDNs serve them: readable by anyone, and never from a shared cache here, so
    // every load the reader makes reaches the server.
    headers: { 'content-type': type, 'access-control-allow-origin': '*', 'cache-control': 'no-store' },
  });
  lede.server.route('/media/tunnel-640.png', image(png(640, 360, '#1b4f72')));
  lede.server.route('/media/tunnel-1280.png', image(png(1280, 720, '#1b4f72')));
  lede.server.route('/media/costs-chart.png', image(png(800, 500, '#7d3c98')));
  lede.server.route('/media/harbour-dawn.png', image(png(900, 600, '#b9770e')));
  lede.server.route('/media/pixel.gif', image(GIF_PIXEL, 'image/gif'));
  lede.server.route('/media/not-in-the-article.png', image(png(100, 100, '#000')));
}

/** Resolves once the reader shows the article's three images, decoded. */
export async function imagesShown(reader: Page): Promise<void> {
  await reader.waitForFunction(() => {
    const images = [...document.querySelectorAll<HTMLImageElement>('.article-content img')];
    return images.length === 3 && images.every((img) => img.complete && img.naturalWidth > 0);
  });
}
