/**
 * Readability runs on a clone of the page (it mutates what it is given). To jump from a
 * block back to the live page, every element of the clone's body is tagged with the index of
 * its twin in the live document before Readability moves anything.
 */
import { listed } from './node-lists';

export const SOURCE_ATTR = 'data-lede-src';

/**
 * Readability's work grows with the square of the DOM's depth (about a second at 500 levels
 * in Chromium, several in jsdom, minutes at 5,000, with the tab frozen all the while). News
 * pages nest 20 to 50 levels deep; a page deeper than this is cloned with the middle of every
 * deeper chain unwrapped, keeping the page's outer levels and the article's inner ones.
 */
export const MAX_DOM_DEPTH = 128;
const KEPT_OUTER_LEVELS = 32;
const KEPT_INNER_LEVELS = 32;

/**
 * Neither clone copies the doctype: Readability never reads it, the clone keeps the page's
 * mode without it, and the parser gives some broken pages one (`<!doctype<!doctype html>`)
 * whose name jsdom refuses to copy.
 */
const DOCUMENT_TYPE_NODE = 10;

export interface SourceMappedClone {
  clone: Document;
  /** `liveElements[i]` (every element of the page) is the live element whose clone carries `data-lede-src="i"`. */
  liveElements: Element[];
}

/**
 * The clone Readability reads, without what `leaveOut` names. On an ordinary page the
 * furniture is found on the live page and never copied (a third or more of a news page's
 * elements); past the parser's depth, `leaveOut` is asked of the flattened clone instead,
 * whose shape the answer must fit.
 */
export function cloneWithSourceMap(doc: Document, leaveOut: (doc: Document) => Element[]): SourceMappedClone {
  const live = doc.querySelectorAll('*');
  const liveElements = new Array<Element>(live.length);
  const depths = new Int32Array(live.length);
  let deepest = 0;
  // In document order an element's parent is the element before it or one of that one's
  // ancestors, so depths come from a short climb instead of a lookup per element.
  let depth = 0;
  for (let i = 0; i < live.length; i++) {
    const el = live[i]!;
    const parent = el.parentElement;
    for (let up = i ? liveElements[i - 1]! : null; up && up !== parent; up = up.parentElement) depth--;
    depths[i] = ++depth;
    if (depth > deepest) deepest = depth;
    liveElements[i] = el;
  }
  if (deepest > MAX_DOM_DEPTH) {
    const clone = flattenedClone(doc, liveElements, depths);
    for (const el of leaveOut(clone)) el.remove();
    return { clone, liveElements };
  }

  const left = new Set(leaveOut(doc));
  const clone = cloneLeavingOut(doc, left);
  // The clone's elements are the live ones in the same order, less each left-out subtree.
  const copy = clone.querySelectorAll('*');
  // The head (a sixth of a news page's clone, in meta tags) never becomes part of an article.
  const body = doc.body ? liveElements.indexOf(doc.body) : 0;
  for (let i = 0, j = 0; i < liveElements.length && j < copy.length; i++) {
    const el = liveElements[i]!;
    if (left.has(el)) i += el.getElementsByTagName('*').length;
    else if (i < body) j++;
    else copy[j++]!.setAttribute(SOURCE_ATTR, String(i));
  }
  return { clone, liveElements };
}

/**
 * A deep copy of `doc` without the `left` subtrees: natively deep-copied wherever no left-out
 * element lies below, node by node only along the paths down to them.
 */
function cloneLeavingOut(doc: Document, left: ReadonlySet<Element>): Document {
  const onPath = new Set<Node>();
  for (const el of left) for (let up = el.parentNode; up && !onPath.has(up); up = up.parentNode) onPath.add(up);
  const clone = doc.cloneNode(false) as Document;
  const copyChildren = (from: Node, to: Node): void => {
    for (let child = from.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === DOCUMENT_TYPE_NODE || left.has(child as Element)) continue;
      if (!onPath.has(child)) {
        to.appendChild(clone.importNode(child, true));
        continue;
      }
      const copy = to.appendChild(clone.importNode(child, false));
      copyChildren(child, copy);
    }
  };
  copyChildren(doc, clone);
  return clone;
}

/**
 * A source-mapped clone built node by node, leaving out (but keeping the children of) every
 * element both deeper than the kept outer levels and higher than the kept inner ones. No
 * chain is then longer than those levels together, and the clone is built without the
 * recursion a deep `cloneNode` would need.
 */
function flattenedClone(doc: Document, liveElements: Element[], depths: Int32Array): Document {
  const indexOf = new Map<Node, number>(liveElements.map((el, i) => [el, i]));
  // Height: levels from an element down to its deepest descendant, children before parents.
  const heights = new Int32Array(liveElements.length).fill(1);
  for (let i = liveElements.length - 1; i > 0; i--) {
    const parent = indexOf.get(liveElements[i]!.parentElement!);
    if (parent !== undefined) heights[parent] = Math.max(heights[parent]!, heights[i]! + 1);
  }
  const clone = doc.cloneNode(false) as Document;
  const copyOf = new Map<Node, Node>([[doc, clone]]);
  const walker = doc.createTreeWalker(doc, 0xffffffff /* SHOW_ALL */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === DOCUMENT_TYPE_NODE) continue;
    const parent = copyOf.get(node.parentNode!)!;
    const i = indexOf.get(node);
    if (i !== undefined && depths[i]! > KEPT_OUTER_LEVELS && heights[i]! > KEPT_INNER_LEVELS) {
      copyOf.set(node, parent);
      continue;
    }
    const copy = node.cloneNode(false);
    if (i !== undefined) (copy as Element).setAttribute(SOURCE_ATTR, String(i));
    copyOf.set(node, parent.appendChild(copy));
  }
  return clone;
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
  for (const el of listed(root.querySelectorAll(`[${SOURCE_ATTR}]`))) el.removeAttribute(SOURCE_ATTR);
}
