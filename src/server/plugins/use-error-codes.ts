import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { toGraphQLError } from '../../graphql/to-graphql-error.js';

/**
 * Gives every error a client can act on an `extensions.code`, before error masking runs:
 *
 * - resolver errors that are expected (`DiplomacyGraphError`s such as `NOT_FOUND`,
 *   `BAD_USER_INPUT`) become plain GraphQL errors with their message and code, so masking, which
 *   hides everything else, leaves them alone;
 * - the executor's request errors (invalid variable values, which it reports without a code and
 *   with no `data`) get `BAD_USER_INPUT`.
 */
export function useErrorCodes(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.length) return;
          const requestError = !('data' in result);
          let changed = false;
          const errors = (result.errors as readonly GraphQLError[]).map((error) => {
            const expected = toGraphQLError(error);
            if (expected) {
              changed = true;
              return expected;
            }
            if (requestError && error.extensions?.['code'] === undefined) {
              changed = true;
              return new GraphQLError(error.message, {
                nodes: error.nodes ?? null,
                source: error.source ?? null,
                positions: error.positions ?? null,
                path: error.path ?? null,
                extensions: { ...error.extensions, code: 'BAD_USER_INPUT' },
              });
            }
            return error;
          });
          if (changed) setResult({ ...result, errors });
        },
      };
    },
  };
}
