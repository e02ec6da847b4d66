import { type DocumentNode, print } from 'graphql';
import { clientFromExecute, operationNameOf, type DiplomacyGraphClient, type GraphQLResponse } from './diplomacy-graph-client.js';
import { GraphQLRequestError } from './graphql-request-error.js';

/** Headers to send with every request, or a function computing them (e.g. a fresh token). */
export type ClientHeaders =
  Readonly<Record<string, string>> | (() => Readonly<Record<string, string>> | Promise<Readonly<Record<string, string>>>);

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  readonly url: string | URL;
  /** The fetch implementation. Default: the global `fetch` (Node 18+, browsers). */
  readonly fetch?: typeof globalThis.fetch;
  /** Extra headers (authorization, tracing) sent with every request. */
  readonly headers?: ClientHeaders;
}

const printed = new WeakMap<DocumentNode, string>();

function queryText(document: string | DocumentNode): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function isGraphQLResponse(body: unknown): body is GraphQLResponse<unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const record = body as Record<string, unknown>;
  return 'data' in record || Array.isArray(record['errors']);
}

/**
 * A typed client over HTTP: POSTs `{ query, variables, operationName }` as `application/json` to
 * `url` and reads the JSON response (`application/graphql-response+json` or `application/json`).
 * A response with errors makes `request()` throw {@link GraphQLRequestError}, with the HTTP status;
 * so does an answer that is not a GraphQL response (a proxy's HTML error page, say).
 */
export function createClient(options: ClientOptions): DiplomacyGraphClient {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const url = String(options.url);
  return clientFromExecute(async (document, variables, operationName) => {
    const name = operationNameOf(document, operationName);
    const extra = typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {});
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        ...extra,
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json;q=0.9',
      },
      body: JSON.stringify({ query: queryText(document), variables: variables ?? {}, ...(name === null ? {} : { operationName: name }) }),
    });
    const text = await response.text();
    let body: unknown = undefined;
    if (/json/i.test(response.headers.get('content-type') ?? '')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    if (!isGraphQLResponse(body)) {
      throw new GraphQLRequestError({
        errors: [
          {
            message: `HTTP ${response.status} ${response.statusText}: the server did not answer with a GraphQL response (${text.slice(0, 200)})`,
            extensions: { code: 'HTTP_ERROR', status: response.status },
          },
        ],
        status: response.status,
        operationName: name,
      });
    }
    return { response: body, status: response.status };
  });
}
