import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** An HTTP server that keeps the responses it has not finished, for a graceful shutdown. */
export interface HttpListener {
  readonly server: Server;
  /** Responses not yet finished (or aborted). */
  readonly inFlight: ReadonlySet<ServerResponse>;
}

/**
 * An HTTP server (not yet listening) that passes every request to `handle` and tracks it until
 * its response closes. While `isDraining()`, each response closes its connection, and idle
 * keep-alive connections are closed as requests finish.
 */
export function createHttpListener(
  requestTimeoutMs: number,
  isDraining: () => boolean,
  handle: (req: IncomingMessage, res: ServerResponse) => void,
): HttpListener {
  const inFlight = new Set<ServerResponse>();
  const server = createHttpServer({ requestTimeout: requestTimeoutMs }, (req, res) => {
    inFlight.add(res);
    if (isDraining()) res.shouldKeepAlive = false;
    res.once('close', () => {
      inFlight.delete(res);
      if (isDraining()) server.closeIdleConnections();
    });
    handle(req, res);
  });
  return { server, inFlight };
}
