/**
 * The text of a node as a reader sees it. `textContent` glues lines together: "Houston,
 * TX<br>Oct. 10" reads "TXOct", and a label in its own <div> runs into the next word. Line
 * breaks and block boundaries become spaces here; script and style text is left out.
 */
import { normalizeSpace } from '../text/normalize';

const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

function appendText(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== 1) return;
  const tag = (node as Element).tagName.toUpperCase();
  if (INVISIBLE.has(tag)) return;
  if (tag === 'BR') {
    parts.push(' ');
    return;
  }
  const block = BLOCK_LEVEL.has(tag);
  if (block) parts.push(' ');
  for (let child = node.firstChild; child; child = child.nextSibling) appendText(child, parts);
  if (block) parts.push(' ');
}

/** Whitespace-normalised text of the nodes, in order, with line breaks kept as spaces. */
export function visibleText(...nodes: Node[]): string {
  const parts: string[] = [];
  for (const node of nodes) appendText(node, parts);
  return normalizeSpace(parts.join(''));
}
