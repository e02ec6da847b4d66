import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * Replica tests (`npm run test:replicas`, needs Debian's `haproxy`): two `serve` processes behind
 * HAProxy with deploy/haproxy.cfg, under load, one of them stopped mid-load.
 */
// eslint-disable-next-line no-restricted-exports -- vitest reads the config from the default export
export default defineConfig({
  resolve: base.resolve,
  test: {
    include: ['tests/replicas/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
