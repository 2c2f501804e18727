/**
 * Line focus over laid-out text, for the reader view and the page alike: an element's visual
 * lines as ranges (measured from its words' boxes), and stepping one line on, into the next
 * or previous paragraph at either end. The grouping of boxes into lines is in visual-lines.ts.
 */
import { groupIntoLines } from './visual-lines';

const WORD = /\S+/g;

export interface Place {
  element: Element;
  line: number;
}

export interface LineRange {
  range: Range;
  top: number;
  bottom: number;
}

/** The element's visual lines as ranges, measured from its words' boxes as laid out now. */
export function linesOf(element: Element): LineRange[] {
  const doc = element.ownerDocument;
  const words: LineRange[] = [];
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const match of node.data.matchAll(WORD)) {
      const range = doc.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      if (box.height > 0) words.push({ range, top: box.top, bottom: box.bottom });
    }
  }
  return groupIntoLines(words).map(({ first, last, top, bottom }) => {
    const range = doc.createRange();
    range.setStart(first.range.startContainer, first.range.startOffset);
    range.setEnd(last.range.endContainer, last.range.endOffset);
    return { range, top, bottom };
  });
}

/** The first of `elements` that reaches into the viewport (else the first). */
export function firstInView(elements: readonly Element[]): Element | null {
  return elements.find((el) => el.getBoundingClientRect().bottom > 0) ?? elements[0] ?? null;
}

/** One line further on from `from`, into the next or previous paragraph at either end. */
export function stepped(from: Place, step: -1 | 1, elements: readonly Element[]): Place {
  const lineCount = linesOf(from.element).length;
  const line = from.line + step;
  if (line >= 0 && line < lineCount) return { element: from.element, line };
  const element = elements[elements.indexOf(from.element) + step];
  if (!element) return from;
  return { element, line: step > 0 ? 0 : Math.max(0, linesOf(element).length - 1) };
}

/**
 * The band of `count` lines (1, 3 or 5) centred on line `line` of `lines`, kept within the
 * paragraph: near its start or end the band shifts rather than shrinks.
 */
export function bandAround(lines: readonly { top: number; bottom: number }[], line: number, count: number): { top: number; bottom: number } | null {
  if (!lines.length) return null;
  const size = Math.min(Math.max(1, count), lines.length);
  const at = Math.min(Math.max(0, line), lines.length - 1);
  const first = Math.min(Math.max(0, at - Math.floor((size - 1) / 2)), lines.length - size);
  return { top: lines[first]!.top, bottom: lines[first + size - 1]!.bottom };
}
