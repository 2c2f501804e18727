/**
 * The last clean-up, block by block: furniture lines anywhere, the headline and byline
 * repeated in the body, bylines and datelines before the first paragraph, bios and tag
 * lists after the last, and text the page shows twice (pull quotes). Dropped blocks are
 * also removed from the article DOM so the reader view shows what the model holds.
 */
import { isEndMatter, isFurnitureLine, isMetaLine, isRelatedLabel, isTeaser } from './boilerplate-text';
import type { CollectedBlock } from './blocks';
import { endsLikeSentence, wordCount } from './prose';

export interface BlockFilterContext {
  /** The article's headline as Readability found it. */
  title: string;
  byline: string | null;
}

/** At the edges, a line this short that is not a sentence is a label, name or date… */
const EDGE_LABEL_WORDS = 5;
/** …unless there are more of them than furniture ever has: then it is a list set as lines. */
const MAX_EDGE_LABELS = 3;
/** Repeats shorter than this are ordinary phrases, not a pull quote. */
const MIN_REPEAT_WORDS = 6;
/** Link lists: items mostly made of links. */
const LINK_ITEM_DENSITY = 0.8;
/** Under a "Related"/"Don't miss" label, blocks this link-heavy are the box's links. */
const RELATED_LINKS_DENSITY = 0.5;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isFurniture(b: CollectedBlock): boolean {
  const { text } = b.block;
  return isFurnitureLine(text) || isTeaser(text, b.linkDensity, b.siteLinkDensity);
}

/** Lists whose items all link to the site's other pages ("related stories", "more on this topic"). */
function linkListItems(blocks: CollectedBlock[]): Set<CollectedBlock> {
  const byList = new Map<Element, CollectedBlock[]>();
  for (const b of blocks) {
    const list = b.block.kind === 'list-item' ? b.source.parentElement : null;
    if (!list) continue;
    const items = byList.get(list);
    if (items) items.push(b);
    else byList.set(list, [b]);
  }
  const out = new Set<CollectedBlock>();
  for (const items of byList.values()) {
    if (items.length >= 2 && items.every((b) => b.siteLinkDensity >= LINK_ITEM_DENSITY)) for (const b of items) out.add(b);
  }
  return out;
}

/** The links listed under a "Related stories" label, up to the first block that is not links. */
function relatedBoxLinks(blocks: CollectedBlock[]): Set<CollectedBlock> {
  const out = new Set<CollectedBlock>();
  let inBox = false;
  for (const b of blocks) {
    if (isRelatedLabel(b.block.text)) inBox = true;
    else if (inBox && b.block.kind !== 'figure' && b.linkDensity >= RELATED_LINKS_DENSITY) out.add(b);
    else if (b.block.kind !== 'figure') inBox = false;
  }
  return out;
}

function isEdgeLabel(b: CollectedBlock): boolean {
  const { kind, text } = b.block;
  return kind === 'paragraph' && wordCount(text, EDGE_LABEL_WORDS) <= EDGE_LABEL_WORDS && !endsLikeSentence(text);
}

/** Bylines, dates, bios and tags are set as lines; quotes and headings are never metadata. */
function isMetadata(b: CollectedBlock): boolean {
  const { kind, text } = b.block;
  return (kind === 'paragraph' || kind === 'list-item') && (isMetaLine(text) || isEndMatter(text));
}

/**
 * How many blocks to trim from one end of the article: metadata lines, figures, and short
 * labels as long as there are few of them. Figures are passed over (and kept by the caller),
 * and so are headings (a standfirst set as a heading, the dateline under it): past one, only
 * metadata lines are trimmed, since short lines under a heading may be the article's own list.
 */
function edgeLength(blocks: CollectedBlock[]): number {
  let labels = 0;
  let trimmed = 0;
  let pastHeading = false;
  for (const [i, b] of blocks.entries()) {
    if (b.block.kind === 'figure') continue;
    if (b.block.kind === 'heading') {
      pastHeading = true;
      continue;
    }
    if (!isMetadata(b) && (pastHeading || !isEdgeLabel(b) || ++labels > MAX_EDGE_LABELS)) return trimmed;
    trimmed = i + 1;
  }
  return trimmed;
}

/**
 * Pull quotes: a quote box whose words the article's own paragraphs already give. (Exact
 * repeats elsewhere are left alone: interviews repeat questions, recipes repeat lines.)
 */
function pullQuotes(blocks: CollectedBlock[], comparableOf: (b: CollectedBlock) => string): Set<CollectedBlock> {
  const out = new Set<CollectedBlock>();
  const quotes = blocks.filter((b) => b.block.kind === 'blockquote' && wordCount(comparableOf(b), MIN_REPEAT_WORDS) >= MIN_REPEAT_WORDS);
  if (!quotes.length) return out;
  const body = blocks.filter((b) => b.block.kind === 'paragraph' || b.block.kind === 'list-item').map(comparableOf);
  for (const b of quotes) {
    const text = comparableOf(b);
    if (body.some((t) => t.includes(text))) out.add(b);
  }
  return out;
}

/** Whether the block reads as the byline, or "By" and the byline (`byline` comparable). */
function echoesByline(b: CollectedBlock, byline: string, comparableOf: (b: CollectedBlock) => string): boolean {
  if (!byline) return false;
  // The comparable text's words are the lower-cased text's: count those (cheaply, and only
  // as far as needed) before building it. Lower-casing never joins words (it can split one,
  // as 'İ' gains a combining dot), so a text with too many words already is ruled out first.
  const words = byline.split(' ').length;
  if (wordCount(b.block.text, words + 1) > words + 1) return false;
  const count = wordCount(b.block.text.toLowerCase(), words + 1);
  if (count !== words && count !== words + 1) return false;
  const text = comparableOf(b);
  return text === byline || text === `by ${byline}`;
}

export function filterBlocks(blocks: CollectedBlock[], context: BlockFilterContext): CollectedBlock[] {
  const title = comparable(context.title);
  const byline = context.byline ? comparable(context.byline) : '';
  const comparableText = new Map<CollectedBlock, string>();
  const comparableOf = (b: CollectedBlock): string => {
    let text = comparableText.get(b);
    if (text === undefined) comparableText.set(b, (text = comparable(b.block.text)));
    return text;
  };
  const dropped = new Set<CollectedBlock>([...linkListItems(blocks), ...relatedBoxLinks(blocks), ...pullQuotes(blocks, comparableOf)]);
  for (const b of blocks) {
    const echoesTitle = b.block.kind === 'heading' && !!title && comparableOf(b) === title;
    if (isFurniture(b) || echoesTitle || echoesByline(b, byline, comparableOf)) dropped.add(b);
  }

  const rest = blocks.filter((b) => !dropped.has(b));
  // Edges are trimmed off a body of text; a page that is nothing but short lines keeps them.
  const lead = edgeLength(rest);
  const tail = lead < rest.length ? edgeLength([...rest.slice(lead)].reverse()) : 0;
  if (lead + tail >= rest.length) return keep(blocks, dropped);
  for (const [i, b] of rest.entries()) {
    if ((i < lead || i >= rest.length - tail) && b.block.kind !== 'figure' && b.block.kind !== 'heading') dropped.add(b);
  }

  return keep(blocks, dropped);
}

function keep(blocks: CollectedBlock[], dropped: Set<CollectedBlock>): CollectedBlock[] {
  for (const b of dropped) for (const node of b.nodes) node.parentNode?.removeChild(node);
  return blocks.filter((b) => !dropped.has(b));
}
