/**
 * Which images the reader view may load: only those the article model lists, the ones the
 * page displayed in the article, and only over http(s) (inline raster `data:` images need no
 * request). They are fetched (lib/reader/fetch-image.ts) and shown from `blob:` URLs. The
 * extension's CSP lets its pages connect to http(s) at all; the reader page narrows that to
 * these exact addresses with a policy of its own (`readerPolicy`), so even a bug could
 * load nothing else, and no element of the page may load a remote image by itself.
 */
import type { ArticleModel } from '../article-model';
import { imageUrl, isRemoteImageUrl } from '../extract/images';

/** The remote image URLs of the article's figures: the only ones the reader may show. */
export function articleImageUrls(article: Pick<ArticleModel, 'blocks'>): Set<string> {
  const urls = new Set<string>();
  for (const block of article.blocks) {
    // Checked again here: the model crossed a message boundary, and only http(s) raster images may load.
    const url = block.image ? imageUrl(block.image.src, null) : null;
    if (url && isRemoteImageUrl(url)) urls.add(url);
  }
  return urls;
}

/**
 * A CSP source expression for exactly one image: its scheme, host, port and path. The query
 * is left out (CSP never matches it); characters CSP reads as separators are escaped.
 */
export function imageSourceExpression(url: string): string {
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname.replace(/[;,\s]/g, (c) => encodeURIComponent(c))}`;
}

/**
 * The reader page's own policy: images only from the extension, inline data and the fetched
 * blobs; connections only to the article's images (none when it has none).
 */
export function readerPolicy(urls: Iterable<string>): string {
  const sources = [...new Set([...urls].map(imageSourceExpression))];
  return `img-src 'self' data: blob:; connect-src ${sources.length ? sources.join(' ') : "'none'"}`;
}
