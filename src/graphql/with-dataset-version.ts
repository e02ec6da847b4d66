import type { ExecutionResult } from 'graphql';

/** `extensions` of results that have none of their own, one per dataset version (they are read-only). */
const versionExtensions = new Map<string, Readonly<Record<string, unknown>>>();

/** Adds `extensions.dataset.version` to an execution result, so every answer names its data. */
export function withDatasetVersion<T extends ExecutionResult>(result: T, version: string): T {
  if (result.extensions !== undefined) return { ...result, extensions: { ...result.extensions, dataset: { version } } };
  let extensions = versionExtensions.get(version);
  if (!extensions) versionExtensions.set(version, (extensions = Object.freeze({ dataset: Object.freeze({ version }) })));
  return { ...result, extensions };
}
