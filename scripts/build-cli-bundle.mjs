// Bundles the CLI (src/cli/main.ts and everything it imports, dependencies included) with esbuild
// into dist/bin: `node scripts/build-cli-bundle.mjs [outdir]` (`npm run build` runs it). The
// package's `bin` and `npm start` run dist/bin/diplomacy-graph.js: starting from a few files
// instead of several hundred modules is most of what `serve` saves at start-up. Each dynamic
// import (a command's module, the server, the response cache, the watcher) is its own chunk,
// loaded only when used. dist/ keeps the per-module output (tsc) for the library's exports.
// Linked source maps sit next to each file: `node --enable-source-maps dist/bin/diplomacy-graph.js`
// maps stack traces to src/ (off by default: reading the maps costs start-up time).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Packages left out of the bundle and loaded from node_modules when used: GraphiQL's page (large,
 * loaded on the first request for it) and `yaml`, which the dataset reader loads with `require`
 * only when a file is not in the entry cache.
 */
const EXTERNAL = ['@graphql-yoga/render-graphiql', 'yaml'];

/**
 * graphql-js as ES modules (its .mjs files), whether a package imports or requires it, by its main
 * entry or a subpath (`graphql/language/parser`, `graphql/jsutils/Path.js`): one copy of graphql-js
 * (its classes and `instanceof` checks), scope-hoisted, instead of its CommonJS build, whose
 * exports esbuild would copy into a namespace object for every module importing it.
 */
/** @type {import('esbuild').Plugin} */
const graphqlAsEsm = {
  name: 'graphql-as-esm',
  setup(pluginBuild) {
    const graphqlDir = dirname(createRequire(join(root, 'package.json')).resolve('graphql/package.json'));
    pluginBuild.onResolve({ filter: /^graphql(\/.*)?$/ }, ({ path }) => {
      const base = join(graphqlDir, path.slice('graphql'.length).replace(/\.js$/, ''));
      const file = [`${base}.mjs`, join(base, 'index.mjs')].find((candidate) => existsSync(candidate));
      if (file === undefined) return { errors: [{ text: `graphql-as-esm: no .mjs file for "${path}"` }] };
      return { path: file };
    });
  },
};

/**
 * @whatwg-node/server compares yoga's `Request` (the @whatwg-node/node-fetch ponyfill on Node) with
 * `globalThis.Request` once per server, and reading that global makes Node load its whole fetch
 * implementation (undici), which `serve` never uses otherwise: 20–40 ms of start-up here. Node
 * defines `globalThis.Request` as a lazy getter that replaces itself by the value when first read;
 * while the getter is still there, nothing has read the global, so yoga's `Request` cannot be it and
 * the comparison is true without reading it. The same answer in every case; the build fails if the
 * expression is no longer there (a new version of the package), so the rewrite is never silently
 * lost or misapplied.
 */
const NATIVE_REQUEST_CHECK = 'fetchAPI.Request !== globalThis.Request';
/** @type {import('esbuild').Plugin} */
const lazyNativeRequestCheck = {
  name: 'lazy-native-request-check',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]@whatwg-node[\\/]server[\\/]esm[\\/]createServerAdapter\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      if (source.split(NATIVE_REQUEST_CHECK).length !== 2) {
        return { errors: [{ text: `lazy-native-request-check: "${NATIVE_REQUEST_CHECK}" not found once in ${path}` }] };
      }
      const check =
        "(typeof Object.getOwnPropertyDescriptor(globalThis, 'Request')?.get === 'function' || fetchAPI.Request !== globalThis.Request)";
      return { contents: source.replace(NATIVE_REQUEST_CHECK, check), loader: 'js' };
    });
  },
};

/** Builds the CLI bundle into `outdir`; resolves to esbuild's metafile. */
export async function buildCliBundle(outdir = join(root, 'dist/bin')) {
  rmSync(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [{ in: 'src/cli/main.ts', out: 'diplomacy-graph' }],
    outdir,
    // Chunks beside the entry: modules find package.json, dist/explorer and the seeds relative to
    // their own URL, two folders below the package root as in dist/<layer>/.
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    plugins: [graphqlAsEsm, lazyNativeRequestCheck],
    // CommonJS dependencies call `require` (node: built-ins among them); ESM output has none of its
    // own. Made on the first call: only the chunk of esbuild's helpers calls it.
    banner: {
      js: [
        "import { createRequire as __bundleCreateRequire } from 'node:module';",
        'let __bundleRequire;',
        'const require = (id) => (__bundleRequire ??= __bundleCreateRequire(import.meta.url))(id);',
      ].join(' '),
    },
    sourcemap: 'linked',
    // Positions and names only: a stack trace needs no copy of the sources (the package ships none).
    sourcesContent: false,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = process.argv[2] ? join(process.cwd(), process.argv[2]) : undefined;
  const metafile = await buildCliBundle(outdir);
  const outputs = Object.entries(metafile.outputs).filter(([name]) => name.endsWith('.js'));
  const bytes = outputs.reduce((sum, [, output]) => sum + output.bytes, 0);
  console.log(
    `build-cli-bundle: ${outputs.length} files, ${(bytes / 1024).toFixed(0)} KB, from ${Object.keys(metafile.inputs).length} modules`,
  );
}
