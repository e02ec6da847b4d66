import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * Interoperability tests (`npm run test:interop`): the exports read by other tools — Debian's
 * raptor2-utils (`rapper`) for Turtle and N-Triples, python3-networkx for GEXF, GraphML and
 * node-link JSON. Fails with a clear message when a tool is missing (CI installs them).
 */
// eslint-disable-next-line no-restricted-exports -- vitest reads the config from the default export
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/interop/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
