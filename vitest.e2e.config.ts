import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * Browser tests (`npm run test:e2e`): GraphiQL in Debian's chromium, driven by playwright-core.
 * Same module resolution as the unit tests (one graphql realm), only tests/e2e, one file at a time.
 */
// eslint-disable-next-line no-restricted-exports -- vitest reads the config from the default export
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
