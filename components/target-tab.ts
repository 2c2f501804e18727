import { browser } from 'wxt/browser';

/**
 * The tab an extension page is about: `?tab=<id>` when given (the reader view, tests, or the
 * popup opened in its own window), else the active tab of the current window.
 */
export async function targetTabId(search = location.search): Promise<number | null> {
  const given = new URLSearchParams(search).get('tab');
  if (given !== null) return /^\d+$/.test(given) ? Number(given) : null;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
