/**
 * Node-side loading of HTML into a DOM for the CLI, evaluation scripts and tests. jsdom, not
 * happy-dom: Readability misbehaves under happy-dom (mozilla/readability#988). Bytes go in
 * undecoded so jsdom honours the page's declared charset (BOM, <meta charset>, header).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const CHARSET_SCAN_BYTES = 64 * 1024;

/**
 * The charset a page declares in its head. jsdom's own sniffing reads only the first 1024
 * bytes and otherwise assumes windows-1252; many real pages declare UTF-8 later than that
 * (or not at all), and decoding them as windows-1252 turns every curly quote into letters
 * that break words apart.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_SCAN_BYTES)).toString('latin1');
  const end = head.search(/<\/head\s*>|<body[\s>]/i);
  return META_CHARSET.exec(end >= 0 ? head.slice(0, end) : head)?.[1] ?? null;
}

/**
 * Bytes are decoded as a browser would: BOM, then the transport charset (in `contentType`),
 * then the charset declared anywhere in the head, then UTF-8.
 */
export function parseHtml(html: string | Uint8Array, url = 'https://example.invalid/', contentType = 'text/html'): Document {
  // `typeof`, not instanceof: under Vitest's jsdom environment Buffer and Uint8Array come
  // from different realms.
  const type = typeof html !== 'string' && !/charset=/i.test(contentType)
    ? `${contentType}; charset=${declaredCharset(html) ?? 'utf-8'}`
    : contentType;
  const dom = new JSDOM(typeof html === 'string' ? html : Buffer.from(html), {
    url,
    contentType: type,
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
