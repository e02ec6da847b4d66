import { type ExecutionArgs, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ServerLogger } from '../logger.js';

interface RequestRecord {
  readonly start: number;
  operationName: string | null;
  errorCodes: string[];
}

/** The fields of one request's log line (`msg: "request"`). */
interface RequestLogFields {
  readonly method: string;
  /** Path without the query string (GET queries can be long and are not logged). */
  readonly path: string;
  readonly status: number;
  /** From the request's arrival to the response's headers, in milliseconds (3 decimals). */
  readonly durationMs: number;
  /** The operation's name, from `operationName` or the executed document; null if anonymous or none. */
  readonly operationName: string | null;
  /** Distinct `extensions.code`s of the response's GraphQL errors, if any. */
  readonly errorCodes?: readonly string[];
}

/**
 * Logs one structured line per HTTP request at level info: `{"msg":"request", method, path,
 * status, durationMs, operationName, errorCodes?}`. Health and readiness probes are logged at
 * level debug, so they do not drown the log.
 */
export function useRequestLog(logger: ServerLogger, now: () => number = () => performance.now()): Plugin {
  const records = new WeakMap<Request, RequestRecord>();
  return {
    onRequest({ request }) {
      records.set(request, { start: now(), operationName: null, errorCodes: [] });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record && typeof params.operationName === 'string') record.operationName = params.operationName;
    },
    onExecute({ args }) {
      const { contextValue, document, operationName } = args as unknown as ExecutionArgs;
      const request = (contextValue as { request?: Request } | undefined)?.request;
      const record = request ? records.get(request) : undefined;
      if (record && record.operationName === null) {
        record.operationName = getOperationAST(document, operationName ?? undefined)?.name?.value ?? null;
      }
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record) return;
      const results = Array.isArray(result) ? result : [result];
      for (const one of results) {
        for (const error of (one as { errors?: ReadonlyArray<{ extensions?: { code?: unknown } }> }).errors ?? []) {
          const code = error.extensions?.code;
          if (typeof code === 'string' && !record.errorCodes.includes(code)) record.errorCodes.push(code);
        }
      }
    },
    onResponse({ request, response }) {
      const record = records.get(request);
      records.delete(request);
      const url = new URL(request.url, 'http://localhost');
      const fields: RequestLogFields = {
        method: request.method,
        path: url.pathname,
        status: response.status,
        durationMs: record ? Math.round((now() - record.start) * 1000) / 1000 : 0,
        operationName: record?.operationName ?? null,
        ...(record && record.errorCodes.length > 0 ? { errorCodes: record.errorCodes } : {}),
      };
      const probe = url.pathname === '/health' || url.pathname === '/ready';
      try {
        if (probe) logger.debug({ msg: 'request', ...fields });
        else logger.info({ msg: 'request', ...fields });
      } catch {
        // A failing log sink must not take the server down (onResponse errors are not caught).
      }
    },
  };
}
