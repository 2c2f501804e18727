/**
 * Dataset pages for the benchmark, served from the local fixture server the way the browser
 * would have them, but inert: a CSP lets only the benchmark's own scripts run and blocks
 * every fetch, and what CSP does not govern (meta refresh, resource hints, the page's own CSP
 * meta) is removed. With the browser's host resolver also pointed nowhere, nothing leaves
 * 127.0.0.1.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import { declaredCharset, readHtmlBytes } from '../node/html-document';

export interface DatasetPage {
  id: string;
  path: string;
  bytes: number;
}

/** `html/<id>.html.gz` (or `.html`) under `dir`, in id order; empty when there are none. */
export function datasetPages(dir: string): DatasetPage[] {
  const html = join(dir, 'html');
  let names: string[];
  try {
    names = readdirSync(html);
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.html(\.gz)?$/.test(n))
    .sort()
    .map((n) => ({ id: n.replace(/\.html(\.gz)?$/, ''), path: join(html, n), bytes: statSync(join(html, n)).size }));
}

/** Tags that would reach the network or navigate without asking CSP. */
const UNGOVERNED = [
  /<meta\b[^>]*http-equiv\s*=\s*["']?(?:refresh|content-security-policy)[^>]*>/gi,
  /<link\b[^>]*rel\s*=\s*["']?(?:dns-prefetch|preconnect|prefetch|prerender|preload|modulepreload)[^>]*>/gi,
];

export const BENCH_SCRIPTS = '/__bench/';

export function inertHeaders(origin: string, charset: string): Record<string, string> {
  return {
    'content-type': `text/html; charset=${charset}`,
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; script-src ${origin}${BENCH_SCRIPTS}`,
    'x-dns-prefetch-control': 'off',
    // Cross-origin isolation: performance.now() then ticks in 5 µs, not 100 µs, which is
    // most of a millisecond-long summary-and-quotes run otherwise.
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
}

/** Serves the page at `/page/<id>`; returns its URL. */
export async function servePage(server: FixtureServer, page: DatasetPage): Promise<string> {
  const bytes = await readHtmlBytes(page.path);
  const charset = declaredCharset(bytes) ?? 'utf-8';
  // Latin-1 round-trips every byte, so the page's own encoding is left untouched.
  let html = Buffer.from(bytes).toString('latin1');
  for (const pattern of UNGOVERNED) html = html.replace(pattern, '');
  const path = `/page/${encodeURIComponent(page.id)}`;
  server.route(path, { body: Buffer.from(html, 'latin1'), headers: inertHeaders(server.origin, charset) });
  return server.url(path);
}
