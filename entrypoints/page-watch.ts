/**
 * The always-on page watcher, registered on every http(s) page only when the person has
 * turned on skip links for every site and granted host access (see
 * entrypoints/background/page-watch.ts). It runs on every page they open, so it stays tiny
 * and idle: once the page has settled it asks Readability's cheap "does this look like an
 * article?" test (not Readability itself) and, if so, asks the background to inject the
 * article script, which adds the skip links. After that it has nothing more to do.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { browser } from 'wxt/browser';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ContentEvent } from '../lib/messages';
import { retryOnMutation } from '../lib/navigation/retry-on-mutation';
import { watchUrl } from '../lib/navigation/url-watch';

/** Longest wait for the page to go idle before looking anyway (ms). */
const IDLE_TIMEOUT = 3000;

export default defineContentScript({
  registration: 'runtime',
  // WXT would otherwise announce Lede (and its id) to every page it runs in via postMessage.
  noScriptStartedPostMessage: true,
  main() {
    if (window.top !== window) return;

    let stopRetry: () => void = () => {};
    let stopUrlWatch: () => void = () => {};
    const askForArticleScript = (): boolean => {
      if (!isProbablyReaderable(document)) return false;
      stopRetry();
      stopUrlWatch();
      void browser.runtime.sendMessage({ type: 'lede/page-is-article' } satisfies ContentEvent).catch(() => undefined);
      return true;
    };
    // Articles that arrive late (after load, or after a single-page-app navigation) are
    // looked at again when the DOM settles, a bounded number of times.
    const lookWhenIdle = () =>
      requestIdleCallback(
        () => {
          stopRetry();
          if (!askForArticleScript()) stopRetry = retryOnMutation(document.body, askForArticleScript);
        },
        { timeout: IDLE_TIMEOUT },
      );
    lookWhenIdle();
    stopUrlWatch = watchUrl(window, lookWhenIdle);
  },
});
