/**
 * Maps character offsets in a block's normalised text back to a DOM Range in the live page,
 * so "jump to this sentence/quote" can highlight exactly those words. The live element may
 * hold more text than the block (Readability and the clean-up drop pieces), so the block's
 * text, then the wanted snippet itself, is searched for in the element's normalised text.
 */
import { invoke } from '../unclobbered';

interface Position {
  node: Text;
  offset: number;
}

/** The element's text with white space collapsed as `normalizeSpace` does, and where each char came from. */
function normalisedText(root: Element): { text: string; positions: Position[] } {
  const doc = root.ownerDocument;
  const walker = invoke<TreeWalker>(doc, 'createTreeWalker', root, 4 /* SHOW_TEXT */);
  let text = '';
  const positions: Position[] = [];
  let pendingSpace: Position | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.tagName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT') continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      if (/[\s\u00a0\u200b\ufeff]/.test(data[i]!)) {
        pendingSpace ??= { node, offset: i };
        continue;
      }
      if (pendingSpace && text) {
        text += ' ';
        positions.push(pendingSpace);
      }
      pendingSpace = null;
      text += data[i];
      positions.push({ node, offset: i });
    }
  }
  return { text, positions };
}

/**
 * A Range over `blockText.slice(start, end)` inside `element`, or null when the text can no
 * longer be found there (the page changed); callers then fall back to the whole element.
 */
export function rangeForOffsets(element: Element, blockText: string, start: number, end: number): Range | null {
  const { text, positions } = normalisedText(element);
  const snippet = blockText.slice(start, end);
  if (!snippet) return null;
  let from = -1;
  const blockAt = text.indexOf(blockText);
  if (blockAt >= 0) from = blockAt + start;
  else from = text.indexOf(snippet);
  if (from < 0 || from + snippet.length > positions.length) return null;
  const first = positions[from]!;
  const last = positions[from + snippet.length - 1]!;
  const range = invoke<Range>(element.ownerDocument, 'createRange');
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}
