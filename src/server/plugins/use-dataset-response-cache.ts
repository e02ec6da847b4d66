import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type ExecutionArgs, type ExecutionResult, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ResponseReplay } from '../response-replay.js';
import { AnswerStore } from './answer-store.js';

/** Options of {@link useDatasetResponseCache}. */
export interface DatasetResponseCacheOptions {
  /** Most answers kept (the least recently used goes first). Default 1000. */
  readonly maxEntries?: number;
  /**
   * Most bytes kept, all entries together: the UTF-8 bytes of every serialized answer, its ETag,
   * its hashed key and a fixed overhead per entry. Default 64 MiB.
   */
  readonly maxBytes?: number;
  /**
   * Answers repeated requests at the socket (see `ResponseReplay`): told which requests this cache
   * answered, and how to find an answer by its key. The cache's bounds hold for it too.
   */
  readonly replay?: Pick<ResponseReplay, 'connect' | 'answered'>;
}

const DEFAULT_MAX_ENTRIES = 1000;
/** Default `maxBytes` of the response cache: 64 MiB. */
export const DEFAULT_RESPONSE_CACHE_BYTES = 64 * 2 ** 20;
const DEFAULT_MAX_BYTES = DEFAULT_RESPONSE_CACHE_BYTES;

const isAbsent = (value: unknown): value is null | undefined => value === undefined || value === null;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `$name` in a document: every variable an operation declares (or uses) appears so. */
const VARIABLE = /\$([_A-Za-z][_0-9A-Za-z]*)/g;

/**
 * The variables of `variables` whose names the document mentions as `$name`, as `[name, value]`
 * pairs sorted by name: the only ones an answer can depend on. An unused extra variable, or the
 * same variables in another order, is the same key.
 */
function usedVariables(query: string, variables: Record<string, unknown>): Array<[string, unknown]> {
  const names = new Set<string>();
  for (const match of query.matchAll(VARIABLE)) names.add(match[1] as string);
  return [...names]
    .filter((name) => Object.hasOwn(variables, name))
    .sort()
    .map((name) => [name, variables[name]]);
}

/**
 * The request parameters an answer depends on, hashed (SHA-256, base64url): the map keeps 43
 * characters per entry however large the request was. Null for parameters of the wrong types,
 * which go the normal way to get their error (only well-formed requests are ever cached).
 */
function keyOf(params: { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown }): string | null {
  const { query, operationName, variables, extensions } = params;
  if (typeof query !== 'string') return null;
  if (!isAbsent(operationName) && typeof operationName !== 'string') return null;
  if (!isAbsent(variables) && !isRecord(variables)) return null;
  if (!isAbsent(extensions) && !isRecord(extensions)) return null;
  try {
    return createHash('sha256')
      .update(operationName ?? '')
      .update('\u0000')
      .update(isAbsent(variables) ? '' : JSON.stringify(usedVariables(query, variables)))
      .update('\u0000')
      .update(isAbsent(extensions) ? '' : JSON.stringify(extensions))
      .update('\u0000')
      .update(query)
      .digest('base64url');
  } catch {
    // Values JSON cannot write (too deep for the stack): not cached; the request goes on to its error.
    return null;
  }
}

/**
 * A result that yoga writes out as `body`, as it is: yoga calls a result's own `stringify` and
 * makes the response's body of what it returns, here the stored bytes (no encoding per hit).
 */
function servedAs(body: Buffer): ExecutionResult {
  const served = {} as ExecutionResult;
  Object.defineProperty(served, 'stringify', { value: () => body, enumerable: false });
  return served;
}

/** Whether an `If-None-Match` header value names `etag` (or is `*`). */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/**
 * Caches whole answers of operations for the life of the server, **serialized**. The data is
 * immutable while served, so an answer never goes stale: there is no expiry, only an LRU bound on
 * entries and bytes, and one instance serves one dataset version (part of every answer and of the
 * ETag). The key is the operation name, the variables the document mentions, the extensions and
 * the document text exactly as sent, hashed. Only the serialized answers are kept, never the
 * result objects they were written from, and they count by their UTF-8 bytes.
 *
 * A repeated request is answered as soon as its parameters are read, before parsing, validation,
 * the limits and execution: they would all give the same verdict again (they depend on nothing
 * but the key and the schema), and only answers without errors are cached. The stored body (UTF-8
 * bytes) is written out as it is, so a hit costs one map lookup, not a serialization or an encoding. Request-level steps
 * (body limit, CORS, health, logs, content negotiation) still run for every request.
 *
 * Every cached answer carries a strong `ETag` (a hash of the body); a request whose
 * `If-None-Match` names the ETag of its own cached answer gets `304 Not Modified` with no body.
 */
export function useDatasetResponseCache(version: string, options: DatasetResponseCacheOptions = {}): Plugin {
  const answers = new AnswerStore(version, options.maxEntries ?? DEFAULT_MAX_ENTRIES, options.maxBytes ?? DEFAULT_MAX_BYTES);
  /** Requests that missed, with their key: their answer is stored once processed. */
  const pending = new WeakMap<Request, string>();
  /** Requests answered from (or into) the cache, with their key, the ETag to send and whether it is a 304. */
  const tagged = new WeakMap<Request, { readonly key: string; readonly etag: string; readonly notModified: boolean }>();
  const { replay } = options;
  const names = replay ? operationNames() : undefined;
  replay?.connect((key) => answers.get(key));

  return {
    onParams({ params, request, setResult }) {
      names?.onParams(request, params.operationName);
      const key = keyOf(params);
      if (key === null) return;
      const entry = answers.get(key);
      if (!entry) {
        pending.set(request, key);
        return;
      }
      const ifNoneMatch = request.headers.get('if-none-match');
      tagged.set(request, { key, etag: entry.etag, notModified: ifNoneMatch !== null && matches(ifNoneMatch, entry.etag) });
      setResult(servedAs(entry.body));
    },
    onExecute({ args }) {
      names?.onExecute(args);
    },
    onResultProcess(payload) {
      const { request, result } = payload;
      const key = pending.get(request);
      if (key === undefined) return;
      pending.delete(request);
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const answer = result as ExecutionResult;
      if ((answer.errors?.length ?? 0) > 0 || answer.extensions?.['http'] !== undefined) return;
      const entry = answers.store(key, answer);
      if (!entry) return;
      tagged.set(request, { key, etag: entry.etag, notModified: false });
      payload.setResult(servedAs(entry.body));
    },
    onResponse(payload) {
      const { request, response, fetchAPI, serverContext } = payload;
      const tag = tagged.get(request);
      if (!tag || response.status !== 200) return;
      if (tag.notModified) {
        payload.setResponse(notModified(fetchAPI, response, tag.etag));
        return;
      }
      response.headers.set('etag', tag.etag);
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      if (replay && req) replay.answered(req, { cacheKey: tag.key, operationName: names?.of(request) ?? null });
    },
  };
}

/** The 304 for a request whose `If-None-Match` names its answer's ETag: no body, the ETag and the CORS headers. */
function notModified(fetchAPI: { Headers: typeof Headers; Response: typeof Response }, response: Response, etag: string): Response {
  const headers = new fetchAPI.Headers({ etag });
  for (const name of ['access-control-allow-origin', 'access-control-allow-credentials', 'vary']) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  return new fetchAPI.Response(null, { status: 304, headers });
}

/** The operation name the request log writes for each request: from its parameters, else from the executed document. */
function operationNames() {
  const names = new WeakMap<Request, string>();
  return {
    onParams(request: Request, operationName: unknown): void {
      if (typeof operationName === 'string') names.set(request, operationName);
    },
    onExecute({ contextValue, document, operationName }: ExecutionArgs): void {
      const request = (contextValue as { request?: Request } | undefined)?.request;
      if (!request || names.has(request)) return;
      const name = getOperationAST(document, operationName ?? undefined)?.name?.value;
      if (name !== undefined) names.set(request, name);
    },
    of: (request: Request): string | undefined => names.get(request),
  };
}
