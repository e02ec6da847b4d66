import type { ExecutionResult } from 'graphql';

/** `extensions` of results that have none of their own, one per dataset version (they are read-only). */
const versionExtensions = new Map<string, Readonly<Record<string, unknown>>>();

function extensionsFor(version: string): Readonly<Record<string, unknown>> {
  let extensions = versionExtensions.get(version);
  if (!extensions) versionExtensions.set(version, (extensions = Object.freeze({ dataset: Object.freeze({ version }) })));
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
