import { type DocumentNode, type ExecutionArgs, GraphQLError, type GraphQLSchema, type ValidationRule, type validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** graphql-js's suggestion sentences: `Did you mean "id" or "kind"?`, `Did you mean the enum value "PERSON"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Removes "Did you mean …?" from error messages (production), so errors do not enumerate the
 * schema's fields, types and enum values to a client that cannot introspect. Validation and the
 * executor's variable checks use their own `hideSuggestions` option; the errors graphql-js's
 * scalar and enum coercion words itself (e.g. an unknown enum value in a variable) are rewritten.
 */
export function useHideSuggestions(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      // Yoga validates with (schema, document) only, so there are no options or type info to keep.
      const next = validateFn as typeof validate;
      setValidationFn((schema: GraphQLSchema, documentAST: DocumentNode, rules?: readonly ValidationRule[]) =>
        next(schema, documentAST, rules, { hideSuggestions: true }),
      );
    },
    onExecute({ args }) {
      (args as ExecutionArgs & { hideSuggestions?: boolean }).hideSuggestions = true;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const original = (result.errors ?? []) as readonly GraphQLError[];
          if (!original.some((e) => e.message.includes('Did you mean '))) return;
          const errors = original.map((error) => {
            const message = error.message.replace(SUGGESTION, '');
            if (message === error.message) return error;
            return new GraphQLError(message, {
              nodes: error.nodes ?? null,
              source: error.source ?? null,
              positions: error.positions ?? null,
              path: error.path ?? null,
              originalError: error.originalError ?? null,
              extensions: error.extensions,
            });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}
