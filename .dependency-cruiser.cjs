/**
 * The allowed arrows between layers (CONTRIBUTING.md "Architecture"), checked by `npm run
 * deps:check` in `npm test`. Data flows one way:
 *
 *   dataset → graph → graphql | export → library | server | client → cli
 *   dataset → watch → server, cli;  dataset, graph → curate → cli
 *
 * A layer may import the layers below it, never one above it or beside it, and there are no
 * cycles. `src/errors.ts` is shared by every layer. The browser explorer (src/explorer), if
 * present, is a client of the public GraphQL API: it imports nothing of the server's layers.
 */
const layer = (name) => `^src/${name}/`;
const below = {
  dataset: [],
  graph: ['dataset'],
  graphql: ['dataset', 'graph'],
  export: ['dataset', 'graph'],
  library: ['dataset', 'graph', 'graphql', 'export', 'client'],
  server: ['dataset', 'graph', 'graphql', 'export', 'watch'],
  client: ['dataset', 'graph', 'graphql'],
  cli: ['dataset', 'graph', 'graphql', 'export', 'library', 'server', 'client', 'curate', 'watch'],
  // Curation tools (issue 15): init, add-document, worksheet, diff; the dataset watcher.
  curate: ['dataset', 'graph'],
  watch: ['dataset'],
};
const layers = Object.keys(below);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles make layers impossible to read or test apart.',
      from: {},
      to: { circular: true },
    },
    ...layers.map((name) => ({
      name: `layer-${name}`,
      severity: 'error',
      comment: `src/${name} may import only ${below[name].length ? below[name].map((l) => `src/${l}`).join(', ') : 'nothing of the other layers'} (and src/errors.ts).`,
      from: { path: layer(name) },
      to: { path: `^src/(${layers.filter((l) => l !== name && !below[name].includes(l)).join('|')}|explorer)/` },
    })),
    {
      name: 'explorer-is-a-client',
      severity: 'error',
      comment: 'The browser explorer reads data only through the public GraphQL API.',
      from: { path: '^src/explorer/' },
      to: { path: `^src/(${layers.filter((l) => l !== 'client').join('|')})/` },
    },
    {
      name: 'pure-layers-schedule-nothing',
      severity: 'error',
      comment:
        'src/graph and src/dataset are pure: they describe work as steps (src/graph/steps.ts) and the adapters schedule it. ' +
        'No node:timers there (ESLint also forbids the setImmediate/setTimeout/setInterval/queueMicrotask globals).',
      from: { path: '^src/(graph|dataset)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?timers' },
    },
    {
      name: 'no-test-code-in-src',
      severity: 'error',
      comment: 'The package must not depend on tests, benches or scripts.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|scripts|examples)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
