/**
 * Turns Readability's cleaned article element into Lede's ordered blocks. Each block keeps
 * the clone nodes it was read from, so a block judged to be boilerplate can be removed from
 * the article HTML too, and so its live element can be found through the source marks.
 */
import type { Block, BlockKind, EmbedKind } from '../article-model';
import { isCaptionElement, isCreditedCaption, mayHoldNamedCaptions } from './captions';
import { listed } from './node-lists';
import { visibleText } from './visible-text';
import { MAX_DESCRIPTION_CHARS, bounded } from '../text/bounded';

const HEADING = /^H[1-6]$/;
const LEAF_KINDS: Record<string, BlockKind> = {
  P: 'paragraph',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'blockquote',
  PRE: 'preformatted',
  TR: 'paragraph',
};
const BLOCK_CONTAINERS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CENTER',
]);
const MEDIA = new Set(['IMG', 'PICTURE', 'IFRAME', 'VIDEO', 'AUDIO', 'EMBED', 'OBJECT']);
/** Embedded players, posts and frames: shown as a link back to the page, never embedded. */
export const EMBED_SELECTOR = 'iframe, video, audio, embed, object';
/** Social posts embedded as a quotation of their text (the script that turns them into a frame is gone). */
export const POST_QUOTE = /\b(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|text-post-media|fb-xfbml-parse-ignore|reddit-embed-bq|mastodon-embed)\b/i;
/** The attribute that ties an embed in the article's HTML to its block, so the reader can link it back to its place. */
export const EMBED_BLOCK_ATTR = 'data-lede-block';
const VIDEO_HOSTS = /(?:^|\.)(?:youtube(?:-nocookie)?\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitch\.tv|wistia\.(?:com|net)|jwplayer\.com|jwplatform\.com|brightcove\.net|vidyard\.com|ted\.com|streamable\.com|rumble\.com)$/i;
const POST_HOSTS = /(?:^|\.)(?:twitter\.com|x\.com|instagram\.com|facebook\.com|tiktok\.com|bsky\.app|threads\.net|reddit\.com|linkedin\.com|mastodon\.social)$/i;
const AUDIO_HOSTS = /(?:^|\.)(?:soundcloud\.com|spotify\.com|podcasts\.apple\.com|megaphone\.fm|simplecast\.com|buzzsprout\.com|acast\.com|audioboom\.com)$/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'MATH']);

/** A block as read from the article, before boilerplate filtering gives it an id. */
export interface CollectedBlock {
  block: Omit<Block, 'id'>;
  /** The clone element the block was read from (for loose text: its container). */
  source: Element;
  /** The clone nodes that make up the block; removing them removes it from the article. */
  nodes: Node[];
  /** Share of the block's text that sits in links. */
  linkDensity: number;
  /** Share of the block's text in links to the page's own site (other stories, sections), not to the page itself. */
  siteLinkDensity: number;
}

function hasBlockChild(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (BLOCK_CONTAINERS.has(child.tagName)) return true;
  return false;
}

function anchorsIn(nodes: Node[]): Element[] {
  return nodes.flatMap((n) => {
    if (n.nodeType !== 1) return [];
    const el = n as Element;
    return el.tagName === 'A' ? [el] : listed(el.querySelectorAll('a'));
  });
}

function hostOf(href: string, baseUrl: string | null): string | null {
  try {
    return new URL(href, baseUrl ?? undefined).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * Whether a link stays on the page's site (subdomains included: news.example.com and
 * example.com). Without a page URL only relative links can be told to stay; a saved page
 * (file:, no host) links to its own site with other host-less addresses.
 */
function isSiteLink(a: Element, baseUrl: string | null, pageHost: string | null): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!baseUrl) return !/^[a-z][a-z\d+.-]*:/i.test(href);
  const host = hostOf(href, baseUrl);
  if (pageHost === null || host === null) return false;
  return host === pageHost || (!!pageHost && (host.endsWith(`.${pageHost}`) || pageHost.endsWith(`.${host}`)));
}

/**
 * Whether a link leads to the page itself (its permalink, as blogs link a post's headline, or
 * a place in it): that is no link to another of the site's pages.
 */
function isSelfLink(a: Element, baseUrl: string | null): boolean {
  if (!baseUrl) return false;
  try {
    const target = new URL(a.getAttribute('href') ?? '', baseUrl);
    const page = new URL(baseUrl);
    target.hash = '';
    page.hash = '';
    return target.href === page.href;
  } catch {
    return false;
  }
}

function linkShares(nodes: Node[], text: string, baseUrl: string | null, pageHost: string | null): Pick<CollectedBlock, 'linkDensity' | 'siteLinkDensity'> {
  if (!text) return { linkDensity: 0, siteLinkDensity: 0 };
  let all = 0;
  let site = 0;
  for (const a of anchorsIn(nodes)) {
    const length = visibleText(a).length;
    all += length;
    if (isSiteLink(a, baseUrl, pageHost) && !isSelfLink(a, baseUrl)) site += length;
  }
  return { linkDensity: Math.min(1, all / text.length), siteLinkDensity: Math.min(1, site / text.length) };
}

/** A figure that shows media (or only a caption); figures wrapping quotes or text are containers. */
function isMediaFigure(el: Element): boolean {
  if (el.querySelector(`img, picture, svg, canvas, ${EMBED_SELECTOR}`)) return true;
  const caption = el.querySelector('figcaption');
  return !!caption && !visibleText(el).replace(visibleText(caption), '').trim();
}

/** What an embed holds: by its element, else by the host of the address it loads. */
export function embedKind(el: Element, baseUrl: string | null): EmbedKind {
  if (el.tagName === 'VIDEO') return 'video';
  if (el.tagName === 'AUDIO') return 'audio';
  const host = hostOf(el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('data-src') ?? '', baseUrl) ?? '';
  if (VIDEO_HOSTS.test(host)) return 'video';
  if (AUDIO_HOSTS.test(host)) return 'audio';
  if (POST_HOSTS.test(host)) return 'post';
  return 'frame';
}

/** An embed's own name, from its title or label, when it has one. */
export function embedTitle(el: Element): string | null {
  const title = (el.getAttribute('title') ?? el.getAttribute('aria-label') ?? '').replace(/\s+/g, ' ').trim();
  return title || null;
}

function figureBlock(el: Element, baseUrl: string | null): Omit<Block, 'id'> | null {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  const embed = img ? null : el.matches(EMBED_SELECTOR) ? el : el.querySelector(EMBED_SELECTOR);
  const captionEl = el.querySelector('figcaption');
  const caption = captionEl ? visibleText(captionEl) : '';
  const src = img?.getAttribute('src') ?? '';
  if (!src && !caption && !embed) return null;
  let absolute = src;
  try {
    absolute = src ? new URL(src, baseUrl ?? undefined).href : '';
  } catch {
    /* keep the raw value: a broken URL must not drop the caption */
  }
  const block: Omit<Block, 'id'> = { kind: 'figure', text: caption };
  const alt = img?.getAttribute('alt');
  if (img && absolute) block.image = { src: absolute, alt: alt == null ? null : bounded(alt, MAX_DESCRIPTION_CHARS) };
  if (embed) block.embed = { kind: embedKind(embed, baseUrl), title: embedTitle(embed) };
  if (caption) block.caption = caption;
  return block;
}

export function collectBlocks(root: Element, baseUrl: string | null): CollectedBlock[] {
  const out: CollectedBlock[] = [];
  const pageHost = baseUrl ? hostOf(baseUrl, null) : null;
  const namedCaptions = mayHoldNamedCaptions(root);
  const push = (block: Omit<Block, 'id'>, source: Element, nodes: Node[]) => {
    if (!block.text && block.kind !== 'figure') return;
    out.push({ block, source, nodes, ...linkShares(nodes, block.text, baseUrl, pageHost) });
  };

  // A caption set apart from its image ("wp-caption-text" after the <img>) belongs to the
  // figure just before it; with no figure before it, it is a figure of its own.
  const pushCaption = (el: Element) => {
    const caption = visibleText(el);
    const last = out[out.length - 1];
    if (last?.block.kind === 'figure' && !last.block.caption) {
      last.block.caption = caption;
      last.block.text = caption;
      last.nodes.push(el);
    } else {
      push({ kind: 'figure', text: caption, caption }, el, [el]);
    }
  };

  const visit = (el: Element, inQuote = false): void => {
    const tag = el.tagName.toUpperCase();
    const quoted = inQuote || tag === 'BLOCKQUOTE';
    if (SKIP.has(tag)) return;
    if (HEADING.test(tag)) {
      push({ kind: 'heading', level: Number(tag[1]), text: visibleText(el) }, el, [el]);
      return;
    }
    if ((tag === 'FIGURE' && isMediaFigure(el)) || (MEDIA.has(tag) && !el.closest('figure'))) {
      const fig = figureBlock(el, baseUrl);
      if (fig) push(fig, el, [el]);
      return;
    }
    if (namedCaptions && !hasBlockChild(el) && !el.closest('figure') && isCaptionElement(el)) {
      pushCaption(el);
      return;
    }
    const leafKind = LEAF_KINDS[tag];
    if (leafKind && !hasBlockChild(el)) {
      const text = tag === 'TR'
        ? listed(el.children).map((c) => visibleText(c)).filter(Boolean).join(' | ')
        : visibleText(el);
      // A paragraph that only holds a picture or a player (as many editors wrap them) is a figure.
      if (!text && leafKind === 'paragraph') {
        const fig = el.querySelector(`img, ${EMBED_SELECTOR}`) ? figureBlock(el, baseUrl) : null;
        if (fig) push(fig, el, [el]);
        return;
      }
      if (leafKind === 'paragraph' && isCreditedCaption(text)) {
        pushCaption(el);
        return;
      }
      const block: Omit<Block, 'id'> = { kind: quoted && leafKind === 'paragraph' ? 'blockquote' : leafKind, text };
      if (leafKind === 'list-item' && el.parentElement?.tagName === 'OL') block.ordered = true;
      push(block, el, [el]);
      return;
    }
    // A container: inline runs between block children become anonymous paragraphs.
    let run: Node[] = [];
    const flush = () => {
      const text = visibleText(...run);
      if (text) push({ kind: quoted ? 'blockquote' : 'paragraph', text }, el, run);
      run = [];
    };
    for (const child of listed(el.childNodes)) {
      if (child.nodeType === 3) run.push(child);
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (BLOCK_CONTAINERS.has(c.tagName) || MEDIA.has(c.tagName)) {
          flush();
          visit(c, quoted);
        } else if (namedCaptions && isCaptionElement(c)) {
          flush();
          pushCaption(c);
        } else if (!SKIP.has(c.tagName.toUpperCase())) run.push(c);
      }
    }
    flush();
  };
  visit(root);
  return out;
}
