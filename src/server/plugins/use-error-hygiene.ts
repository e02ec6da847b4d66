import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { boundErrorMessage } from '../bound-error-message.js';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One error as a client may see it: bounded message, a code, no internals unless `debug`. */
function cleanError(error: unknown, requestError: boolean, debug: boolean): GraphQLError {
  const located = error instanceof GraphQLError ? error : null;
  const message =
    error instanceof Error
      ? error.message
      : isRecord(error) && typeof error['message'] === 'string'
        ? error['message']
        : 'Unexpected error.';
  const extensions: Record<string, unknown> = { ...(located?.extensions ?? {}) };
  if (!debug && ('originalError' in extensions || located?.originalError)) {
    delete extensions['originalError'];
    delete extensions['stack'];
    // Yoga answers `application/json` with 200 for spec errors unless an original error is attached:
    // the status it would have sent stays.
    const http = extensions['http'];
    if (isRecord(http) && http['spec'] === true) extensions['http'] = { ...http, spec: false };
  }
  if (typeof extensions['code'] !== 'string') extensions['code'] = requestError ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
  return new GraphQLError(boundErrorMessage(message), {
    nodes: located?.nodes ?? null,
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    originalError: debug ? (located?.originalError ?? null) : null,
    extensions,
  });
}

/**
 * The last word on every error a client receives, whatever raised it (request parsing, limits,
 * validation, execution, other plugins):
 *
 * - every error has an `extensions.code` (`BAD_REQUEST` for a request that did not execute,
 *   `INTERNAL_SERVER_ERROR` otherwise, where nothing set one);
 * - client input repeated in a message is bounded (see `boundErrorMessage`);
 * - unless `debug` (development mode), no `originalError`, stack or other internals: yoga attaches
 *   the parser's `SyntaxError` to an invalid-JSON error even in production.
 */
export function useErrorHygiene(options: { readonly debug: boolean }): Plugin {
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const errors = (result as { errors?: readonly unknown[] }).errors;
      if (!errors?.length) return;
      const requestError = !('data' in result) || (result as { data?: unknown }).data === undefined;
      payload.setResult({ ...result, errors: errors.map((error) => cleanError(error, requestError, options.debug)) });
    },
  };
}
