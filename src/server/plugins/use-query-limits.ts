import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from '../server-options.js';

/** graphql-armor prefixes every rejection with "Syntax Error: ", which these are not. */
function cleanMessage(error: GraphQLError): string {
  return error.message.replace(/^Syntax Error: /, '');
}

/** A rejection handler that reports `error` as a validation error with `code`. */
function reportAs(code: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const coded = new GraphQLError(cleanMessage(error), { extensions: { code } });
    if (context) context.reportError(coded);
    else throw coded;
  };
}

/**
 * Static limits on the document, enforced by graphql-armor before anything executes: tokens while
 * parsing (`MAX_TOKENS_EXCEEDED`), then depth (`MAX_DEPTH_EXCEEDED`), aliases
 * (`MAX_ALIASES_EXCEEDED`; every alias counts, `__typename`'s too: graphql-armor lets those through by
 * default) and directives (`MAX_DIRECTIVES_EXCEEDED`) as validation errors, each
 * with the limit and the count found. Introspection is bounded by graphql-js's own
 * `MaxIntrospectionDepthRule`; the cost limit, which needs the variables, is `useCostLimit`.
 */
export function useQueryLimits(limits: Pick<QueryLimits, 'maxDepth' | 'maxAliases' | 'maxTokens' | 'maxDirectives'>): Plugin {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  return EnvelopArmorPlugin({
    blockFieldSuggestion: { enabled: false },
    costLimit: { enabled: false },
    maxTokens: { ...common, n: limits.maxTokens, onReject: [reportAs('MAX_TOKENS_EXCEEDED')] },
    maxDepth: {
      ...common,
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: [reportAs('MAX_DEPTH_EXCEEDED')],
    },
    maxAliases: { ...common, n: limits.maxAliases, allowList: [], onReject: [reportAs('MAX_ALIASES_EXCEEDED')] },
    maxDirectives: { ...common, n: limits.maxDirectives, onReject: [reportAs('MAX_DIRECTIVES_EXCEEDED')] },
  });
}
