/**
 * Tells screen-reader users about each change of the popup's state exactly once, and never
 * strands keyboard focus:
 * - the first state after opening is simply the page the screen reader starts reading, so it
 *   is announced only if "Reading the page…" was announced before it;
 * - a later change that removed the focused control (Try again, Read again, a page that
 *   changed under a focused quote) moves focus to the new state's h1, which is read out;
 * - any other later change is announced through the polite status.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function useStateAnnouncement(
  state: object,
  sentence: string | null,
  loadingShown: boolean,
  loadingText: string,
  root: RefObject<HTMLElement | null>,
): string {
  const [message, setMessage] = useState('');
  const settledBefore = useRef(false);
  const loadingAnnounced = useRef(false);

  useEffect(() => {
    if (!loadingShown) return;
    loadingAnnounced.current = true;
    setMessage(loadingText);
  }, [loadingShown, loadingText]);

  useEffect(() => {
    // `sentence` is null while loading: there is nothing to say until the state settles.
    if (sentence === null) return;
    const first = !settledBefore.current;
    settledBefore.current = true;
    const afterLoading = loadingAnnounced.current;
    loadingAnnounced.current = false;
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (!first && focusLost) {
      root.current?.querySelector<HTMLElement>('h1')?.focus();
      setMessage('');
    } else if (!first || afterLoading) {
      setMessage(sentence);
    }
  }, [state]);

  return message;
}
