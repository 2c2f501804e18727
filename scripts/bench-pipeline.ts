/**
 * The pipeline's speed in real Chromium, page by page: plain Readability
 * (`new Readability(document.cloneNode(true)).parse()`) against Lede's whole pipeline
 * (`buildArticle`: extract, clean-up, summary, quotes), measured in the same page, in
 * alternating order, after a warm-up run of each, with a forced GC before every timed run so
 * neither pays for the other's garbage. Also the JS heap that extracting the largest page takes.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FixtureServer } from '../tests/e2e/fixture-server';
import { QUIET_CHROMIUM_ARGS } from '../tests/e2e/lede-browser';
import { BENCH_SCRIPTS, servePage, type DatasetPage } from './bench-pages';
import { spread, type Spread } from './bench-stats';

/** The harness's flags, plus a GC the page can call. */
export const BENCH_CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--js-flags=--expose-gc'];

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: BENCH_CHROMIUM_ARGS });
}

export const PIPELINE_SCRIPT = `${BENCH_SCRIPTS}pipeline.js`;

export interface PageTiming {
  id: string;
  readabilityMs: number;
  ledeMs: number;
  ratio: number;
  /** Summary + quotes on the extracted article, and that as a share of Readability's time. */
  digestMs: number;
  digestShare: number;
  /** The paced build (as the content script reads for the popup): its longest phase, the longest the page waits at a stretch. */
  longestPhaseMs: number;
  longestPhase: string;
}

export interface PipelineFigures {
  pages: PageTiming[];
  failures: { id: string; error: string }[];
  readabilityMs: Spread;
  ledeMs: Spread;
  ratio: Spread;
  digestMs: Spread;
  digestShare: Spread;
  longestPhaseMs: Spread;
  /** Pages whose longest paced phase is over the 100 ms target, with that phase. */
  overPhaseTarget: { id: string; phase: string; ms: number }[];
}

export const PHASE_TARGET_MS = 100;

/** One paced build (after the timed runs have warmed it up): its longest phase. */
async function longestPhase(page: Page): Promise<{ phase: string; ms: number }> {
  const { phases } = (await page.evaluate('globalThis.__ledeBench.paced()')) as { phases: { phase: string; ms: number }[] };
  return phases.reduce((a, b) => (b.ms > a.ms ? b : a), { phase: 'none', ms: 0 });
}


/**
 * Adds a <script src> the page's CSP allows. (Playwright's addScriptTag takes any CSP report
 * raised meanwhile, such as a blocked favicon, for its own failure.)
 */
export function addScript(page: Page, url: string): Promise<void> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = ${JSON.stringify(url)};
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('could not load the script'));
    document.head.append(script);
  })`);
}

async function loadWithPipeline(page: Page, server: FixtureServer, dataset: DatasetPage): Promise<void> {
  await page.goto(await servePage(server, dataset), { waitUntil: 'load' });
  await addScript(page, server.url(PIPELINE_SCRIPT));
}

/**
 * Median of `rounds` timed runs of each, alternating which goes first (by page and by round).
 * Passed as source text: the runner's transpiler would wrap named functions in helpers the
 * page doesn't have.
 */
const TIME_IN_PAGE = `({ rounds, readabilityFirst }) => {
  if (!globalThis.crossOriginIsolated) throw new Error('the page is not cross-origin isolated: its clock would be too coarse');
  const run = (which) => {
    globalThis.gc();
    const started = performance.now();
    globalThis.__ledeBench[which]();
    return performance.now() - started;
  };
  run('readability');
  run('lede');
  run('digest');
  const times = { readability: [], lede: [], digest: [] };
  for (let r = 0; r < rounds; r++) {
    const order = (r % 2 === 0) === readabilityFirst ? ['readability', 'lede'] : ['lede', 'readability'];
    for (const which of [...order, 'digest']) times[which].push(run(which));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  return { readability: median(times.readability), lede: median(times.lede), digest: median(times.digest) };
}`;

async function timeInPage(page: Page, rounds: number, readabilityFirst: boolean): Promise<{ readability: number; lede: number; digest: number }> {
  return page.evaluate(`(${TIME_IN_PAGE})(${JSON.stringify({ rounds, readabilityFirst })})`);
}

export async function measurePipeline(
  browser: Browser,
  server: FixtureServer,
  pages: DatasetPage[],
  rounds: number,
  onProgress: (done: number) => void,
): Promise<PipelineFigures> {
  const timings: PageTiming[] = [];
  const failures: { id: string; error: string }[] = [];
  const page = await browser.newPage();
  for (const [i, dataset] of pages.entries()) {
    try {
      await loadWithPipeline(page, server, dataset);
      const t = await timeInPage(page, rounds, i % 2 === 0);
      const longest = await longestPhase(page);
      timings.push({
        id: dataset.id,
        readabilityMs: t.readability,
        ledeMs: t.lede,
        ratio: t.lede / t.readability,
        digestMs: t.digest,
        digestShare: t.digest / t.readability,
        longestPhaseMs: longest.ms,
        longestPhase: longest.phase,
      });
    } catch (error) {
      failures.push({ id: dataset.id, error: String((error as Error).message ?? error).split('\n')[0]! });
    }
    onProgress(i + 1);
  }
  await page.close();
  return {
    pages: timings,
    failures,
    readabilityMs: spread(timings.map((t) => t.readabilityMs)),
    ledeMs: spread(timings.map((t) => t.ledeMs)),
    ratio: spread(timings.map((t) => t.ratio)),
    digestMs: spread(timings.map((t) => t.digestMs)),
    digestShare: spread(timings.map((t) => t.digestShare)),
    longestPhaseMs: spread(timings.map((t) => t.longestPhaseMs)),
    overPhaseTarget: timings.filter((t) => t.longestPhaseMs > PHASE_TARGET_MS).map((t) => ({ id: t.id, phase: t.longestPhase, ms: Math.round(t.longestPhaseMs) })),
  };
}

export interface HeapFigures {
  page: string;
  pageBytes: number;
  /** V8 heap in use right after the synchronous extraction, minus before it (after a full GC). */
  jsHeapGrowthBytes: number;
  /** The same for Blink's DOM heap (the clone Readability works on lives there). */
  domHeapGrowthBytes: number;
  /** What stays alive after another full GC: the model and its live-element map. */
  retainedBytes: number;
}

/**
 * The main thread is busy for the whole extraction, so nothing can sample the heap during it;
 * the figure is the heap in use the moment it returns, before any GC of its garbage. Garbage
 * the young-generation collector already freed mid-run is not counted: a lower bound on the
 * peak, and a faithful one for the part that outlives a scavenge.
 */
export async function measureHeap(browser: Browser, server: FixtureServer, dataset: DatasetPage): Promise<HeapFigures> {
  const page = await browser.newPage();
  await loadWithPipeline(page, server, dataset);
  const cdp = await page.context().newCDPSession(page);
  const usage = async () => {
    const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
    return { js: u.usedSize, dom: u.embedderHeapUsedSize ?? 0 };
  };
  // Warm up first, so compiled code doesn't count as the pipeline's data.
  await page.evaluate('void globalThis.__ledeBench.lede()');
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await usage();
  await page.evaluate('globalThis.kept = globalThis.__ledeBench.lede(); undefined');
  const after = await usage();
  await cdp.send('HeapProfiler.collectGarbage');
  const retained = await usage();
  await page.close();
  return {
    page: dataset.id,
    pageBytes: dataset.bytes,
    jsHeapGrowthBytes: after.js - before.js,
    domHeapGrowthBytes: after.dom - before.dom,
    retainedBytes: retained.js + retained.dom - before.js - before.dom,
  };
}
