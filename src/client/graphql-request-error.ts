import type { GraphQLFormattedError } from 'graphql';
import { DiplomacyGraphError } from '../errors.js';

/** What a failed request left behind, as given to {@link GraphQLRequestError}. */
export interface GraphQLRequestErrorDetails {
  /** The GraphQL errors of the response (for a transport failure: one error describing it). */
  readonly errors: readonly GraphQLFormattedError[];
  /** The response's top-level `extensions` (e.g. `dataset.version`), if any. */
  readonly extensions?: Readonly<Record<string, unknown>> | undefined;
  /** Partial data, when the server resolved some fields before failing. */
  readonly data?: unknown;
  /** The HTTP status; null for in-process requests. */
  readonly status?: number | null;
  /** Name of the operation that failed, where known. */
  readonly operationName?: string | null;
}

/**
 * A GraphQL request answered with errors (or not answered with a GraphQL response at all). Thrown
 * by `client.request()` over both transports. `code` is the first error's `extensions.code`
 * (`NOT_FOUND`, `BAD_USER_INPUT`, `GRAPHQL_VALIDATION_FAILED`, …) or `GRAPHQL_ERROR`;
 * `errors` holds every error with its extensions.
 */
export class GraphQLRequestError extends DiplomacyGraphError {
  readonly errors: readonly GraphQLFormattedError[];
  readonly extensions: Readonly<Record<string, unknown>> | undefined;
  readonly data: unknown;
  readonly status: number | null;
  readonly operationName: string | null;

  constructor(details: GraphQLRequestErrorDetails) {
    const code = details.errors.map((e) => e.extensions?.['code']).find((c): c is string => typeof c === 'string');
    const what = details.operationName ? `GraphQL operation ${details.operationName}` : 'GraphQL request';
    const messages = details.errors.map((e) => e.message).join('; ') || 'no errors reported';
    super(code ?? 'GRAPHQL_ERROR', `${what} failed: ${messages}`);
    this.errors = details.errors;
    this.extensions = details.extensions;
    this.data = details.data ?? null;
    this.status = details.status ?? null;
    this.operationName = details.operationName ?? null;
  }

  /** The distinct `extensions.code` values of the errors, in order of appearance. */
  get codes(): readonly string[] {
    return [...new Set(this.errors.map((e) => e.extensions?.['code']).filter((c): c is string => typeof c === 'string'))];
  }
}
