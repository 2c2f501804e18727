import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The e2e build (LEDE_E2E=1) differs in one way: it holds host access to the localhost
 * fixture server, standing in for the user's click that grants activeTab, which a
 * headless browser cannot make. It builds to its own folder so it never ships.
 */
const e2e = process.env.LEDE_E2E === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  outDirTemplate: e2e ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
  },
});
