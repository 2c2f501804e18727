/**
 * Readability runs on a clone of the page (it mutates what it is given). To jump from a
 * block back to the live page, every element of the clone is tagged with the index of its
 * twin in the live document before Readability moves anything.
 */

export const SOURCE_ATTR = 'data-lede-src';

export interface SourceMappedClone {
  clone: Document;
  /** `liveElements[i]` is the live element whose clone carries `data-lede-src="i"`. */
  liveElements: Element[];
}

export function cloneWithSourceMap(doc: Document): SourceMappedClone {
  const clone = doc.cloneNode(true) as Document;
  const liveElements: Element[] = [];
  const live = doc.createTreeWalker(doc.documentElement, 1 /* SHOW_ELEMENT */);
  const copy = clone.createTreeWalker(clone.documentElement, 1 /* SHOW_ELEMENT */);
  let a: Node | null = live.currentNode;
  let b: Node | null = copy.currentNode;
  while (a && b) {
    (b as Element).setAttribute(SOURCE_ATTR, String(liveElements.length));
    liveElements.push(a as Element);
    a = live.nextNode();
    b = copy.nextNode();
  }
  return { clone, liveElements };
}

/** The live element for a node of the clone: its own tag, else its nearest tagged ancestor. */
export function liveElementFor(node: Element, liveElements: Element[]): Element | null {
  for (let el: Element | null = node; el; el = el.parentElement) {
    const index = el.getAttribute(SOURCE_ATTR);
    if (index !== null) return liveElements[Number(index)] ?? null;
  }
  // Readability builds some wrappers itself; fall back to the first tagged descendant.
  const inner = node.querySelector(`[${SOURCE_ATTR}]`);
  return inner ? liveElementFor(inner, liveElements) : null;
}

export function stripSourceMarks(root: Element): void {
  root.removeAttribute(SOURCE_ATTR);
  for (const el of root.querySelectorAll(`[${SOURCE_ATTR}]`)) el.removeAttribute(SOURCE_ATTR);
}
