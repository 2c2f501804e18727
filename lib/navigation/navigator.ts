/**
 * Moving through the article by unit (paragraph, heading, quote, key quote): the list of
 * places for each unit, and which one is next or previous from where the reader is now.
 * Pure over the DOM (reads positions, changes nothing).
 */
import type { ArticleModel, BlockKind, TextAnchor } from '../article-model';
import type { OutlineEntry } from './outline';

export type NavUnit = 'paragraph' | 'heading' | 'quote' | 'key-quote';
export type NavDirection = 'next' | 'previous';
export const NAV_UNITS: readonly NavUnit[] = ['paragraph', 'heading', 'quote', 'key-quote'];

export interface NavTarget {
  element: HTMLElement;
  /** The words to highlight inside `element`; null when the target is the whole element. */
  anchor: TextAnchor | null;
  /** What it says, for the screen-reader announcement. */
  text: string;
  /** Who said it, for quotes. */
  speaker: string | null;
}

export interface NavContext {
  article: Pick<ArticleModel, 'blocks' | 'quotes'>;
  liveElements: ReadonlyMap<string, Element>;
  outline: readonly OutlineEntry[];
}

const PARAGRAPH_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'list-item', 'blockquote', 'preformatted']);

export function targetsFor(unit: NavUnit, { article, liveElements, outline }: NavContext): NavTarget[] {
  const live = (blockId: string) => {
    const el = liveElements.get(blockId);
    return el?.isConnected ? (el as HTMLElement) : null;
  };
  switch (unit) {
    case 'heading':
      return outline.map((h) => ({ element: h.element, anchor: null, text: h.text, speaker: null }));
    case 'paragraph': {
      const targets: NavTarget[] = [];
      for (const block of article.blocks) {
        const element = PARAGRAPH_KINDS.has(block.kind) ? live(block.id) : null;
        if (!element) continue;
        // Loose text runs of one container all map to that container: one stop, not several.
        const previous = targets[targets.length - 1];
        if (previous?.element === element) previous.text = `${previous.text} ${block.text}`;
        else targets.push({ element, anchor: null, text: block.text, speaker: null });
      }
      return targets;
    }
    case 'quote':
    case 'key-quote':
      return article.quotes.flatMap((q) => {
        const element = (unit === 'quote' || q.key) && live(q.blockId);
        return element
          ? [{ element, anchor: { blockId: q.blockId, start: q.start, end: q.end }, text: q.text, speaker: q.speaker }]
          : [];
      });
  }
}

/** Where the reader is: the focused node, and the target Lede last moved them to (if any). */
export interface NavPosition {
  focus: Node | null;
  lastIndex: number | null;
}

const FOLLOWING = 4;
const PRECEDING = 2;

/**
 * The index of the next or previous target from `position`, or null at the end.
 * While focus is still on the target Lede last moved to, the step is from that target (so
 * two quotes in one paragraph are visited in turn). Otherwise it is from the focused node:
 * a whole-element target that holds focus counts as "here" and is skipped, while a quote
 * inside the focused paragraph is still ahead of the reader.
 */
export function step(targets: readonly NavTarget[], position: NavPosition, direction: NavDirection): number | null {
  const { focus, lastIndex } = position;
  const last = lastIndex === null ? undefined : targets[lastIndex];
  if (last && focus && last.element.contains(focus)) {
    const index = lastIndex! + (direction === 'next' ? 1 : -1);
    return index >= 0 && index < targets.length ? index : null;
  }
  if (!focus) return direction === 'next' && targets.length ? 0 : null;

  const isHere = (t: NavTarget) => t.element.contains(focus) && (t.anchor === null || t.element !== focus);
  const isAhead = (t: NavTarget) =>
    !isHere(t) && (t.element === focus || Boolean(focus.compareDocumentPosition(t.element) & FOLLOWING));
  if (direction === 'next') {
    const index = targets.findIndex(isAhead);
    return index >= 0 ? index : null;
  }
  for (let i = targets.length - 1; i >= 0; i--) {
    const t = targets[i]!;
    if (!isHere(t) && !isAhead(t) && focus.compareDocumentPosition(t.element) & PRECEDING) return i;
  }
  return null;
}

/** The start of `text`, cut at a word and marked with an ellipsis, for announcements. */
export function snippet(text: string, max = 80): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
