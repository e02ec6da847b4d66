import type { ExecutionResult } from 'graphql';

/** Adds `extensions.dataset.version` to an execution result, so every answer names its data. */
export function withDatasetVersion<T extends ExecutionResult>(result: T, version: string): T {
  return { ...result, extensions: { ...result.extensions, dataset: { version } } };
}
