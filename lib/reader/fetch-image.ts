/**
 * Loading one of the article's images for the reader view: `fetch` with `credentials: 'omit'`
 * and `referrerPolicy: 'no-referrer'`, so the request carries no cookie and no Referer
 * whatever the browser's cookie rules or the extension's host access (an `<img>`, even with
 * `crossorigin="anonymous"`, sends the site's cookies where the extension has access to it).
 * Only raster images are kept, told by their bytes, not by what the server calls them: an SVG
 * (a document of its own) or anything else is refused.
 */

export type RasterType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif';

/** Larger than any article photo: a response this big is not one. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The raster format the bytes are in, by their signature, or null for anything else. */
export function rasterType(bytes: Uint8Array): RasterType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  // ISO-BMFF: "ftyp" then the brand.
  if (startsWith(bytes, ascii('ftyp'), 4) && (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8))) return 'image/avif';
  return null;
}

/** The image at `url` as a raster blob, or null when it cannot be had (refused, not an image, too large). */
export async function fetchArticleImage(url: string): Promise<Blob | null> {
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors', redirect: 'follow' });
    if (!response.ok) return null;
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_IMAGE_BYTES) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_IMAGE_BYTES) return null;
    const type = rasterType(bytes);
    return type ? new Blob([bytes], { type }) : null;
  } catch {
    // Refused by the server's CORS rules, the page's policy or the network.
    return null;
  }
}

/** A blob as a `data:` URL (for the saved file, which loads nothing). */
export function dataUrlOf(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
