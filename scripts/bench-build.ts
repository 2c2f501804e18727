/**
 * What the benchmark measures is built fresh, into a private folder, so the figures are for
 * the current source and a parallel `npm test` (which rebuilds .output/) is never disturbed:
 * the extension (production and e2e variants, through WXT's own build) and an IIFE bundle of
 * the pipeline and of plain Readability for pages (esbuild, which WXT already installs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { PROJECT_ROOT } from '../node/datasets';

/** Builds the extension with WXT into `outRoot`; returns the built folder. */
export function buildExtension(variant: 'production' | 'e2e', outRoot: string): string {
  // WXT reads wxt.config.ts (and LEDE_E2E in it) once per process: one child per variant.
  const script = `import { build } from 'wxt'; await build({ outDir: ${JSON.stringify(outRoot)}, logLevel: 1 });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, LEDE_E2E: variant === 'e2e' ? '1' : '' },
    encoding: 'utf8',
  });
  const dir = join(outRoot, variant === 'e2e' ? 'chrome-mv3-e2e' : 'chrome-mv3');
  if (result.status !== 0 || !existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build (${variant}) failed:\n${result.stderr || result.stdout}`);
  }
  return dir;
}

/**
 * `window.__ledeBench` in a page: plain Readability as its README uses it, Lede's whole
 * pipeline straight through and paced as the content script runs it for the popup (extract,
 * clean-up, summary, quotes), and the summary and quotes alone.
 */
export async function bundlePipeline(): Promise<string> {
  const contents = `
import { Readability } from '@mozilla/readability';
import { buildArticle, buildArticlePaced } from './lib/build-article';
import { extractArticle } from './lib/extract/extract-article';
import { findQuotes } from './lib/quotes/find-quotes';
import { summarize } from './lib/summary/summarize';
// Every language's quote file, as the content script has its article's.
import './lib/quotes/languages';
let extracted = null;
globalThis.__ledeBench = {
  readability: () => new Readability(document.cloneNode(true)).parse(),
  lede: () => buildArticle(document, { url: location.href }),
  // As the content script reads for the popup: the thread given back between phases; the
  // duration of each phase, in order.
  paced: async () => {
    const phases = [];
    const pace = {
      pause: () => new Promise((resume) => setTimeout(resume, 0)),
      now: () => performance.now(),
      budgetMs: Infinity,
      onPhase: (phase, ms) => phases.push({ phase, ms }),
    };
    const paced = await buildArticlePaced(document, { url: location.href }, pace);
    return { phases, kind: paced.kind === 'built' ? paced.built.result.kind : paced.kind };
  },
  // Summary and quotes alone, on an article extracted once (in the warm-up run).
  digest: () => {
    extracted ??= extractArticle(document, { url: location.href });
    if (extracted.kind === 'article') {
      summarize(extracted.extracted.article);
      findQuotes(extracted.extracted.article);
    }
  },
};`;
  const out = await esbuild({
    stdin: { contents, resolveDir: PROJECT_ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text;
}

export interface BundleSize {
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** The JS and CSS a page loads: its own tags, then every chunk those import, transitively. */
function pageFiles(root: string, html: string): string[] {
  const source = readFileSync(join(root, html), 'utf8');
  const queue = [...source.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => join(root, m[1]!.replace(/^\//, '')));
  return followImports(root, queue);
}

function followImports(root: string, start: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]!));
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

function sizeOf(root: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const data = readFileSync(join(root, file));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Per entrypoint of a built extension: the background, each content script, each page. */
export function bundleSizes(root: string): Record<string, BundleSize> {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  const sizes: Record<string, BundleSize> = {};
  const worker = manifest.background?.service_worker;
  if (worker) sizes.background = sizeOf(root, followImports(root, [join(root, worker)]));
  const scripts = join(root, 'content-scripts');
  for (const file of existsSync(scripts) ? readdirSync(scripts).filter((f) => /\.(js|css)$/.test(f)).sort() : []) {
    sizes[`content-scripts/${file}`] = sizeOf(root, followImports(root, [join(scripts, file)]));
  }
  for (const html of readdirSync(root).filter((f) => f.endsWith('.html')).sort()) {
    sizes[html] = sizeOf(root, pageFiles(root, html));
  }
  return sizes;
}
