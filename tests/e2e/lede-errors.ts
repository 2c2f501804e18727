/**
 * Errors in Lede's contexts, for the e2e suites and the sweep (scripts/sweep.ts).
 */
import type { Worker } from 'playwright-core';
import type { LedeBrowser } from './lede-browser';

/**
 * Errors in any Lede context: uncaught exceptions and console errors in its pages, and in its
 * service worker (where uncaught errors and unhandled rejections are logged by listeners
 * installed through `watchWorker`, since the browser reports them nowhere else).
 */
export function collectLedeErrors(lede: LedeBrowser): { errors: string[]; watchWorker(worker?: Worker): Promise<void> } {
  const origin = `chrome-extension://${lede.extensionId}/`;
  const errors: string[] = [];
  const where = (url: string | undefined) => (url?.startsWith(origin) ? url.slice(origin.length) : null);
  lede.context.on('console', (message) => {
    const from = where(message.worker()?.url() ?? message.page()?.url());
    if (message.type() === 'error' && from !== null) errors.push(`${from} console: ${message.text()}`);
  });
  lede.context.on('weberror', (error) => {
    const from = where(error.page()?.url());
    if (from !== null) errors.push(`${from} uncaught: ${error.error().message}`);
  });
  return {
    errors,
    async watchWorker(worker) {
      await (worker ?? (await lede.worker())).evaluate(() => {
        self.addEventListener('unhandledrejection', (e) => console.error(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`));
        self.addEventListener('error', (e) => console.error(`uncaught: ${e.message}`));
      });
    },
  };
}
