import type { Plugin } from 'graphql-yoga';

/** Options of {@link useHealthEndpoints}. */
export interface HealthEndpointsOptions {
  /** The dataset version served. */
  readonly version: string;
  /** False while the server should receive no traffic (e.g. draining before shutdown). */
  readonly isReady: () => boolean;
  /** Extra fields of both answers' bodies, read on each request (e.g. the last dataset reload). */
  readonly detail?: () => Readonly<Record<string, unknown>> | undefined;
}

/**
 * `GET /health` (liveness): 200 `{"status":"ok","dataset":{"version":…}}` while the process
 * serves. `GET /ready` (readiness): 200 `{"status":"ready",…}` once the dataset is loaded (a
 * server only exists with a loaded dataset) and 503 `{"status":"draining",…}` while `isReady`
 * says no. Neither is cached. Other methods fall through to the usual 404/405 handling.
 */
export function useHealthEndpoints(options: HealthEndpointsOptions): Plugin {
  const dataset = { version: options.version };
  return {
    onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      let status: number;
      let body: Record<string, unknown>;
      if (url.pathname === '/health') {
        status = 200;
        body = { status: 'ok', dataset };
      } else if (url.pathname === '/ready') {
        const ready = options.isReady();
        status = ready ? 200 : 503;
        body = { status: ready ? 'ready' : 'draining', dataset };
      } else {
        return;
      }
      const extra = options.detail?.();
      if (extra !== undefined) body = { ...body, ...extra };
      payload.endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}
