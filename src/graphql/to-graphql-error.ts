import { GraphQLError } from 'graphql';
import { DiplomacyGraphError, InvalidArgumentError } from '../errors.js';

/** Codes of {@link DiplomacyGraphError}s that signal a bug, not a caller's mistake: never shown to clients. */
const INTERNAL_CODES: ReadonlySet<string> = new Set(['INTERNAL', 'INTERNAL_SERVER_ERROR']);

/**
 * The expected error behind `error`: a {@link DiplomacyGraphError} (thrown directly, or wrapped by
 * graphql-js as a resolver error's `originalError`) whose code is not an internal one. Null for
 * everything else, which servers must mask.
 */
function expectedErrorOf(error: unknown): DiplomacyGraphError | null {
  let current: unknown = error;
  for (let hops = 0; hops < 8 && current instanceof Error; hops++) {
    if (current instanceof DiplomacyGraphError) return INTERNAL_CODES.has(current.code) ? null : current;
    if (!(current instanceof GraphQLError)) return null;
    current = current.originalError;
  }
  return null;
}

/**
 * Turns an expected error into a client-facing `GraphQLError` whose `extensions` are the error's
 * (`code`, and e.g. `reason`, `argument` and `suggestions` of an `UnknownEntityError`), keeping the location and path of the field that raised it. The result has no
 * `originalError`, so error masking recognises it as deliberate. Returns null when `error` is not
 * expected (see {@link expectedErrorOf}).
 */
export function toGraphQLError(error: unknown): GraphQLError | null {
  const expected = expectedErrorOf(error);
  if (!expected) return null;
  const located = error instanceof GraphQLError ? error : null;
  return new GraphQLError(expected.message, {
    nodes: located?.nodes ?? null,
    source: located?.source ?? null,
    positions: located?.positions ?? null,
    path: located?.path ?? null,
    extensions: { ...located?.extensions, ...(expected instanceof InvalidArgumentError ? expected.extensions : {}), code: expected.code },
  });
}
