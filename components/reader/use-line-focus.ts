/**
 * Line focus: the paragraph being read stands out and the rest of the article is dimmed
 * (to a colour that still meets AA contrast). The paragraph follows the pointer, keyboard
 * focus (a link inside it), read-aloud, and the Up and Down arrow keys while the article
 * text has focus.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { lineFocusStep } from '../../lib/reader/shortcuts';
import { keepInView } from './speech-highlight';

const CURRENT_ATTR = 'data-lede-current';

export interface LineFocus {
  onKeyDown: (event: KeyboardEvent) => void;
}

function firstInView(elements: readonly Element[]): Element | null {
  return elements.find((el) => el.getBoundingClientRect().bottom > 0) ?? elements[0] ?? null;
}

export function useLineFocus(
  enabled: boolean,
  container: HTMLElement | null,
  elements: readonly Element[],
  spoken: Element | null,
): LineFocus {
  const [current, setCurrent] = useState<Element | null>(null);
  // Key repeat can deliver several arrows before the next render: each step starts from
  // where the previous one landed, not from the last rendered paragraph.
  const latest = useRef<Element | null>(null);
  latest.current = current;

  useEffect(() => {
    if (enabled && spoken && elements.includes(spoken)) setCurrent(spoken);
  }, [enabled, spoken, elements]);

  useEffect(() => {
    if (!enabled || !container) return undefined;
    setCurrent((was) => was ?? firstInView(elements));
    const follow = (event: Event) => {
      for (let el = event.target as Element | null; el && el !== container; el = el.parentElement) {
        if (elements.includes(el)) {
          setCurrent(el);
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
      follow(event);
    };
    container.addEventListener('mousemove', pointer);
    container.addEventListener('focusin', follow);
    return () => {
      container.removeEventListener('mousemove', pointer);
      container.removeEventListener('focusin', follow);
    };
  }, [enabled, container, elements]);

  useEffect(() => {
    if (!enabled || !current) return undefined;
    current.setAttribute(CURRENT_ATTR, '');
    return () => current.removeAttribute(CURRENT_ATTR);
  }, [enabled, current]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (!enabled || event.target !== event.currentTarget) return;
    const step = lineFocusStep(event);
    if (step === null) return;
    event.preventDefault();
    const index = latest.current ? elements.indexOf(latest.current) : -1;
    const next = elements[Math.min(elements.length - 1, Math.max(0, index + step))];
    if (!next) return;
    latest.current = next;
    setCurrent(next);
    keepInView(next.getBoundingClientRect());
  };

  return { onKeyDown };
}
