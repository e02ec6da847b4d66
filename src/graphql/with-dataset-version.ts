import type { ExecutionResult } from 'graphql';

/**
 * `extensions` of results that have none of their own, one per dataset version (frozen): memoisation
 * of a pure function of the version string, so that the hot path allocates nothing. Bounded: a
 * server that reloads its dataset many times keeps only the most recent versions.
 */
const versionExtensions = new Map<string, Readonly<Record<string, unknown>>>();
const MAX_VERSIONS = 8;

function extensionsFor(version: string): Readonly<Record<string, unknown>> {
  let extensions = versionExtensions.get(version);
  if (!extensions) {
    if (versionExtensions.size >= MAX_VERSIONS) versionExtensions.delete(versionExtensions.keys().next().value as string);
    versionExtensions.set(version, (extensions = Object.freeze({ dataset: Object.freeze({ version }) })));
  }
  return extensions;
}

/**
 * Adds `extensions.dataset.version` to an execution result, so every answer names its data. The
 * copy is built field by field (`errors`, `data`, `extensions`, graphql-js's order) rather than
 * spread: on the in-process hot path a spread of the result costs more than executing a lookup.
 */
export function withDatasetVersion<T extends ExecutionResult>(result: T, version: string): T {
  if (result.extensions !== undefined) return { ...result, extensions: { ...result.extensions, dataset: { version } } };
  const extensions = extensionsFor(version);
  if (result.errors === undefined) return { data: result.data, extensions } as T;
  return ('data' in result ? { errors: result.errors, data: result.data, extensions } : { errors: result.errors, extensions }) as T;
}
