import { defineConfig } from 'vitest/config';

/** The unit suite: pure TypeScript in Node, no browser, no build. */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
