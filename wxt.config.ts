import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Lede',
    description: 'Summary, key quotes, skip links and a calm reader view for news articles. Runs entirely on your device.',
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});
