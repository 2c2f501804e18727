import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
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
};

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  // Firefox too: it supports everything Lede uses in MV3 (WXT gives it background.scripts).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    // Asked for only when the person turns on skip links on every site (options page).
    optional_host_permissions: EVERY_SITE_ORIGINS,
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
