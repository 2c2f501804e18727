import { defineConfig } from 'vitest/config';

// The e2e suite drives the built extension in real Chromium: one file at a time (2 cores,
// one browser each), in Node, never in a simulated DOM.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
