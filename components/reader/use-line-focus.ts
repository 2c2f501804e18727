/**
 * Line focus: one line of the article in full colour on a band, everything else dimmed (to a
 * colour that still meets AA contrast). The line follows the Up and Down arrow keys while
 * the article text has focus, line by line and on into the next paragraph; the pointer and
 * keyboard focus (a link) move it to the line they are on, and read-aloud to the first line
 * of the paragraph being read. The line is a CSS highlight: the article's markup is untouched.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { lineFocusStep } from '../../lib/reader/shortcuts';
import { firstInView, linesOf, stepped, type Place } from '../../lib/read-aloud/line-focus';
import { lineIndexAt } from '../../lib/read-aloud/visual-lines';
import { keepInView, setHighlight } from '../../lib/read-aloud/highlight';

const CURRENT_ATTR = 'data-lede-current';

export interface LineFocus {
  onKeyDown: (event: KeyboardEvent) => void;
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
