import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure logic in jsdom (Readability misbehaves under happy-dom, #988);
// entrypoint glue gets WXT's fake browser through the plugin.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/quote-languages.ts'],
    testTimeout: 20_000,
  },
});
