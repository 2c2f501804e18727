/**
 * The always-on page watcher, registered on every http(s) page only when the person has
 * turned on skip links for every site and granted host access (see
 * entrypoints/background/page-watch.ts). It runs on every page they open, so it stays tiny
 * and idle: it only schedules, then looks at the page in idle time with a bounded version of
 * Readability's cheap "does this look like an article?" test (lib/navigation/readerable-scan.ts)
 * and, if so, asks the background to inject the article script, which adds the skip links.
 * After that it has nothing more to do; otherwise it watches for an article to arrive.
 *
 * An unlisted script rather than a WXT content script: the background registers it itself,
 * and WXT's content-script wrapper (a context object with its own location watcher, and a
 * script-started announcement to the page) would be most of its code and of its start-up time.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { browser } from 'wxt/browser';
import type { ContentEvent } from '../lib/messages';
import { readerableScan, type ReaderableScan } from '../lib/navigation/readerable-scan';
import { retryOnMutation } from '../lib/navigation/retry-on-mutation';
import { watchUrl } from '../lib/navigation/url-watch';

/** Longest wait for the page to go idle before looking anyway (ms). */
const IDLE_TIMEOUT = 3000;
/** Idle time left unused in each slice, for the browser's own idle work (ms). */
const SLICE_MARGIN = 1;

/** Runs the readerable test in idle-time slices; `decided` gets the answer. Returns a cancel function. */
function lookWhenIdle(decided: (isArticle: boolean) => void): () => void {
  let scan: ReaderableScan | undefined;
  const slice = (deadline: IdleDeadline) => {
    scan ??= readerableScan(document);
    const answer = scan.resume(() => deadline.timeRemaining() > SLICE_MARGIN);
    if (answer === undefined) handle = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT });
    else decided(answer);
  };
  let handle = requestIdleCallback(slice, { timeout: IDLE_TIMEOUT });
  return () => cancelIdleCallback(handle);
}

export default defineUnlistedScript(() => {
  if (window.top !== window) return;
  // At load it only schedules the first look: each first use of a DOM API costs the page time,
  // so they all wait for idle time. On an article, that look is all it ever does.
  let cancelLook: () => void = () => {};
  let stopRetry: () => void = () => {};
  let stopUrlWatch: (() => void) | undefined;
  const look = (ifNot: () => void) => {
    cancelLook();
    cancelLook = lookWhenIdle((isArticle) => {
      if (!isArticle) return ifNot();
      stopRetry();
      stopUrlWatch?.();
      // After the extension is reloaded or updated, this copy lives on in the page cut off
      // from it (no runtime id), where sending would throw.
      if (!browser.runtime?.id) return;
      void browser.runtime.sendMessage({ type: 'lede/page-is-article' } satisfies ContentEvent).catch(() => undefined);
    });
  };
  // Not an article (yet): articles that arrive late (after load, or after a single-page-app
  // navigation) are looked at again when the DOM settles, a bounded number of times. Each
  // retry only schedules a look, so it answers "not yet": a look that finds one stops it.
  const lookThenWatch = () => {
    stopRetry();
    look(() => {
      stopUrlWatch ??= watchUrl(window, lookThenWatch);
      stopRetry = retryOnMutation(document.body, () => {
        look(() => {});
        return false;
      });
    });
  };
  lookThenWatch();
});
