import { defineConfig } from 'vitest/config';
import { CanaryFirstSequencer } from './tests/e2e/sequencer.ts';

/**
 * The browser suite: Debian Chromium (software WebGL) against `vite preview` of the built app.
 * Files run one after another (two cores, one GPU-less browser at a time), canary first.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    sequence: { sequencer: CanaryFirstSequencer },
  },
});
