/**
 * Node-side loading of HTML into a DOM for the CLI, evaluation scripts and tests. jsdom, not
 * happy-dom: Readability misbehaves under happy-dom (mozilla/readability#988). Bytes go in
 * undecoded so jsdom honours the page's declared charset (BOM, <meta charset>, header).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string | Uint8Array, url = 'https://example.invalid/', contentType = 'text/html'): Document {
  const dom = new JSDOM(html instanceof Uint8Array ? Buffer.from(html) : html, {
    url,
    contentType,
    // Page scripts never run and sub-resources never load; CSS parse noise stays quiet.
    virtualConsole: new VirtualConsole(),
  });
  return dom.window.document;
}

/** Reads a (possibly gzipped) HTML file as raw bytes. */
export async function readHtmlBytes(path: string): Promise<Uint8Array> {
  const bytes = await readFile(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

export async function loadHtmlFile(path: string, url?: string): Promise<Document> {
  return parseHtml(await readHtmlBytes(path), url ?? pathToFileURL(path).href);
}
