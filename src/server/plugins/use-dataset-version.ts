import type { Plugin } from 'graphql-yoga';

/** Adds `extensions.dataset.version` to every executed GraphQL response, so a result names its data. */
export function useDatasetVersion(version: string): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, dataset: { version } } });
        },
      };
    },
  };
}
