import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships index.mjs ("module") and index.js ("main"). Vite would load the .mjs for our
  // sources while @graphql-tools and yoga (externalised, loaded by Node) require index.js: two
  // graphql realms, and "Cannot use GraphQLSchema from another module or realm". Node itself
  // resolves "main" for both, so tests use index.js too.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'tests/notebook/**', 'tests/interop/**', 'tests/replicas/**', 'node_modules/**'],
    // The entry cache of the loads tests make (the library, CLI and server default to one): kept
    // out of the user's own cache directory, and shared by the test files, as it is content-addressed.
    env: { DIPLOMACY_GRAPH_CACHE: join(tmpdir(), 'diplomacy-graph-test-entry-cache') },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
