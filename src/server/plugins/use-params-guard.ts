import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { jsonDepthExceeds } from './json-depth-exceeds.js';

/** Options of {@link useParamsGuard}. */
export interface ParamsGuardOptions {
  /** Deepest nesting of objects and arrays in `variables` or `extensions`. Default {@link MAX_PARAMS_DEPTH}. */
  readonly maxDepth?: number;
}

/** Default deepest nesting of `variables` and `extensions` (a `where` filter needs far fewer levels). */
const MAX_PARAMS_DEPTH = 64;

/**
 * Rejects, as soon as the request parameters are read and before any other plugin looks at them
 * (the response cache builds its key from them), `variables` or `extensions` that nest deeper than
 * `maxDepth` levels: HTTP 400 `BAD_REQUEST`. Deeply nested JSON parses (the JSON parser is not
 * recursive), but every recursive walk over it afterwards would run out of stack: serializing a
 * cache key, coercing values, logging. The check itself uses no recursion.
 */
export function useParamsGuard(options: ParamsGuardOptions = {}): Plugin {
  const maxDepth = options.maxDepth ?? MAX_PARAMS_DEPTH;
  return {
    onParams({ params }) {
      for (const part of ['variables', 'extensions'] as const) {
        if (!jsonDepthExceeds(params[part], maxDepth)) continue;
        throw new GraphQLError(`The request's "${part}" nest deeper than ${maxDepth} levels of objects and arrays.`, {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      }
    },
  };
}
