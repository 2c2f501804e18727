/**
 * The article's HTML comes from a web page and is hostile: before the reader view shows it,
 * DOMPurify keeps only plain reading markup (paragraphs, headings, lists, tables, quotes,
 * emphasis, links), and then Lede's own pass
 * - points every link at the original site, opened in a new tab without an opener or referrer;
 * - shows only the images the caller has already loaded (`imageSource`: in the reader view,
 *   those the article model lists, the ones the page displayed, fetched without cookies or
 *   referrer and shown from `blob:` URLs), named by their alt text or caption; every other
 *   image becomes a text placeholder ("Image: <alt>"), since an `<img>` the page could point
 *   anywhere would make its own request; inline `data:` raster images need no request and stay;
 * - turns embedded players, posts and frames into a labelled link back to the page;
 * - rebuilds the heading outline under the reader's own <h1> (the title).
 * All of this happens in DOMPurify's inert document, where nothing loads or runs; only the
 * finished nodes are imported into the reader's document.
 */
import DOMPurify, { type Config, type UponSanitizeAttributeHook, type UponSanitizeElementHook } from 'dompurify';
import type { EmbedKind } from '../article-model';
import { EMBED_BLOCK_ATTR, embedKind, embedTitle, POST_QUOTE } from '../extract/blocks';
import { isRemoteImageUrl } from '../extract/images';
import { normalizeSpace } from '../text/normalize';
import { normaliseHeadingLevels } from './outline';

export interface SanitizeOptions {
  /** The article's URL: relative links are resolved against it, and dropped without it. */
  baseUrl: string | null;
  /** The article's title: a heading in the body that repeats it is dropped (the reader shows it as <h1>). */
  title: string;
  /** Placeholder text for an image with a description, e.g. `(alt) => "Image: " + alt`. */
  describeImage: (alt: string) => string;
  /** Placeholder text for an image without one. */
  undescribedImage: string;
  /** The document the nodes are for; the reader page's own by default. */
  into?: Document;
  /**
   * Where the image at this absolute http(s) URL has been loaded to (a `blob:` or raster
   * `data:` URL), or null to show its description instead. Without it (text only) no remote
   * image is shown; a remote address given back is refused, as the `<img>` would fetch it.
   */
  imageSource?: (url: string) => string | null;
  /** The name of the link that opens a shown image at full size, given the image's name; no link without it. */
  fullSizeImage?: (name: string) => string;
  /** The text of the link an embed becomes; without it embeds are dropped. */
  describeEmbed?: (kind: EmbedKind, title: string | null) => string;
}

/** Reading markup only: no forms, media, frames, SVG, MathML, style or script of any kind. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small',
  'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
  'var', 'wbr',
];

/**
 * No `style`, `class`, `id`, `name`, `data-*` or ARIA: the site's presentation and ids must not
 * restyle, hide or clobber the reader's own elements (its skip-link targets, its CSS hooks).
 */
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'lang', 'dir', 'colspan', 'rowspan', 'scope', 'datetime', 'start', 'reversed'];

/** Elements dropped together with everything inside them (text of a <button> or <textarea> is not article text). */
const DROP_WITH_CONTENT = [
  'button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'object', 'embed', 'applet', 'canvas',
  'iframe', 'frame', 'frameset', 'map', 'portal', 'dialog', 'menu', 'video', 'audio',
];

/** Embedded players and frames, each shown as a link back to the page instead. */
const EMBEDS = new Set(['IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT']);

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/** Raster images only: an SVG document is a program of its own. */
const INLINE_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif);base64,[a-z0-9+/=\s]+$/i;

/** Elements whose content is phrasing (inline) content: a placeholder inside them stays inline. */
const INLINE_CONTEXT = new Set([
  'P', 'A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'MARK', 'Q', 'CITE', 'ABBR', 'DFN', 'CODE',
  'KBD', 'SAMP', 'VAR', 'SUB', 'SUP', 'TIME', 'DEL', 'INS', 'BDI', 'BDO', 'RUBY', 'CAPTION', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'PRE',
]);

export const PLACEHOLDER_CLASS = 'lede-image';
/** The link an embed or an embedded post becomes. */
export const EMBED_CLASS = 'lede-embed';
/** The link around a shown image that opens it at full size. */
export const FULL_SIZE_CLASS = 'lede-image-link';
/** Where the reader finds the block an embed link stands for. */
export const EMBED_LINK_BLOCK_ATTR = 'data-block';

function absoluteLink(value: string, baseUrl: string | null): string | null {
  let url: URL;
  try {
    url = baseUrl ? new URL(value, baseUrl) : new URL(value);
  } catch {
    return null;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : null;
}

/** Decides URL attributes before DOMPurify's own checks: only absolute http(s)/mailto links and inline raster images survive. */
function urlHook(baseUrl: string | null): UponSanitizeAttributeHook {
  return (node, data) => {
    if (data.attrName === 'href') {
      const href = node.nodeName === 'A' ? absoluteLink(data.attrValue.trim(), baseUrl) : null;
      if (href) data.attrValue = href;
      else data.keepAttr = false;
    } else if (data.attrName === 'src') {
      const src = node.nodeName === 'IMG' ? imageSrc(data.attrValue.trim(), baseUrl) : null;
      if (src) data.attrValue = src;
      else data.keepAttr = false;
    }
  };
}

/** An image's address as the sanitiser keeps it: absolute http(s), or inline raster data. */
function imageSrc(value: string, baseUrl: string | null): string | null {
  if (INLINE_IMAGE.test(value)) return value;
  const url = absoluteLink(value, baseUrl);
  return url && isRemoteImageUrl(url) ? url : null;
}

interface Embed {
  node: Element;
  kind: EmbedKind;
  title: string | null;
  blockId: string | null;
}

/**
 * Notes each embed (and each embedded post) before DOMPurify removes it or strips its names:
 * what it is, its title and the block it stands for. The embeds themselves are never kept.
 */
function embedHook(baseUrl: string | null, embeds: Embed[], posts: Map<Element, string | null>): UponSanitizeElementHook {
  return (node, data) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (EMBEDS.has(data.tagName.toUpperCase())) {
      // The marker goes where the embed was: before it, so DOMPurify's walk has passed it.
      const marker = el.ownerDocument.createElement('span');
      el.before(marker);
      embeds.push({ node: marker, kind: embedKind(el, baseUrl), title: embedTitle(el), blockId: el.getAttribute(EMBED_BLOCK_ATTR) });
    } else if (data.tagName === 'blockquote' && POST_QUOTE.test(el.getAttribute('class') ?? '')) {
      posts.set(el, el.getAttribute(EMBED_BLOCK_ATTR));
    }
  };
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  RETURN_DOM: true,
} satisfies Config;

/** An address an image is shown from that needs no request: a loaded blob or inline raster data. */
function isLoadedSource(source: string): boolean {
  return source.startsWith('blob:') || INLINE_IMAGE.test(source);
}

/**
 * A shown image: named by its alt text, else by its caption, else marked as undescribed
 * (never a made-up description), and linked to its address at full size.
 */
function showImage(img: HTMLImageElement, source: string, original: string, options: SanitizeOptions, ids: { next: number }): void {
  const doc = img.ownerDocument;
  const alt = normalizeSpace(img.getAttribute('alt') ?? '');
  img.setAttribute('src', source);
  const caption = img.closest('figure')?.querySelector('figcaption');
  const captionText = normalizeSpace(caption?.textContent ?? '');
  let name = alt;
  if (!alt && caption && captionText) {
    caption.id ||= `lede-caption-${++ids.next}`;
    img.removeAttribute('alt');
    img.setAttribute('aria-labelledby', caption.id);
    name = captionText;
  } else if (!alt) {
    img.setAttribute('alt', options.undescribedImage);
    name = options.undescribedImage;
  }
  if (!options.fullSizeImage || !isRemoteImageUrl(original) || img.closest('a')) return;
  const link = doc.createElement('a');
  link.className = FULL_SIZE_CLASS;
  link.href = original;
  link.setAttribute('aria-label', options.fullSizeImage(name));
  img.replaceWith(link);
  link.append(img);
}

function replaceImages(root: Element, options: SanitizeOptions): void {
  const doc = root.ownerDocument;
  const ids = { next: 0 };
  for (const img of [...root.querySelectorAll('img')]) {
    const alt = normalizeSpace(img.getAttribute('alt') ?? '');
    const description = alt ? options.describeImage(alt) : options.undescribedImage;
    const src = img.getAttribute('src');
    if (src && !isRemoteImageUrl(src)) {
      // An inline image needs no request; it stays, described.
      img.setAttribute('alt', alt || options.undescribedImage);
      continue;
    }
    const shown = src ? (options.imageSource?.(src) ?? null) : null;
    if (src && shown && isLoadedSource(shown)) {
      showImage(img, shown, src, options, ids);
      continue;
    }
    const placeholder = doc.createElement('span');
    placeholder.className = PLACEHOLDER_CLASS;
    placeholder.textContent = description;
    const parent = img.parentElement;
    if (!parent || parent.tagName === 'FIGURE' || INLINE_CONTEXT.has(parent.tagName)) {
      img.replaceWith(placeholder);
    } else {
      const figure = doc.createElement('figure');
      figure.append(placeholder);
      img.replaceWith(figure);
    }
  }
}

/** Each embed becomes a link back to the article's page ("Video: <title> — open in the page"). */
function replaceEmbeds(root: Element, embeds: Embed[], posts: Map<Element, string | null>, options: SanitizeOptions): void {
  const page = options.baseUrl ? absoluteLink(options.baseUrl, null) : null;
  const linkTo = (doc: Document, kind: EmbedKind, title: string | null, blockId: string | null) => {
    const describe = options.describeEmbed!;
    const link = doc.createElement(page ? 'a' : 'span');
    link.className = EMBED_CLASS;
    link.textContent = describe(kind, title);
    if (page) link.setAttribute('href', page);
    if (blockId) link.setAttribute(EMBED_LINK_BLOCK_ATTR, blockId);
    return link;
  };
  for (const { node, kind, title, blockId } of embeds) {
    if (!root.contains(node) || !options.describeEmbed) {
      node.remove();
      continue;
    }
    const inline = INLINE_CONTEXT.has(node.parentElement?.tagName ?? '');
    const holder = node.ownerDocument.createElement(inline ? 'span' : 'p');
    holder.append(linkTo(node.ownerDocument, kind, title, blockId));
    node.replaceWith(holder);
  }
  if (!options.describeEmbed) return;
  // A post keeps its text, followed by a link to its first paragraph's place in the page.
  for (const [post, blockId] of posts) {
    if (!root.contains(post)) continue;
    const holder = post.ownerDocument.createElement('p');
    holder.append(linkTo(post.ownerDocument, 'post', null, blockId));
    post.after(holder);
  }
}

function secureLinks(root: Element): void {
  for (const a of root.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
}

function dropTitleHeading(root: Element, title: string): void {
  const first = root.querySelector('h1, h2, h3, h4, h5, h6');
  if (first && normalizeSpace(first.textContent ?? '') === normalizeSpace(title)) first.remove();
}

/** Renames each heading to its level in the rebuilt outline (<h2> and down, no gaps). */
function rebuildOutline(root: Element): void {
  const doc = root.ownerDocument;
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = normaliseHeadingLevels(headings.map((h) => Number(h.tagName[1])), 2);
  headings.forEach((heading, i) => {
    const tag = `h${levels[i]}`;
    if (heading.tagName.toLowerCase() === tag) return;
    const renamed = doc.createElement(tag);
    for (const attr of heading.attributes) renamed.setAttribute(attr.name, attr.value);
    renamed.append(...heading.childNodes);
    heading.replaceWith(renamed);
  });
}

/** The article's HTML, made safe and self-contained, as a fragment of the reader's document. */
export function sanitizeArticle(html: string, options: SanitizeOptions): DocumentFragment {
  const into = options.into ?? document;
  const purifier = DOMPurify(into.defaultView ?? window);
  purifier.addHook('uponSanitizeAttribute', urlHook(options.baseUrl));
  const embeds: Embed[] = [];
  const posts = new Map<Element, string | null>();
  purifier.addHook('uponSanitizeElement', embedHook(options.baseUrl, embeds, posts));
  const fragment = into.createDocumentFragment();
  // A <frameset> document has no body: nothing readable is left.
  const body = purifier.sanitize(html, CONFIG) as HTMLElement | null;
  if (!body) return fragment;
  replaceEmbeds(body, embeds, posts, options);
  replaceImages(body, options);
  secureLinks(body);
  dropTitleHeading(body, options.title);
  rebuildOutline(body);
  for (const node of body.childNodes) fragment.append(into.importNode(node, true));
  return fragment;
}
