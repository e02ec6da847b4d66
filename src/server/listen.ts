import type { Server } from 'node:http';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { createHttpListener } from './create-http-listener.js';
import { createYogaServer, usesResponseCache } from './create-yoga-server.js';
import type { DiplomacyGraphServer } from './diplomacy-graph-server.js';
import { gracefulClose } from './graceful-close.js';
import { listenOnSocket } from './listen-on-socket.js';
import { createJsonLogger } from './logger.js';
import { ResponseReplay } from './response-replay.js';
import type { ServerOptions } from './server-options.js';
import { warmSearchInBackground } from './warm-search-in-background.js';

/** Options of {@link listen}: those of `createServer` plus the socket's. */
export interface ListenOptions extends ServerOptions {
  /** Default 4000; 0 picks a free port. */
  readonly port?: number;
  /**
   * With the response cache on, answer its repeated requests at the socket, before yoga (see
   * `ResponseReplay`): 3–8× hello-world instead of about 2×, but about 20 MB more resident memory
   * under the mixed load test, which then exceeds its budget (README, "Caching"). Default false.
   */
  readonly replayCachedAnswers?: boolean;
  /** Default 127.0.0.1. */
  readonly host?: string;
  /**
   * How long `close()` waits for in-flight requests before it closes their connections, in
   * milliseconds. Default 10 000.
   */
  readonly shutdownTimeoutMs?: number;
  /**
   * How long `close()` keeps accepting and answering requests after `/ready` turns 503, before
   * the listener closes, in milliseconds: time for a load balancer's health check to see the 503
   * and send new requests elsewhere. Default 0 (`serve` in production: 2000).
   */
  readonly drainDelayMs?: number;
  /** Longest time a client may take to send a whole request, in milliseconds. Default 30 000. */
  readonly requestTimeoutMs?: number;
  /**
   * Build the full-text search index in the background once listening, in short slices between
   * requests, instead of on the first search (which would block every request while it builds).
   * Default: for datasets of `BACKGROUND_SEARCH_INDEX_ITEMS` (50,000) items or more. Searches that
   * arrive before it is built wait for it.
   */
  readonly warmSearchIndex?: boolean;
}

/** A running HTTP server. */
export interface RunningServer {
  /** The GraphQL endpoint's URL. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** The yoga instance serving the current dataset (a new one after each {@link swap}). */
  readonly yoga: DiplomacyGraphServer;
  /**
   * Serves `kg` from now on, atomically: requests already received finish on the previous
   * dataset, new ones get a fresh yoga instance (response cache, compiled queries, dataset
   * version), and the previous one is released once its requests are done.
   */
  swap(kg: KnowledgeGraph): void;
  /**
   * Graceful shutdown: `/ready` turns 503 at once; after `drainDelayMs` (requests meanwhile are
   * answered as usual, each on a connection closed after its response) the socket stops accepting connections, idle
   * keep-alive connections close, in-flight requests finish (their connections close after the
   * response), then it resolves. Connections still busy after `shutdownTimeoutMs` are closed.
   * Calling it again returns the same promise.
   */
  close(): Promise<void>;
}

/** Serves the knowledge graph over HTTP on `host:port` (default 127.0.0.1:4000). */
export async function listen(listenOptions: ListenOptions): Promise<RunningServer> {
  // Closures below keep `options` for the server's life: without the first dataset, which
  // `swap` replaces and must be able to release.
  const { kg: initialKg, ...options } = listenOptions;
  const logger = options.logger ?? createJsonLogger();
  let draining = false;
  // The response cache (and its dependencies) loads only when it is on.
  const responseCache = usesResponseCache(listenOptions)
    ? (await import('./plugins/use-dataset-response-cache.js')).useDatasetResponseCache
    : undefined;
  // Each yoga instance (one per dataset) with its replay of the response cache's answers, if on.
  const build = (kg: KnowledgeGraph): { yoga: DiplomacyGraphServer; replay: ResponseReplay | undefined } => {
    const replay =
      responseCache && options.replayCachedAnswers === true
        ? new ResponseReplay({ endpoint: options.endpoint ?? '/graphql', logger })
        : undefined;
    const yoga = createYogaServer(
      { ...options, kg, logger, isReady: () => !draining && (options.isReady?.() ?? true) },
      responseCache && ((version) => responseCache(version, { replay })),
    );
    return { yoga, replay };
  };
  let current = build(initialKg);
  const { server, inFlight } = createHttpListener(
    options.requestTimeoutMs ?? 30_000,
    () => draining,
    (req, res) => {
      const { yoga, replay } = current;
      const handle = (request: typeof req, response: typeof res): void => void yoga.handle(request, response);
      if (replay) replay.handle(req, res, handle);
      else handle(req, res);
    },
  );
  const host = options.host ?? '127.0.0.1';
  const port = await listenOnSocket(server, options.port ?? 4000, host);
  const url = `http://${urlHost(host)}:${port}${current.yoga.graphqlEndpoint}`;
  logger.info({ msg: 'listening', url, mode: options.mode ?? 'development', dataset: { version: initialKg.dataset.version } });
  warmSearchInBackground(initialKg, options.warmSearchIndex, logger);
  const swap = (kg: KnowledgeGraph): void => {
    current = build(kg);
    warmSearchInBackground(kg, options.warmSearchIndex, logger);
  };
  const startDraining = (): void => {
    draining = true;
  };
  const close = gracefulClose(server, inFlight, logger, startDraining, options);
  return {
    url,
    port,
    server,
    get yoga() {
      return current.yoga;
    },
    swap,
    close,
  };
}

/** The host as a URL shows it: `localhost` for the wildcard addresses, IPv6 in brackets. */
function urlHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
}
