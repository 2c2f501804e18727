/**
 * Document → cleaned article: Readability on a source-mapped clone, then Lede's news
 * clean-up, metadata and blocks. Pure DOM code: runs in the content script, Vitest and the CLI.
 */
import { Readability } from '@mozilla/readability';
import type { ArticleModel, Block, NoArticle } from '../article-model';
import { MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_TITLE_CHARS, bounded } from '../text/bounded';
import { hasNonSpace, normalizeSpace } from '../text/normalize';
import { countText, readingMinutes } from '../text/reading-time';
import { filterBlocks } from './block-filter';
import { collectBlocks, EMBED_BLOCK_ATTR, EMBED_SELECTOR, POST_QUOTE, type CollectedBlock } from './blocks';
import { resolveArticleImages } from './images';
import { bylineOf, directionOf, languageOf, publishedTimeOf } from './metadata';
import { cleanArticle, pageFurniture } from './news-cleanup';
import { listed } from './node-lists';
import { READABILITY_CHAR_THRESHOLD } from './readability-unlikely';
import { cloneWithSourceMap, liveElementFor, stripSourceMarks } from './source-map';
import { headlineWithoutSiteName } from './title';
import { isClobbered, propertyOf, selectAll, unclobberedCopy } from '../unclobbered';

/** A paragraph this long is running text rather than a label or a button. */
const MIN_BODY_WORDS = 8;

export interface ExtractOptions {
  /**
   * The page URL (for the model, for resolving image URLs and for telling links to the site's
   * other stories from links to sources elsewhere); defaults to the document's.
   */
  url?: string | null;
  /** Readability's element budget: huge pages fail fast instead of freezing the tab. */
  maxElemsToParse?: number;
}

/** An extracted article before summary and quotes, plus the live element of each block. */
export interface ExtractedArticle {
  article: Omit<ArticleModel, 'summary' | 'quotes'>;
  liveElements: Map<string, Element>;
}

/**
 * The phases extraction runs in, each named as it is about to start. `extractionSteps` yields
 * one between phases, where a caller in the page gives the main thread back (see
 * `buildArticlePaced`); `extractArticle` runs straight through.
 */
export type ExtractionPhase = 'readability' | 'readability-later-passes' | 'blocks';

export type Extraction = { kind: 'article'; extracted: ExtractedArticle } | NoArticle;

function noArticle(reason: NoArticle['reason'], message: string): NoArticle {
  return { kind: 'no-article', reason, message };
}

/**
 * What Readability removes before it reads anything, scripts (all but the JSON-LD it takes
 * metadata from) and style sheets, and what it never reads: the head's links, and meta tags
 * with neither the name nor the property its metadata comes from. A news page's scripts are
 * a large share of its elements, so none of these is copied into the clone at all.
 */
const UNREAD = 'script:not([type="application/ld+json"]), style, head > link, head > meta:not([name]):not([property])';

function removedUnread(doc: Document): Element[] {
  return listed(doc.querySelectorAll(UNREAD));
}

/**
 * Everything the clone Readability reads is made without; with `firstPassUnlikely`, also
 * what its first pass removes unread, which only that pass may do without.
 */
function leftOutOfClone(firstPassUnlikely: boolean): (doc: Document) => Element[] {
  return (doc) => [...pageFurniture(doc, { firstPassUnlikely }), ...removedUnread(doc)];
}

type Parsed = { parsed: ReturnType<Readability<Element>['parse']>; liveElements: Element[] };

/**
 * Readability walks the whole document on every pass, head included, though it has read all
 * it takes from the head (title, meta tags, JSON-LD) before the first. It drops a hidden
 * element without visiting it, so the clone's head is marked hidden: unless it holds a
 * <base>, the address Readability resolves the article's links against once it is done.
 */
function skipHeadInWalk(clone: Document): void {
  if (clone.head && !clone.querySelector('base')) clone.head.setAttribute('hidden', '');
}

function parseClone(doc: Document, firstPassUnlikely: boolean, maxElemsToParse: number): Parsed {
  const { clone, liveElements } = cloneWithSourceMap(doc, leftOutOfClone(firstPassUnlikely));
  skipHeadInWalk(clone);
  const parsed = new Readability<Element>(clone, {
    serializer: (el) => el as Element,
    keepClasses: true,
    maxElemsToParse,
  }).parse();
  return { parsed, liveElements };
}

/** Readability's own measure of an article's text: white space runs count as one. */
function readableLength(parsed: Parsed['parsed']): number {
  return parsed ? (parsed.textContent ?? '').trim().replace(/\s{2,}/g, ' ').length : 0;
}

/**
 * Readability on a clone made for its first pass; when that pass fails (too little text),
 * Readability's later passes need what was left out, so they run on a clone with it.
 */
function* parseArticle(doc: Document, maxElemsToParse: number): Generator<ExtractionPhase, Parsed> {
  const firstPass = parseClone(doc, true, maxElemsToParse);
  if (readableLength(firstPass.parsed) >= READABILITY_CHAR_THRESHOLD) return firstPass;
  yield 'readability-later-passes';
  return parseClone(doc, false, maxElemsToParse);
}

function urlOf(doc: Document, given: string | null | undefined): string | null {
  const raw = given ?? doc.URL;
  return raw && raw !== 'about:blank' ? raw : null;
}

/** Whether any text under `root` is more than white space: stops at the first that is. */
function hasText(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 4 | 8 /* SHOW_TEXT | SHOW_CDATA_SECTION */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (hasNonSpace(node.nodeValue ?? '')) return true;
  return false;
}

/**
 * A page that shadows DOM properties with named form controls or images (see
 * `lib/unclobbered.ts`) is read from a copy in which those names are taken away, so neither
 * Lede's reads nor Readability's walk (which climbs `parentNode`) can be sent round in circles
 * or handed the wrong node; the blocks are then mapped back to the page's own elements.
 */
export function* extractionSteps(doc: Document, options: ExtractOptions = {}): Generator<ExtractionPhase, Extraction> {
  if (!isClobbered(doc)) return yield* extractFrom(doc, options);
  const copy = unclobberedCopy(doc);
  const extraction = yield* extractFrom(copy, { ...options, url: options.url ?? propertyOf<string>(doc, 'URL') });
  if (extraction.kind !== 'article') return extraction;
  const copied = selectAll(copy, '*');
  const indexOf = new Map<Element, number>();
  for (let i = 0; i < copied.length; i++) indexOf.set(copied[i]!, i);
  const live = selectAll(doc, '*');
  const liveElements = new Map<string, Element>();
  for (const [id, el] of extraction.extracted.liveElements) {
    const twin = live[indexOf.get(el) ?? -1];
    if (twin) liveElements.set(id, twin);
  }
  return { kind: 'article', extracted: { article: extraction.extracted.article, liveElements } };
}

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  return runToEnd(extractionSteps(doc, options));
}

/** Runs steps through without pausing: the answer, at once. */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function* extractFrom(doc: Document, options: ExtractOptions): Generator<ExtractionPhase, Extraction> {
  if (!doc.documentElement || !doc.body) return noArticle('not-html', 'This is not an HTML page.');
  if (!hasText(doc.body)) return noArticle('empty', 'This page has no text.');

  let parsed: Parsed['parsed'];
  let liveElements: Element[];
  yield 'readability';
  try {
    ({ parsed, liveElements } = yield* parseArticle(doc, options.maxElemsToParse ?? 0));
  } catch (error) {
    // Readability throws only for its element budget; anything else is a bug worth seeing.
    if (String(error).includes('Aborting parsing document')) {
      return noArticle('no-content', 'This page is too large to read as an article.');
    }
    throw error;
  }
  const root = parsed?.content;
  if (!parsed || !root) return noArticle('no-content', 'No article was found on this page.');
  yield 'blocks';

  cleanArticle(root);
  const url = urlOf(doc, options.url);
  resolveArticleImages(root, liveElements, url);
  const found = bylineOf(doc, parsed.byline);
  const byline = found && bounded(found, MAX_NAME_CHARS);
  const siteName = bounded(normalizeSpace(parsed.siteName ?? ''), MAX_NAME_CHARS) || null;
  const headline = headlineWithoutSiteName(parsed.title ?? '', siteName) || headlineWithoutSiteName(doc.title, siteName);
  const kept = filterBlocks(collectBlocks(root, url), { title: headline, byline });
  const { blocks, live } = numberBlocks(kept, liveElements);
  markEmbeds(kept, blocks);
  stripSourceMarks(root);
  stripInlineCode(root);
  // Running text only: captions describe pictures and are kept on their figure blocks,
  // unless the pictures tell the story.
  const photoLed = isPhotoLed(blocks);
  const text = blocks.map((b) => (b.kind !== 'figure' ? b.text : photoLed ? (b.caption ?? '') : '')).filter(Boolean).join('\n\n');
  if (!blocks.some((b) => isBodyText(b, photoLed))) return noArticle('no-content', 'No article was found on this page.');

  const count = countText(text);
  const lang = languageOf(doc, parsed.lang);
  const article: ExtractedArticle['article'] = {
    title: headline || bounded(blocks.find((b) => b.kind === 'heading')?.text ?? '', MAX_TITLE_CHARS),
    byline,
    siteName,
    publishedTime: publishedTimeOf(doc, parsed.publishedTime),
    lang,
    dir: directionOf(parsed.dir, lang, text),
    wordCount: count.words,
    readingMinutes: readingMinutes(count),
    excerpt: bounded(normalizeSpace(parsed.excerpt ?? ''), MAX_DESCRIPTION_CHARS) || null,
    url,
    text,
    blocks,
    contentHtml: root.innerHTML,
  };
  return { kind: 'article', extracted: { article, liveElements: live } };
}

/**
 * The page's event handlers and inline styles, which no surface shows (the reader's sanitiser
 * drops them): left in the article's HTML, merely parsing it in a Lede page that forbids
 * inline code makes the browser report a policy violation for each one.
 */
function stripInlineCode(root: Element): void {
  for (const el of [root, ...listed(root.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) if (name === 'style' || name.startsWith('on')) el.removeAttribute(name);
  }
}

/**
 * Whether a block is a sentence or more of running text. A page left with only headings and
 * labels after clean-up (a sign-in page, a section front) has no article to read.
 */
function isBodyText(block: Block, photoLed: boolean): boolean {
  const text = block.kind === 'figure' ? (photoLed ? (block.caption ?? '') : '') : block.text;
  return block.kind !== 'heading' && countText(text).words >= MIN_BODY_WORDS;
}

/**
 * A photo-led story (a picture essay, a gallery with its story in the captions) is told in
 * its captions: when they hold more words than the running text, they are the article's text.
 */
function isPhotoLed(blocks: Block[]): boolean {
  let captions = 0;
  let running = 0;
  for (const b of blocks) {
    if (b.kind === 'figure') captions += countText(b.caption ?? '').words;
    else if (b.kind !== 'heading') running += countText(b.text).words;
  }
  return captions > running;
}

function markEmbeds(kept: CollectedBlock[], blocks: Block[]): void {
  kept.forEach(({ source }, i) => {
    // A post quoted in the article (a tweet's blockquote): its link goes to its first block.
    const post = source.closest('blockquote');
    if (post && POST_QUOTE.test(post.getAttribute('class') ?? '') && !post.hasAttribute(EMBED_BLOCK_ATTR)) {
      post.setAttribute(EMBED_BLOCK_ATTR, blocks[i]!.id);
    }
    if (!blocks[i]!.embed) return;
    const embed = source.matches(EMBED_SELECTOR) ? source : source.querySelector(EMBED_SELECTOR);
    embed?.setAttribute(EMBED_BLOCK_ATTR, blocks[i]!.id);
  });
}

/** Gives the kept blocks their ids (`b0`, `b1`… in order) and finds each one's live element. */
function numberBlocks(kept: CollectedBlock[], liveElements: Element[]): { blocks: Block[]; live: Map<string, Element> } {
  const blocks: Block[] = [];
  const live = new Map<string, Element>();
  for (const { block, source } of kept) {
    const id = `b${blocks.length}`;
    blocks.push({ id, ...block });
    const el = liveElementFor(source, liveElements);
    if (el) live.set(id, el);
  }
  return { blocks, live };
}
