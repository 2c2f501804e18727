/**
 * The last clean-up, block by block: furniture lines anywhere, the headline and byline
 * repeated in the body, bylines and datelines before the first paragraph, bios and tag
 * lists after the last, and text the page shows twice (pull quotes). Dropped blocks are
 * also removed from the article DOM so the reader view shows what the model holds.
 */
import { isEndMatter, isFurnitureLine, isMetaLine, isTeaser } from './boilerplate-text';
import type { CollectedBlock } from './blocks';
import { endsLikeSentence, wordCount } from './prose';

export interface BlockFilterContext {
  /** The article's headline as Readability found it. */
  title: string;
  byline: string | null;
}

/** At the edges, a line this short that is not a sentence is a label, name or date. */
const EDGE_LABEL_WORDS = 5;
/** Repeats shorter than this are ordinary phrases ("Photo", "Watch"), not duplicated text. */
const MIN_REPEAT_WORDS = 6;
/** Link lists: items mostly made of links. */
const LINK_ITEM_DENSITY = 0.8;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isFurniture(b: CollectedBlock): boolean {
  const { text } = b.block;
  return isFurnitureLine(text) || isTeaser(text, b.linkDensity);
}

/** Lists whose items are all links ("related stories", "more on this topic"). */
function linkListItems(blocks: CollectedBlock[]): Set<CollectedBlock> {
  const byList = new Map<Element, CollectedBlock[]>();
  for (const b of blocks) {
    const list = b.block.kind === 'list-item' ? b.source.parentElement : null;
    if (list) byList.set(list, [...(byList.get(list) ?? []), b]);
  }
  const out = new Set<CollectedBlock>();
  for (const items of byList.values()) {
    if (items.length >= 2 && items.every((b) => b.linkDensity >= LINK_ITEM_DENSITY)) for (const b of items) out.add(b);
  }
  return out;
}

function isEdgeLabel(b: CollectedBlock): boolean {
  const { kind, text } = b.block;
  return kind !== 'heading' && wordCount(text) <= EDGE_LABEL_WORDS && !endsLikeSentence(text);
}

/** Pull quotes and repeated captions: a block whose text another block already gives. */
function repeats(blocks: CollectedBlock[]): Set<CollectedBlock> {
  const out = new Set<CollectedBlock>();
  const prose = blocks.filter((b) => b.block.kind !== 'figure').map((b) => ({ b, text: comparable(b.block.text) }));
  const seen = new Set<string>();
  for (const { b, text } of prose) {
    if (wordCount(text) < MIN_REPEAT_WORDS) continue;
    if (seen.has(text)) out.add(b);
    seen.add(text);
    if (b.block.kind !== 'blockquote' || out.has(b)) continue;
    if (prose.some((o) => o.b !== b && o.b.block.kind !== 'blockquote' && o.text.length > text.length && o.text.includes(text))) out.add(b);
  }
  return out;
}

export function filterBlocks(blocks: CollectedBlock[], context: BlockFilterContext): CollectedBlock[] {
  const title = comparable(context.title);
  const byline = context.byline ? comparable(context.byline) : '';
  const dropped = new Set<CollectedBlock>([...linkListItems(blocks), ...repeats(blocks)]);
  for (const b of blocks) {
    const text = comparable(b.block.text);
    const echoesTitle = b.block.kind === 'heading' && !!title && text === title;
    const echoesByline = !!byline && (text === byline || text === `by ${byline}`);
    if (isFurniture(b) || echoesTitle || echoesByline) dropped.add(b);
  }

  let kept = blocks.filter((b) => !dropped.has(b));
  // Before the first paragraph: bylines, datelines, section labels. After the last: bios,
  // contact lines, tags. Figures at the edges stay; they are not text.
  const leading = (b: CollectedBlock) => b.block.kind === 'figure' || isMetaLine(b.block.text) || isEdgeLabel(b) || isEndMatter(b.block.text);
  const trailing = (b: CollectedBlock) => isMetaLine(b.block.text) || isEdgeLabel(b) || isEndMatter(b.block.text);
  let start = 0;
  while (start < kept.length && leading(kept[start]!)) start++;
  let end = kept.length;
  while (end > start && (kept[end - 1]!.block.kind === 'figure' || trailing(kept[end - 1]!))) end--;
  for (const [i, b] of kept.entries()) {
    const inEdge = i < start || i >= end;
    if (inEdge && b.block.kind !== 'figure') dropped.add(b);
  }
  kept = blocks.filter((b) => !dropped.has(b));

  for (const b of dropped) for (const node of b.nodes) node.parentNode?.removeChild(node);
  return kept;
}
