/**
 * Launches Debian's Chromium headless with the built Lede extension loaded, as a person's
 * browser would have it, and gives tests the handles they need: the extension id, a way to
 * find a page's tab id, and Lede's own pages for a tab.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from './fixture-server';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

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
  close(): Promise<void>;
}

export async function launchLede(): Promise<LedeBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No e2e build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const server = await startFixtureServer(FIXTURES_DIR);
  // Privacy: no extension context may reach anything but itself and the fixture server.
  const leaks: string[] = [];
  context.on('request', (request) => {
    const fromExtension = request.serviceWorker() !== null || request.frame().url().startsWith('chrome-extension://');
    const url = request.url();
    const allowed = /^(chrome-extension|data|blob):/.test(url) || url.startsWith(`${server.origin}/`);
    if (fromExtension && !allowed) leaks.push(url);
  });
  let live: Worker | null = null;
  const track = (w: Worker) => {
    live = w;
    w.once('close', () => {
      if (live === w) live = null;
    });
  };
  context.serviceWorkers().forEach(track);
  context.on('serviceworker', track);
  const worker = async () => live ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;

  const tabIdOf = async (page: Page) => {
    const url = page.url();
    const id = await (await worker()).evaluate(async (wanted) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === wanted)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab has ${url}`);
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
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
      if (leaks.length) throw new Error(`an extension context made network requests: ${leaks.join(', ')}`);
    },
  };
}
