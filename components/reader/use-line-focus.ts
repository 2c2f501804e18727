/**
 * Line focus: one line of the article in full colour on a band, everything else dimmed (to a
 * colour that still meets AA contrast). The line follows the Up and Down arrow keys while
 * the article text has focus, line by line and on into the next paragraph; the pointer and
 * keyboard focus (a link) move it to the line they are on, and read-aloud to the first line
 * of the paragraph being read. The line is a CSS highlight: the article's markup is untouched.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { lineFocusStep } from '../../lib/reader/shortcuts';
import { groupIntoLines, lineIndexAt } from '../../lib/reader/visual-lines';
import { keepInView, setHighlight } from './speech-highlight';

const CURRENT_ATTR = 'data-lede-current';
const WORD = /\S+/g;

export interface LineFocus {
  onKeyDown: (event: KeyboardEvent) => void;
}

interface Place {
  element: Element;
  line: number;
}

interface LineRange {
  range: Range;
  top: number;
  bottom: number;
}

/** The element's visual lines as ranges, measured from its words' boxes as laid out now. */
function linesOf(element: Element): LineRange[] {
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

function firstInView(elements: readonly Element[]): Element | null {
  return elements.find((el) => el.getBoundingClientRect().bottom > 0) ?? elements[0] ?? null;
}

/** One line further on from `from`, into the next or previous paragraph at either end. */
function stepped(from: Place, step: -1 | 1, elements: readonly Element[]): Place {
  const lineCount = linesOf(from.element).length;
  const line = from.line + step;
  if (line >= 0 && line < lineCount) return { element: from.element, line };
  const element = elements[elements.indexOf(from.element) + step];
  if (!element) return from;
  return { element, line: step > 0 ? 0 : Math.max(0, linesOf(element).length - 1) };
}

export function useLineFocus(
  enabled: boolean,
  container: HTMLElement | null,
  elements: readonly Element[],
  spoken: Element | null,
): LineFocus {
  const [current, setCurrent] = useState<Place | null>(null);
  // Key repeat can deliver several arrows before the next render: each step starts from
  // where the previous one landed, not from the last rendered line.
  const latest = useRef<Place | null>(null);
  latest.current = current;

  useEffect(() => {
    if (enabled && spoken && elements.includes(spoken)) setCurrent({ element: spoken, line: 0 });
  }, [enabled, spoken, elements]);

  useEffect(() => {
    if (!enabled || !container) return undefined;
    setCurrent((was) => {
      const element = was?.element ?? firstInView(elements);
      return element ? { element, line: was?.line ?? 0 } : null;
    });
    const follow = (event: Event, y: number) => {
      for (let el = event.target as Element | null; el && el !== container; el = el.parentElement) {
        if (elements.includes(el)) {
          setCurrent({ element: el, line: Math.max(0, lineIndexAt(linesOf(el), y)) });
          return;
        }
      }
    };
    // Only a pointer that really moved: when the arrow keys scroll the text under a resting
    // pointer, the browser reports mouse events at the same spot, which must not pull the
    // focus back to whatever now lies under it.
    let last = { x: NaN, y: NaN };
    const pointer = (event: MouseEvent) => {
      if (event.clientX === last.x && event.clientY === last.y) return;
      last = { x: event.clientX, y: event.clientY };
      follow(event, event.clientY);
    };
    const focus = (event: FocusEvent) => follow(event, (event.target as Element).getBoundingClientRect().top + 1);
    container.addEventListener('mousemove', pointer);
    container.addEventListener('focusin', focus);
    return () => {
      container.removeEventListener('mousemove', pointer);
      container.removeEventListener('focusin', focus);
    };
  }, [enabled, container, elements]);

  // Before paint, so the band never lags a frame behind the scroll that brings it into view.
  useLayoutEffect(() => {
    if (!enabled || !current) return undefined;
    const { element, line } = current;
    element.setAttribute(CURRENT_ATTR, '');
    // A new width or text size lays the lines out afresh: the same line number is re-measured.
    const show = () => setHighlight('lede-line', linesOf(element)[line]?.range ?? linesOf(element).at(-1)?.range ?? null);
    show();
    addEventListener('resize', show);
    return () => {
      removeEventListener('resize', show);
      element.removeAttribute(CURRENT_ATTR);
      setHighlight('lede-line', null);
    };
  }, [enabled, current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled || event.target !== event.currentTarget) return;
    const step = lineFocusStep(event);
    if (step === null) return;
    event.preventDefault();
    const from = latest.current ?? (firstInView(elements) ? { element: firstInView(elements)!, line: -step } : null);
    if (!from) return;
    const next = stepped(from, step, elements);
    latest.current = next;
    setCurrent(next);
    keepInView(linesOf(next.element)[next.line]?.range.getBoundingClientRect() ?? next.element.getBoundingClientRect());
  };

  return { onKeyDown };
}
