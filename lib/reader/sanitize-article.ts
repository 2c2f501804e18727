/**
 * The article's HTML comes from a web page and is hostile: before the reader view shows it,
 * DOMPurify keeps only plain reading markup (paragraphs, headings, lists, tables, quotes,
 * emphasis, links), and then Lede's own pass
 * - points every link at the original site, opened in a new tab without an opener or referrer;
 * - turns images into text placeholders ("Image: <alt>"), since an extension page must not
 *   fetch anything from the network (a remote image would tell the site who reads what);
 *   only inline `data:` raster images are shown, as they need no request;
 * - rebuilds the heading outline under the reader's own <h1> (the title).
 * All of this happens in DOMPurify's inert document, where nothing loads or runs; only the
 * finished nodes are imported into the reader's document.
 */
import DOMPurify, { type Config, type UponSanitizeAttributeHook } from 'dompurify';
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
  'iframe', 'frame', 'frameset', 'map', 'portal', 'dialog', 'menu',
];

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
    } else if (data.attrName === 'src' && !(node.nodeName === 'IMG' && INLINE_IMAGE.test(data.attrValue.trim()))) {
      data.keepAttr = false;
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

function replaceImages(root: Element, options: SanitizeOptions): void {
  const doc = root.ownerDocument;
  for (const img of [...root.querySelectorAll('img')]) {
    const alt = normalizeSpace(img.getAttribute('alt') ?? '');
    const description = alt ? options.describeImage(alt) : options.undescribedImage;
    if (img.hasAttribute('src')) {
      // An inline image needs no request; it stays, described.
      img.setAttribute('alt', alt || options.undescribedImage);
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
  const fragment = into.createDocumentFragment();
  // A <frameset> document has no body: nothing readable is left.
  const body = purifier.sanitize(html, CONFIG) as HTMLElement | null;
  if (!body) return fragment;
  replaceImages(body, options);
  secureLinks(body);
  dropTitleHeading(body, options.title);
  rebuildOutline(body);
  for (const node of body.childNodes) fragment.append(into.importNode(node, true));
  return fragment;
}
