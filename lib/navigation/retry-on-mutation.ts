/**
 * Retrying a check while a page is still filling itself in (articles that arrive after
 * load, or after a single-page-app navigation). Mutations are batched (one check per quiet
 * spell, not one per change) and the watch is bounded in tries and time, so a page that
 * never settles (tickers, live blogs, ads) costs nothing after a while.
 */

export interface RetryLimits {
  /** Quiet time after the last mutation before checking again. */
  debounceMs: number;
  maxTries: number;
  maxMs: number;
}

const DEFAULT_RETRY: RetryLimits = { debounceMs: 600, maxTries: 8, maxMs: 30_000 };

/**
 * Calls `attempt` after each burst of DOM changes under `root` until it returns (or resolves
 * to) true or the limits run out. Returns a stop function.
 */
export function retryOnMutation(root: Node, attempt: () => boolean | Promise<boolean>, limits: RetryLimits = DEFAULT_RETRY): () => void {
  const win = (root.ownerDocument ?? (root as Document)).defaultView;
  if (!win) return () => {};
  let tries = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new win.MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      tries += 1;
      void Promise.resolve(attempt()).then((done) => {
        if (done || tries >= limits.maxTries) stop();
      });
    }, limits.debounceMs);
  });
  const deadline = setTimeout(() => stop(), limits.maxMs);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
  }
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
