import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the embedded seeds/ folder shipped with the package. Looks upward from this
 * module (src/dataset or dist/dataset) for the package root, so it works from sources and builds.
 */
export function defaultSeedsDirectory(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'seeds');
    if (existsSync(join(candidate, 'documents.yaml'))) return candidate;
    dir = resolve(dir, '..');
  }
  throw new Error('diplomacy-graph: the embedded seeds/ folder was not found next to the package');
}
