import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';
import { EVERY_SITE_ORIGINS } from './lib/settings';

/**
 * The e2e build (LEDE_E2E=1) differs in one way: it holds host access to the localhost
 * fixture server, standing in for the user's click that grants activeTab, which a
 * headless browser cannot make. It builds to its own folder so it never ships.
 */
const e2e = process.env.LEDE_E2E === '1';

const FIREFOX_SETTINGS = {
  gecko: {
    // Lede's identity on addons.mozilla.org: never change it once published.
    id: '{e8674ef9-5b93-46c6-807c-d008c3d03b33}',
    // 140 is the oldest Firefox ESR still supported and the first to read
    // data_collection_permissions; optional_host_permissions and storage.session are older.
    strict_min_version: '140.0',
    // Lede collects nothing and sends nothing (PRIVACY.md).
    data_collection_permissions: { required: ['none'] },
  },
  // Firefox for Android reads data_collection_permissions from 142 on.
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * Keyboard shortcuts (handled in entrypoints/background/commands.ts). Chrome takes at most
 * four suggested keys, the popup's `_execute_action` among them; all are Alt+Shift+letter,
 * which neither Chrome, Firefox nor the common screen readers use. The rest start
 * unassigned: people set them on the browser's shortcuts page, which the options page
 * points to.
 */
const COMMANDS = {
  _execute_action: { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commands_openPopup__' },
  'jump-to-article': { suggested_key: { default: 'Alt+Shift+J' }, description: '__MSG_commands_jumpToArticle__' },
  'toggle-reader': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commands_toggleReader__' },
  'next-quote': { suggested_key: { default: 'Alt+Shift+Q' }, description: '__MSG_commands_nextQuote__' },
  'previous-quote': { description: '__MSG_commands_previousQuote__' },
  // Unassigned: the four suggested keys above are each the only way to their action, while
  // Listen is also a popup button and a skip link.
  listen: { description: '__MSG_commands_listen__' },
};

/**
 * Lede's own pages show text from hostile web pages (the reader view above all), so they
 * may run only Lede's bundled code and load nothing else: no scripts, styles, fonts or frames
 * from anywhere, no plugins, no <base>, no form posts, no framing, and no image from the
 * network. The one exception is connections over http(s), for the reader view's article
 * images (fetched without cookies or referrer, shown from `blob:` URLs): the reader narrows
 * them to the exact addresses of the article's images with a policy of its own
 * (components/reader/ArticleBody.tsx), and the popup and options pages keep `connect-src
 * 'none'` in their HTML. `data:` images are inline article images. Stricter than MV3's default.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The page watcher runs on every page when skip links are on for every site, so it must stay
 * tiny. It only sends one message, which needs no polyfill (MV3 Chrome and Firefox both return
 * promises), so for that one entrypoint 'wxt/browser' resolves to WXT's plain `browser`
 * instead of webextension-polyfill, which alone would triple its size.
 */
function unpolyfilledPageWatch(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (entrypoints.length !== 1 || entrypoints[0]!.name !== 'page-watch') return;
  const plain = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const alias = config.resolve?.alias;
  const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
  config.resolve = { ...config.resolve, alias: [plain, ...rest] };
}

/**
 * Every browser Lede supports reads WOFF2. Fontsource's CSS also names a WOFF fallback for
 * older ones, and Vite bundles whatever the CSS names: without this the fonts would fill the
 * package twice over for no reader at all.
 */
function woff2Only(): Plugin {
  return {
    name: 'lede:woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@fontsource[\\/][^?]*\.css$/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
    },
  };
}

export default defineConfig({
  hooks: {
    'vite:build:extendConfig': unpolyfilledPageWatch,
  },
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  // Firefox too: it supports everything Lede uses in MV3 (WXT gives it background.scripts).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), woff2Only()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when the person turns on skip links on every site (options page).
    optional_host_permissions: EVERY_SITE_ORIGINS,
    commands: COMMANDS,
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
  zip: {
    // The sources zip Firefox reviewers rebuild from (store/SOURCE-REVIEW.md): the
    // extension's code and build files, not the tests, the CLI and evaluation tools, nor
    // stray local files.
    excludeSources: ['tests/**', 'scripts/**', 'cli/**', 'bin/**', 'node/**', 'demo/**', '**/*.tmp.*'],
  },
});
