/**
 * Launches Debian's Chromium headless with the built Lede extension loaded, as a person's
 * browser would have it, and gives tests the handles they need: the extension id, a way to
 * find a page's tab id, and Lede's own pages for a tab.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** LEDE_EXTENSION_DIR lets a run use its own copy of the build while another rebuilds. */
export const EXTENSION_DIR = process.env.LEDE_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless Chromium that stays quiet on this closed network, as the e2e suite and bench run it. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces for privacy: no host name resolves, so nothing can leave 127.0.0.1.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface LedeBrowser {
  context: BrowserContext;
  extensionId: string;
  server: FixtureServer;
  worker(): Promise<Worker>;
  /** Opens a fixture page (path under tests/fixtures or a route) in a new tab. */
  openPage(path: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  /** Opens an extension page (`popup.html`, `reader.html`…) for the page's tab. */
  openExtensionPage(name: string, forPage?: Page): Promise<Page>;
  /** The requests Lede's contexts made outside the fixture server so far, forgotten once taken. */
  takeLeaks(): string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. `--lang=fa` for Lede's UI in another language. */
  args?: string[];
  /** Extra environment for the browser process (Linux Chromium reads `LANGUAGE` for its UI locale). */
  env?: Record<string, string>;
  /** A built extension other than the e2e build, e.g. a private copy that a rebuild can't touch. */
  extensionDir?: string;
  /** Other unpacked extensions to load beside Lede (e.g. one that tries to message it). */
  otherExtensionDirs?: string[];
}

/** Chromium's id for an unpacked extension: derived from its folder's absolute path. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/**
 * Where a request came from: a service worker, or the page of the frame that made it. A
 * navigation that opens a new tab has no frame yet (Playwright throws when asked); it is the
 * new tab's own top-level load, made by no extension context, so it is judged as the page
 * it loads.
 */
function requesterOf(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    const frame = request.frame();
    return frame.page()?.mainFrame().url() ?? frame.url();
  } catch {
    return request.url();
  }
}

export async function launchLede(options: LaunchOptions = {}): Promise<LedeBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No e2e build at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-'));
  // Developer mode, as anyone running an unpacked build has it: without it Chromium disables
  // the extension when it reloads itself (`chrome.runtime.reload()`).
  await mkdir(join(userDataDir, 'Default'));
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { ui: { developer_mode: true } } }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...QUIET_CHROMIUM_ARGS,
      `--disable-extensions-except=${[extensionDir, ...(options.otherExtensionDirs ?? [])].join(',')}`,
      `--load-extension=${[extensionDir, ...(options.otherExtensionDirs ?? [])].join(',')}`,
      ...(options.args ?? []),
    ],
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
  });
  const server = await startFixtureServer(FIXTURES_DIR);
  // Privacy: no Lede context (its service worker, or any frame of its pages) may reach anything
  // but itself and the fixture server. Requests are kept with where they came from and judged
  // once Lede's id is known; other extensions (Chromium's PDF viewer) are not Lede.
  const outbound: { url: string; from: string }[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^(chrome-extension|data|blob):/.test(url) || url.startsWith(`${server.origin}/`)) return;
    outbound.push({ url, from: requesterOf(request) });
  });
  const extensionId = unpackedExtensionId(extensionDir);
  let live: Worker | null = null;
  const track = (w: Worker) => {
    if (!w.url().startsWith(`chrome-extension://${extensionId}/`)) return;
    live = w;
    w.once('close', () => {
      if (live === w) live = null;
    });
  };
  context.serviceWorkers().forEach(track);
  context.on('serviceworker', track);
  const worker = async () =>
    live ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) }));
  await worker();
  const takeLeaks = () => {
    const mine = outbound.filter((r) => r.from.startsWith(`chrome-extension://${extensionId}/`)).map((r) => r.url);
    outbound.length = 0;
    return mine;
  };

  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const ids = await (await worker()).evaluate(
      async (wanted) => (await chrome.tabs.query({})).filter((t) => t.url === wanted && t.id !== undefined).map((t) => t.id!),
      url,
    );
    if (ids.length === 1) return ids[0]!;
    if (!ids.length) throw new Error(`no tab has ${url}`);
    return tabIdAmong(page, ids);
  };

  // Several tabs show the same URL: a token in window.name (shared by the page's and the
  // extension's worlds) tells them apart. Only then does this run script in the page, which a
  // hung or hostile page might not allow.
  const tabIdAmong = async (page: Page, ids: number[]) => {
    const token = `lede-tab-${Math.random().toString(36).slice(2)}`;
    const previousName = await page.evaluate((t) => {
      const name = window.name;
      window.name = t;
      return name;
    }, token);
    const id = await (await worker()).evaluate(
      async ({ ids, token }) => {
        for (const tabId of ids) {
          const [probe] = await chrome.scripting.executeScript({ target: { tabId }, func: () => window.name });
          if (probe?.result === token) return tabId;
        }
        return null;
      },
      { ids, token },
    );
    await page.evaluate((name) => {
      window.name = name;
    }, previousName);
    if (id === null) throw new Error(`no tab has ${page.url()}`);
    return id;
  };

  return {
    context,
    extensionId,
    server,
    worker,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(/^https?:/.test(path) ? path : server.url(path));
      return page;
    },
    tabIdOf,
    async openExtensionPage(name, forPage) {
      const query = forPage ? `?tab=${await tabIdOf(forPage)}` : '';
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${name}${query}`);
      return page;
    },
    takeLeaks,
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
      const leaks = takeLeaks();
      if (leaks.length) throw new Error(`an extension context made network requests: ${leaks.join(', ')}`);
    },
  };
}
