/**
 * `npm run --silent bench [-- --json] [-- --rounds N] [-- <dir>]`: Lede's speed and weight in
 * real headless Chromium, against its targets. <dir> holds `html/<id>.html.gz` pages
 * (default: ../shared/datasets/extraction/zyte); without it the benchmark says so and skips.
 *
 * - pipeline: per page, plain Readability vs Lede's whole pipeline, same run, alternating
 *   order; median and p95 of each and of their per-page ratio (target: ≤ 1.3× at the median);
 *   and the summary + quotes alone as a share of Readability's time (target < 20%);
 *   and, paced as the content script reads for the popup, the longest phase (the longest the
 *   page waits at a stretch; target 100 ms), with the pages over it;
 * - always-on content script: size (target < 10 KB) and the main-thread CPU time of its own
 *   script on the heaviest page (target < 2 ms);
 * - popup: navigation start to the summary list, model cached (target < 150 ms);
 * - bundle sizes of every entrypoint of a fresh production build;
 * - JS heap taken by extracting the largest page;
 * - the sweep (scripts/sweep.ts) of the dataset and of Readability's test pages: every page
 *   in the popup, cold and cached, the reader view and the skip links (`--sweep-limit N`).
 * Timings depend on the machine and its load; the load average is printed with them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATASETS_DIR } from '../node/datasets';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { FIXTURES_DIR, launchLede } from '../tests/e2e/lede-browser';
import { buildExtension, bundlePipeline, bundleSizes, type BundleSize } from './bench-build';
import { measureAlwaysOn, measurePopup, type AlwaysOnFigures, type PopupFigures } from './bench-extension';
import { datasetPages } from './bench-pages';
import { PHASE_TARGET_MS, PIPELINE_SCRIPT, launchBenchBrowser, measureHeap, measurePipeline, type HeapFigures, type PipelineFigures } from './bench-pipeline';
import { round, type Spread } from './bench-stats';
import { formatSweep, sweep, sweepPages, type SweepReport } from './sweep';

const TARGETS = { pipelineRatio: 1.3, digestShare: 0.2, alwaysOnBytes: 10 * 1024, alwaysOnMs: 2, popupMs: 150 };

class UsageError extends Error {}
const USAGE = 'usage: bench [--json] [--rounds N] [--sweep-limit N] [dataset-dir]';

interface Options {
  json: boolean;
  rounds: number;
  dir: string;
  /** Pages of each set the sweep checks in the browser (all by default). */
  sweepLimit?: number;
}

function parseArgs(argv: string[]): Options {
  // Five rounds a page: with three, the median ratio moved by ±0.03 from one run to the next.
  const options: Options = { json: false, rounds: 5, dir: join(DATASETS_DIR, 'extraction', 'zyte') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--rounds') {
      options.rounds = Number(argv[++i]);
      if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new UsageError(USAGE);
    } else if (arg === '--sweep-limit') {
      options.sweepLimit = Number(argv[++i]);
      if (!Number.isInteger(options.sweepLimit) || options.sweepLimit < 1) throw new UsageError(USAGE);
    } else if (arg.startsWith('-')) throw new UsageError(USAGE);
    else options.dir = resolve(arg);
  }
  return options;
}

interface Report {
  dataset: string;
  environment: { chromium: string; cpus: number; loadAverage: number[] };
  targets: typeof TARGETS;
  pipeline: Omit<PipelineFigures, 'pages'> & { meetsTarget: boolean; digestMeetsTarget: boolean };
  alwaysOnContentScript: (AlwaysOnFigures & { meetsSizeTarget: boolean; meetsTimeTarget: boolean }) | null;
  popup: PopupFigures & { meetsTarget: boolean };
  heap: HeapFigures;
  bundles: Record<string, Omit<BundleSize, 'files'>>;
  /** Every page of the dataset and of Readability's test pages, checked in the browser (scripts/sweep.ts). */
  sweeps: Omit<SweepReport, 'perPage'>[];
}

async function run(options: Options, progress: (line: string) => void): Promise<Report> {
  const pages = datasetPages(options.dir);
  const work = await mkdtemp(join(tmpdir(), 'lede-bench-'));
  const server = await startFixtureServer(FIXTURES_DIR);
  const browser = await launchBenchBrowser();
  try {
    // The pipeline is timed first, on a machine the extension builds have not just loaded.
    server.route(PIPELINE_SCRIPT, { body: await bundlePipeline(), headers: { 'content-type': 'text/javascript' } });
    const pipeline = await measurePipeline(browser, server, pages, options.rounds, (done) => {
      if (done % 20 === 0 || done === pages.length) progress(`pipeline: ${done}/${pages.length} pages`);
    });

    progress('building the extension (production and e2e)…');
    const production = buildExtension('production', work);
    const e2e = buildExtension('e2e', work);
    const byWeight = [...pages].sort((a, b) => b.bytes - a.bytes);
    const heaviest = byWeight[0]!;
    const typical = byWeight[Math.floor(byWeight.length / 2)]!;

    progress('heap, always-on content script…');
    const heap = await measureHeap(browser, server, heaviest);
    const alwaysOn = await measureAlwaysOn(browser, server, production, heaviest, 5).catch((error: unknown) => {
      progress(`always-on content script not measured: ${(error as Error).message}`);
      return null;
    });

    progress('popup…');
    const lede = await launchLede({ extensionDir: e2e });
    let popup: PopupFigures;
    try {
      popup = await measurePopup(lede, typical, 15);
    } finally {
      await lede.close();
    }

    const sweeps: Omit<SweepReport, 'perPage'>[] = [];
    for (const dir of [options.dir, join(DATASETS_DIR, 'extraction', 'mozilla-test-pages')]) {
      if (!sweepPages(dir).length) continue;
      progress(`sweep of ${dir}…`);
      const { perPage: _pages, ...report } = await sweep(dir, {
        limit: options.sweepLimit,
        extensionDir: e2e,
        progress: (done, total) => {
          if (done % 20 === 0 || done === total) progress(`sweep: ${done}/${total} pages`);
        },
      });
      sweeps.push(report);
    }

    const bundles = Object.fromEntries(Object.entries(bundleSizes(production)).map(([name, { bytes, gzipBytes }]) => [name, { bytes, gzipBytes }]));
    const { pages: _perPage, ...pipelineSummary } = pipeline;
    return {
      dataset: options.dir,
      environment: { chromium: browser.version(), cpus: cpus().length, loadAverage: loadavg().map((l) => round(l)) },
      targets: TARGETS,
      pipeline: {
        ...pipelineSummary,
        meetsTarget: pipeline.ratio.median <= TARGETS.pipelineRatio,
        digestMeetsTarget: pipeline.digestShare.median < TARGETS.digestShare,
      },
      alwaysOnContentScript: alwaysOn && {
        ...alwaysOn,
        meetsSizeTarget: alwaysOn.bytes < TARGETS.alwaysOnBytes,
        meetsTimeTarget: alwaysOn.scriptMs.median < TARGETS.alwaysOnMs,
      },
      popup: { ...popup, meetsTarget: popup.toSummaryMs.median < TARGETS.popupMs },
      heap,
      bundles,
      sweeps,
    };
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}

const ms = (s: Spread) => `median ${round(s.median, 1)} ms, p95 ${round(s.p95, 1)} ms`;
const kb = (bytes: number) => `${round(bytes / 1024, 1)} KB`;
const mark = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

function format(r: Report): string {
  const lines = [
    `Lede benchmark — ${r.dataset}`,
    `Chromium ${r.environment.chromium}, ${r.environment.cpus} CPUs, load average ${r.environment.loadAverage.join(' / ')}`,
    '',
    `Pipeline on ${r.pipeline.ratio.n} pages (${r.pipeline.failures.length} failed)`,
    `  plain Readability   ${ms(r.pipeline.readabilityMs)}`,
    `  Lede pipeline       ${ms(r.pipeline.ledeMs)}`,
    `  ratio Lede/Readab.  median ${round(r.pipeline.ratio.median)}×, p95 ${round(r.pipeline.ratio.p95)}×  (target ≤ ${r.targets.pipelineRatio}× at the median: ${mark(r.pipeline.meetsTarget)})`,
    `  summary + quotes    ${ms(r.pipeline.digestMs)}; of Readability's time: median ${round(r.pipeline.digestShare.median * 100, 1)}%, p95 ${round(r.pipeline.digestShare.p95 * 100, 1)}%  (target < ${r.targets.digestShare * 100}% at the median: ${mark(r.pipeline.digestMeetsTarget)})`,
    `  longest paced phase ${ms(r.pipeline.longestPhaseMs)}; over ${PHASE_TARGET_MS} ms on ${r.pipeline.overPhaseTarget.length} pages${r.pipeline.overPhaseTarget.length ? ` (${r.pipeline.overPhaseTarget.slice(0, 5).map((p) => `${p.id}: ${p.phase} ${p.ms} ms`).join(', ')}${r.pipeline.overPhaseTarget.length > 5 ? ', …' : ''})` : ''}`,
    ...r.pipeline.failures.map((f) => `  failed: ${f.id}: ${f.error}`),
    '',
  ];
  const a = r.alwaysOnContentScript;
  if (a) {
    lines.push(
      `Always-on content script (${a.file})`,
      `  size                ${kb(a.bytes)} (${kb(a.gzipBytes)} gzipped)  (target < ${kb(r.targets.alwaysOnBytes)}: ${mark(a.meetsSizeTarget)})`,
      `  script time         ${ms(a.scriptMs)} on ${a.page}  (target < ${r.targets.alwaysOnMs} ms: ${mark(a.meetsTimeTarget)})`,
      `    of which evaluation ${ms(a.evaluationMs)}, idle-time work ${ms(a.idleWorkMs)} (its look at the page)`,
      '    (main-thread CPU time in its own script only, from a trace)',
      ...(a.askedForArticleScript ? [] : ['  it never asked for the article script']),
      '',
    );
  } else lines.push('Always-on content script: not measured (see above)', '');
  lines.push(
    `Popup, cached model, to the summary list (${r.popup.selector}) on ${r.popup.page}`,
    `  ${ms(r.popup.toSummaryMs)}  (target < ${r.targets.popupMs} ms at the median: ${mark(r.popup.meetsTarget)})`,
    '',
    `Heap while extracting the largest page (${r.heap.page}, ${kb(r.heap.pageBytes)} gzipped)`,
    `  JS heap growth ${kb(r.heap.jsHeapGrowthBytes)}, DOM heap growth ${kb(r.heap.domHeapGrowthBytes)}, retained after GC ${kb(r.heap.retainedBytes)}`,
    '  (in use right after the synchronous run, before GC: a lower bound on the peak)',
    '',
    'Bundles (production build)',
    ...Object.entries(r.bundles).map(([name, b]) => `  ${name.padEnd(34)} ${kb(b.bytes).padStart(10)}  ${kb(b.gzipBytes).padStart(9)} gz`),
  );
  for (const s of r.sweeps) lines.push('', ...formatSweep(s));
  return `${lines.join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (!datasetPages(options.dir).length) {
    const skipped = `no pages at ${join(options.dir, 'html')}: benchmark skipped`;
    process.stdout.write(options.json ? `${JSON.stringify({ skipped })}\n` : `bench: ${skipped}\n`);
    return 0;
  }
  const report = await run(options, (line) => process.stderr.write(`bench: ${line}\n`));
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : format(report));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    const message = error instanceof UsageError ? error.message : ((error as Error).stack ?? String(error));
    process.stderr.write(`bench: ${message}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
