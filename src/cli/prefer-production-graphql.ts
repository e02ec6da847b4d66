/**
 * Whether `argv` (without `node` and the script) asks to serve in production mode with
 * `--mode production` or `--mode=production` (the `serve` command's flag).
 */
export function servesInProduction(argv: readonly string[]): boolean {
  if (argv[0] !== 'serve') return false;
  for (let i = 1; i < argv.length; i += 1) {
    if (argv[i] === '--') break;
    if (argv[i] === '--mode=production' || (argv[i] === '--mode' && argv[i + 1] === 'production')) return true;
  }
  return false;
}

/**
 * Sets `NODE_ENV=production` when `serve --mode production` runs with `NODE_ENV` unset. graphql-js
 * decides at load time: unless `NODE_ENV` is `production`, every failed `instanceof` in its type
 * checks (`isListType`, `isNonNullType`, … several per resolved field) also looks for a second
 * copy of graphql-js, about 10% of a relational request's CPU. Must run before graphql-js is
 * loaded. `NODE_ENV=production` also selects production mode, as `--mode production` does; an
 * explicit `NODE_ENV` is left alone.
 */
export function preferProductionGraphql(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  if (env['NODE_ENV'] === undefined && servesInProduction(argv)) env['NODE_ENV'] = 'production';
}
