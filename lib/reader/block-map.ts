/**
 * Finds each of the model's blocks in the reader's sanitised article, so the summary can
 * point into it, read-aloud can highlight the sentence being spoken and line focus can light
 * up a paragraph. The sanitised HTML has no ids of the page's (they are stripped), so blocks
 * are found by their text, in article order: the smallest element holding the block's text
 * that does not come before the previous block's element.
 */
import type { Block } from '../article-model';
import { normalizeSpace } from '../text/normalize';

function precedes(a: Element, b: Element): boolean {
  const position = a.compareDocumentPosition(b);
  // `b` follows `a` and is not inside it.
  return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

export function mapBlocksToElements(root: Element, blocks: readonly Block[]): Map<string, Element> {
  const textOf = new Map<Element, string>();
  const text = (el: Element) => {
    let t = textOf.get(el);
    if (t === undefined) {
      t = normalizeSpace(el.textContent ?? '');
      textOf.set(el, t);
    }
    return t;
  };

  const found = new Map<string, Element>();
  let previous: Element | null = null;
  for (const block of blocks) {
    if (!block.text || !text(root).includes(block.text)) continue;
    let node = root;
    descend: for (;;) {
      for (const child of node.children) {
        if (previous && precedes(child, previous)) continue;
        if (text(child).includes(block.text)) {
          node = child;
          continue descend;
        }
      }
      break;
    }
    if (node === root) continue;
    found.set(block.id, node);
    previous = node;
  }
  return found;
}

/**
 * The mapped elements that hold one block each, in article order: what line focus lights up
 * and steps through. A container found for an inline run of text (a <div> with text between
 * its paragraphs) holds other blocks too; lighting it would light half the article.
 */
export function singleBlockElements(map: ReadonlyMap<string, Element>): Element[] {
  const elements = [...map.values()];
  const counts = new Map<Element, number>();
  for (const el of elements) counts.set(el, (counts.get(el) ?? 0) + 1);
  return [...new Set(elements)].filter(
    (el) => counts.get(el) === 1 && !elements.some((other) => other !== el && el.contains(other)),
  );
}
