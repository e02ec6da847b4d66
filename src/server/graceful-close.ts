import type { Server, ServerResponse } from 'node:http';
import type { ServerLogger } from './logger.js';

/** The timings of {@link gracefulClose}, as `ListenOptions` gives them. */
export interface GracefulCloseTimings {
  /** Default 0. */
  readonly drainDelayMs?: number;
  /** Default 10 000. */
  readonly shutdownTimeoutMs?: number;
}

/**
 * The `close()` of a running server: calls `startDraining` (so `/ready` turns 503) and makes every
 * response close its connection; after `drainDelayMs` stops listening ({@link stopListening}).
 * Calling it again returns the same promise.
 */
export function gracefulClose(
  server: Server,
  inFlight: ReadonlySet<ServerResponse>,
  logger: ServerLogger,
  startDraining: () => void,
  timings: GracefulCloseTimings,
): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => {
    if (closing) return closing;
    startDraining();
    logger.info({ msg: 'draining', inFlight: inFlight.size });
    for (const res of inFlight) res.shouldKeepAlive = false;
    // Idle keep-alive connections would carry requests past the moment the listener closes.
    server.closeIdleConnections();
    const delay = timings.drainDelayMs ?? 0;
    const delayed = delay > 0 ? new Promise<void>((resolve) => setTimeout(resolve, delay)) : Promise.resolve();
    closing = delayed.then(() => stopListening(server, inFlight, logger, timings.shutdownTimeoutMs ?? 10_000));
    return closing;
  };
}

/**
 * Stops accepting connections, closes idle ones and resolves once in-flight requests are done;
 * connections still busy after `timeoutMs` are closed.
 */
function stopListening(server: Server, inFlight: ReadonlySet<ServerResponse>, logger: ServerLogger, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const force = setTimeout(() => {
      logger.warn({ msg: 'shutdown timeout: closing busy connections', inFlight: inFlight.size });
      server.closeAllConnections();
    }, timeoutMs);
    force.unref();
    server.close((error) => {
      clearTimeout(force);
      if (error) return reject(error);
      logger.info({ msg: 'stopped' });
      resolve();
    });
    server.closeIdleConnections();
  });
}
