/**
 * The time budget in real Chromium, on a 5 MB page of 50,000 elements: the paced build (as
 * the content script reads for the popup) gives the main thread back between every phase,
 * and a long-task observer in the page sees each phase as a task of its own rather than the
 * whole build as one. Durations depend on the machine: they are printed, not asserted; what
 * is asserted is the structure (every phase, in order, with a pause between).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundlePipeline } from '../../scripts/bench-build';
import { bigPage } from '../fixtures/hostile/bad-pages';
import { QUIET_CHROMIUM_ARGS } from './lede-browser';

interface Timings {
  phases: { phase: string; ms: number }[];
  kind: string;
  pacedLongTasks: number[];
  straightLongTasks: number[];
}

describe('hardening: the time budget (real Chromium, a huge page)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: QUIET_CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the paced build yields between every phase; each phase is its own task', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await page.setContent(bigPage(), { waitUntil: 'load' });
    await page.addScriptTag({ content: await bundlePipeline() });
    const timings = (await page.evaluate(`(async () => {
      const observe = async (run) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(Math.round(e.duration)); });
        observer.observe({ type: 'longtask' });
        const result = await run();
        // Long tasks are reported after they end: give the observer a turn.
        await new Promise((resume) => setTimeout(resume, 200));
        observer.disconnect();
        return { result, tasks };
      };
      const paced = await observe(() => globalThis.__ledeBench.paced());
      const straight = await observe(async () => globalThis.__ledeBench.lede());
      return { ...paced.result, pacedLongTasks: paced.tasks, straightLongTasks: straight.tasks };
    })()`)) as Timings;
    const names = timings.phases.map((p) => p.phase);
    expect(timings.kind).toBe('article');
    // Readability's later passes, when its first finds too little, are a phase of their own.
    expect(names.filter((n) => n !== 'readability-later-passes')).toEqual(['start', 'readability', 'blocks', 'quotes', 'summary']);
    // Reported for the record (ms): each phase, and the long tasks the page saw.
    console.log(
      `time budget on a 5 MB page: phases ${timings.phases.map((p) => `${p.phase} ${Math.round(p.ms)}`).join(', ')}; ` +
        `long tasks paced [${timings.pacedLongTasks.join(', ')}], straight through [${timings.straightLongTasks.join(', ')}]`,
    );
    await page.close();
  });
});
