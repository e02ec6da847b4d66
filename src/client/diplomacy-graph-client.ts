import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, type DocumentNode, type FormattedExecutionResult } from 'graphql';
import { GraphQLRequestError } from './graphql-request-error.js';

/** Keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K }[keyof T];

/**
 * The variables parameter of an operation: required when the operation declares a required
 * variable, optional otherwise (`request(DatasetInfoDocument)` needs none).
 */
export type VariablesArgument<TVariables> = [RequiredKeys<TVariables>] extends [never] ? [variables?: TVariables] : [variables: TVariables];

/** A GraphQL response as JSON: `data`, `errors` and `extensions` (with `dataset.version`). */
export type GraphQLResponse<TResult> = FormattedExecutionResult<TResult, Record<string, unknown>>;

/**
 * A typed client of the diplomacy-graph GraphQL API. The same interface runs over HTTP
 * ({@link createClient}) and in-process ({@link createInProcessClient}).
 */
export interface DiplomacyGraphClient {
  /**
   * Runs a typed operation (a TypedDocumentNode from `operations/*.graphql`, or any parsed
   * document) and resolves to its `data`. Throws {@link GraphQLRequestError} when the response has
   * errors, with the errors, their extensions and any partial data.
   */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TResult>;
  /**
   * Runs an operation and resolves to the whole response (`data`, `errors`, `extensions`) without
   * throwing on GraphQL errors; only a transport failure throws. Accepts a query string too.
   */
  execute<TResult = Record<string, unknown>, TVariables = Record<string, unknown>>(
    document: string | TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    operationName?: string,
  ): Promise<GraphQLResponse<TResult>>;
}

/** Name of the operation a document runs (its only operation, or the one named). */
export function operationNameOf(document: string | DocumentNode, operationName?: string): string | null {
  if (operationName !== undefined) return operationName;
  if (typeof document === 'string') return null;
  return getOperationAST(document)?.name?.value ?? null;
}

/**
 * Builds a {@link DiplomacyGraphClient} from a transport's `execute` (which must resolve to a JSON
 * GraphQL response and carry the HTTP status where there is one).
 */
export function clientFromExecute(
  execute: (
    document: string | DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
  ) => Promise<{ readonly response: GraphQLResponse<unknown>; readonly status: number | null }>,
): DiplomacyGraphClient {
  return {
    async request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>) {
      const { response, status } = await execute(document, variables as Record<string, unknown> | undefined, undefined);
      if (response.errors !== undefined && response.errors.length > 0) {
        throw new GraphQLRequestError({
          errors: response.errors,
          extensions: response.extensions,
          data: response.data,
          status,
          operationName: operationNameOf(document),
        });
      }
      if (response.data === undefined || response.data === null) {
        throw new GraphQLRequestError({
          errors: [{ message: 'The response has neither data nor errors' }],
          extensions: response.extensions,
          status,
          operationName: operationNameOf(document),
        });
      }
      return response.data as TResult;
    },
    async execute<TResult, TVariables>(
      document: string | TypedDocumentNode<TResult, TVariables>,
      variables?: TVariables,
      operationName?: string,
    ) {
      const { response } = await execute(document, variables as Record<string, unknown> | undefined, operationName);
      return response as GraphQLResponse<TResult>;
    },
  };
}
