/**
 * The article's images as the page showed them. Pages rarely say plainly which picture they
 * show: a responsive image picks one of several sizes (`srcset`, `<picture>`), a lazy one
 * keeps its address in `data-src` or `data-srcset` behind a one-pixel placeholder until it is
 * scrolled to. So each image of the cleaned article is read from its twin in the live page
 * (what the browser chose, `currentSrc`), else from the page's own markup, and carries one
 * absolute URL in `src`; the other addresses are dropped. Decorative images (marked so, or
 * tracking pixels, spacers and icons by their size) are left out of the article.
 * Pure DOM code: in the CLI and in tests there is no live page, only the markup.
 */
import { listed } from './node-lists';
import { SOURCE_ATTR } from './source-map';
import { visibleText } from './visible-text';

/** An image this small in both directions is an icon or a bullet, not a picture of the story. */
const ICON_MAX_PX = 32;
/** At most this size: a tracking pixel or a spacer. */
const PIXEL_MAX_PX = 2;
/**
 * A `srcset` candidate for an image the page has not shown yet: the smallest at least this
 * wide (a reading column at twice the pixel density), else the widest there is.
 */
const WANTED_WIDTH = 1400;

/** Raster images only: an SVG document is a program of its own, and is never loaded or kept. */
const RASTER_DATA_URL = /^data:image\/(?:png|gif|jpeg|webp|avif);base64,[a-z0-9+/=\s]+$/i;
const VECTOR_PATH = /\.svgz?$/i;
const RASTER_TYPES = /^image\/(?:png|gif|jpeg|webp|avif|apng|bmp)$/i;

/** Attributes lazy-loading scripts keep the real address in, most specific first. */
const LAZY_SRCSET = /^data-(?:lazy-)?srcset$|^data-[\w-]*srcset$/i;
const LAZY_SRC = /^data-(?:lazy-?src|src|original|hi-?res-?src|full-?src|orig-?src|original-src|url|img|image)$/i;
/** A lazy attribute's value that is an address, not a flag ("true") or a size. */
const LOOKS_LIKE_ADDRESS = /[/.]/;
/** Every attribute that names another version of the image: dropped once `src` is decided. */
const OTHER_SOURCES = /^(?:srcset|sizes|lowsrc|data-[\w-]*(?:src|srcset|original|lazy|url|img|image|sizes)[\w-]*)$/i;

/**
 * An image URL Lede may keep: http(s) to anything but an SVG file, or an inline raster
 * `data:` image. Returns the absolute form, or null.
 */
export function imageUrl(value: string | null | undefined, baseUrl: string | null): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  if (/^data:/i.test(raw)) return RASTER_DATA_URL.test(raw) ? raw : null;
  let url: URL;
  try {
    url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return VECTOR_PATH.test(url.pathname) ? null : url.href;
}

/** Whether a URL is a remote (http or https) one: the only kind that costs a request. */
export function isRemoteImageUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

interface Candidate {
  url: string;
  width: number | null;
  density: number | null;
}

/**
 * The candidates of a `srcset`, parsed as the HTML standard does: a URL runs to white space
 * (commas inside it, as image CDNs write them, belong to it), its descriptors to a comma.
 */
export function parseSrcset(srcset: string): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    if (i >= srcset.length) break;
    let end = i;
    while (end < srcset.length && !/\s/.test(srcset[end]!)) end++;
    let url = srcset.slice(i, end);
    i = end;
    let descriptors = '';
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      const comma = srcset.indexOf(',', i);
      descriptors = srcset.slice(i, comma === -1 ? undefined : comma);
      i = comma === -1 ? srcset.length : comma + 1;
    }
    const width = /(?:^|\s)(\d+)w(?:\s|$)/.exec(descriptors);
    const density = /(?:^|\s)(\d*\.?\d+)x(?:\s|$)/.exec(descriptors);
    if (url) out.push({ url, width: width ? Number(width[1]) : null, density: density ? Number(density[1]) : null });
  }
  return out;
}

/** The candidate a reader view would pick from a `srcset` the page has not used yet. */
function pickCandidate(candidates: Candidate[], baseUrl: string | null): string | null {
  const usable = candidates.filter((c) => imageUrl(c.url, baseUrl));
  if (!usable.length) return null;
  const widths = usable.filter((c) => c.width !== null).sort((a, b) => a.width! - b.width!);
  if (widths.length) return imageUrl((widths.find((c) => c.width! >= WANTED_WIDTH) ?? widths.at(-1)!).url, baseUrl);
  // Densities: the 1x image (or the one closest above it); no descriptor means 1x.
  const byDensity = usable.sort((a, b) => (a.density ?? 1) - (b.density ?? 1));
  return imageUrl((byDensity.find((c) => (c.density ?? 1) >= 1) ?? byDensity.at(-1)!).url, baseUrl);
}

function fromSrcset(value: string | null, baseUrl: string | null): string | null {
  return value ? pickCandidate(parseSrcset(value), baseUrl) : null;
}

/** The `<source>` a `<picture>` offers first that a browser could show here. */
function pictureSource(img: Element, baseUrl: string | null): string | null {
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  if (!picture) return null;
  const view = img.ownerDocument.defaultView;
  for (const source of listed(picture.children)) {
    if (source.tagName !== 'SOURCE') continue;
    const type = source.getAttribute('type');
    if (type && !RASTER_TYPES.test(type.trim())) continue;
    const media = source.getAttribute('media');
    if (media && !(view?.matchMedia?.(media).matches ?? false)) continue;
    const url = fromSrcset(lazyAttribute(source, LAZY_SRCSET) ?? source.getAttribute('srcset'), baseUrl);
    if (url) return url;
  }
  return null;
}

function lazyAttribute(el: Element, pattern: RegExp): string | null {
  for (const attr of listed(el.attributes)) if (pattern.test(attr.name) && LOOKS_LIKE_ADDRESS.test(attr.value)) return attr.value;
  return null;
}

/** Whether the live image has finished loading a real picture (not a placeholder or nothing). */
function showsPicture(img: HTMLImageElement): boolean {
  return img.complete && img.naturalWidth > PIXEL_MAX_PX && img.naturalHeight > PIXEL_MAX_PX;
}

/**
 * The URL of the picture the page displays (or, for a lazy one, will display): what the
 * browser chose, then the lazy-loading attributes, the `<picture>` sources, `srcset` and `src`.
 */
export function displayedImageUrl(img: Element, baseUrl: string | null): string | null {
  const current = (img as HTMLImageElement).currentSrc;
  const shown = typeof current === 'string' ? imageUrl(current, baseUrl) : null;
  if (shown && isRemoteImageUrl(shown) && showsPicture(img as HTMLImageElement)) return shown;
  const lazy = lazyAttribute(img, LAZY_SRCSET) ?? lazyAttribute(img, LAZY_SRC);
  const src = imageUrl(img.getAttribute('src'), baseUrl);
  return (
    fromSrcset(lazyAttribute(img, LAZY_SRCSET), baseUrl) ??
    imageUrl(lazyAttribute(img, LAZY_SRC), baseUrl) ??
    pictureSource(img, baseUrl) ??
    (shown && isRemoteImageUrl(shown) ? shown : null) ??
    fromSrcset(img.getAttribute('srcset'), baseUrl) ??
    // Beside a lazy address, an inline `src` is the placeholder that stands in for it.
    (src && (isRemoteImageUrl(src) || !lazy) ? src : null)
  );
}

function declaredSize(img: Element, name: 'width' | 'height'): number | null {
  const value = img.getAttribute(name);
  return value && /^\s*\d+(\.\d+)?\s*(px)?\s*$/.test(value) ? parseFloat(value) : null;
}

/** Whether the image's figure has a caption, which names an image without a description. */
export function captionOf(img: Element): Element | null {
  return img.closest('figure')?.querySelector('figcaption') ?? null;
}

/**
 * Decorative: marked so (an empty alt with no caption to name it, `role="presentation"`,
 * `aria-hidden`), or by its size a tracking pixel, a spacer or an icon. The size is the one
 * the page declares, else the one the live page lays it out at.
 */
export function isDecorativeImage(img: Element, live: Element | null): boolean {
  const alt = img.getAttribute('alt');
  const caption = captionOf(img);
  const captioned = !!caption && !!visibleText(caption);
  if (alt !== null && !alt.trim() && !captioned) return true;
  const marked = live ?? img;
  if (/^(?:presentation|none)$/.test(marked.getAttribute('role') ?? '') || marked.getAttribute('aria-hidden') === 'true') return true;
  const width = declaredSize(marked, 'width');
  const height = declaredSize(marked, 'height');
  if ((width !== null && width <= PIXEL_MAX_PX) || (height !== null && height <= PIXEL_MAX_PX)) return true;
  if (width !== null && height !== null) return width <= ICON_MAX_PX && height <= ICON_MAX_PX;
  if (!live || lazyAttribute(live, LAZY_SRC) || lazyAttribute(live, LAZY_SRCSET)) return false;
  const image = live as HTMLImageElement;
  // Only a loaded picture has a size of its own: a broken or pending one is drawn as an icon.
  if (!image.complete || !(image.naturalWidth > 0)) return false;
  // A loaded picture one pixel square, with no other address to load: a tracking pixel.
  if (image.naturalWidth <= PIXEL_MAX_PX && image.naturalHeight <= PIXEL_MAX_PX) return true;
  const box = typeof live.getBoundingClientRect === 'function' ? live.getBoundingClientRect() : null;
  return !!box && box.width > 0 && box.height > 0 && box.width <= ICON_MAX_PX && box.height <= ICON_MAX_PX;
}

/** The live image a clone image was copied from, when the page is live and the twin is an image. */
function liveImageOf(img: Element, liveElements: readonly Element[]): Element | null {
  const index = img.getAttribute(SOURCE_ATTR);
  const live = index === null ? null : liveElements[Number(index)];
  return live?.tagName === 'IMG' ? live : null;
}

/**
 * Gives each image of the cleaned article the one URL the page displayed (`src`, absolute),
 * drops its other addresses, and removes decorative images. `liveElements` maps the clone's
 * source marks to the live page (empty when there is none).
 */
export function resolveArticleImages(root: Element, liveElements: readonly Element[], baseUrl: string | null): void {
  for (const img of listed(root.querySelectorAll('img'))) {
    const live = liveImageOf(img, liveElements);
    const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
    if (isDecorativeImage(img, live)) {
      (picture ?? img).remove();
      continue;
    }
    const url = displayedImageUrl(live ?? img, baseUrl) ?? (live ? displayedImageUrl(img, baseUrl) : null);
    for (const attr of listed(img.attributes)) if (OTHER_SOURCES.test(attr.name)) img.removeAttribute(attr.name);
    if (url) img.setAttribute('src', url);
    else img.removeAttribute('src');
    if (picture) {
      for (const source of listed(picture.querySelectorAll('source'))) source.remove();
      picture.replaceWith(img);
    }
  }
}
