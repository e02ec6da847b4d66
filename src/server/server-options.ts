import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { defaultExplorerDirectory } from './explorer-assets.js';
import { createJsonLogger, type ServerLogger } from './logger.js';

/**
 * `development`: GraphiQL, introspection and "did you mean" suggestions on, masked errors carry
 * the original error for debugging. `production`: GraphiQL and suggestions off, introspection
 * off unless enabled, unexpected errors masked as `Unexpected error.`. Limits apply in both.
 */
export type ServerMode = 'development' | 'production';

/**
 * Limits every request is held to. They apply in both modes, so what works in development works
 * in production. Each has a default in {@link DEFAULT_QUERY_LIMITS}; `serve` sets them from flags
 * or environment variables (see `diplomacy-graph --help`).
 */
export interface QueryLimits {
  /**
   * Deepest field nesting of an operation; the root field is depth 1, inline fragments and
   * fragment spreads add no level. Rejected with `MAX_DEPTH_EXCEEDED`. Default 10.
   */
  readonly maxDepth: number;
  /** Most aliases in an operation (fragments included). Rejected with `MAX_ALIASES_EXCEEDED`. Default 30. */
  readonly maxAliases: number;
  /** Most lexical tokens in a document, checked while parsing. Rejected with `MAX_TOKENS_EXCEEDED`. Default 2000. */
  readonly maxTokens: number;
  /** Most directives in an operation. Rejected with `MAX_DIRECTIVES_EXCEEDED`. Default 20. */
  readonly maxDirectives: number;
  /**
   * Largest estimated cost of an operation, checked before execution with the variables' values:
   * every field costs 1, times the size of every list around it: the `first`/`last`/`limit`
   * argument (literal, variable or default) where there is one, else {@link defaultListSize}.
   * Rejected with `COST_LIMIT_EXCEEDED`. Default 50 000.
   */
  readonly maxCost: number;
  /** Size assumed for a list without a `first`/`last`/`limit` argument in the cost estimate. Default 10. */
  readonly defaultListSize: number;
  /**
   * Longest time an operation may execute, in milliseconds. Checked as fields resolve, so it
   * also stops synchronous work; the operation ends with `data: null` and `EXECUTION_TIMEOUT`.
   * Default 2000.
   */
  readonly executionTimeoutMs: number;
  /**
   * Most fields one operation may resolve (every object field and scalar counts). Stops the
   * fan-out the cost estimate underestimates; ends with `data: null` and `RESULT_TOO_LARGE`.
   * Default 200 000.
   */
  readonly maxResultFields: number;
  /** Most characters of string values one operation may return; `RESULT_TOO_LARGE` past it. Default 10 000 000. */
  readonly maxResultChars: number;
  /** Largest request body in bytes; larger bodies get HTTP 413 `REQUEST_ENTITY_TOO_LARGE`. Default 1 000 000. */
  readonly maxRequestBodyBytes: number;
}

/** The default {@link QueryLimits}. */
export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = Object.freeze({
  maxDepth: 10,
  maxAliases: 30,
  maxTokens: 2000,
  maxDirectives: 20,
  maxCost: 50_000,
  defaultListSize: 10,
  executionTimeoutMs: 2000,
  maxResultFields: 200_000,
  maxResultChars: 10_000_000,
  maxRequestBodyBytes: 1_000_000,
});

/** Cross-origin resource sharing. */
export interface CorsSettings {
  /** Allowed origins: `*` (any, the default), one origin, or a list. */
  readonly origin: string | readonly string[];
  /** Allow credentials (cookies); never with `*`. Default false. */
  readonly credentials?: boolean;
  /** Seconds a browser may cache the preflight answer. Default 600. */
  readonly maxAge?: number;
}

/** Options of `createServer`. Only `kg` is required. */
export interface ServerOptions {
  /** The knowledge graph to serve. */
  readonly kg: KnowledgeGraph;
  /** Default `development`. See {@link ServerMode}. */
  readonly mode?: ServerMode;
  /** Path of the GraphQL endpoint. Default `/graphql`. */
  readonly endpoint?: string;
  /** Overrides of {@link DEFAULT_QUERY_LIMITS}. */
  readonly limits?: Partial<QueryLimits>;
  /** Answer introspection queries. Default: on in development, off in production. */
  readonly introspection?: boolean;
  /** Serve GraphiQL (offline, from local assets) at the endpoint. Default: on in development only. */
  readonly graphiql?: boolean;
  /**
   * Cache whole query results in memory, keyed by dataset version, operation and variables (the
   * data never changes while served; see `useDatasetResponseCache`). Default: on in production only.
   */
  readonly responseCache?: boolean;
  /** CORS settings, or false for no CORS headers. Default `{ origin: '*' }`. */
  readonly cors?: CorsSettings | false;
  /**
   * Where request logs (one JSON line per request) and masked unexpected errors go. Default: JSON
   * lines on stdout at level info. Pass `silentLogger` to silence it.
   */
  readonly logger?: ServerLogger;
  /**
   * Readiness beyond "the dataset is loaded" (it is, once a server exists): `GET /ready` answers
   * 503 while this returns false. `listen` uses it to report draining during shutdown.
   */
  readonly isReady?: () => boolean;
  /**
   * Serve the browser explorer at `/explore` (in both modes). Default true. Pass a directory to
   * serve another build than dist/explorer.
   */
  readonly explorer?: boolean | { readonly directory: string | null };
  /**
   * More for the body of `GET /ready` (and `/health`), read on each probe: `serve --watch` reports
   * there the last reload and, when it failed, every problem while the last good dataset is served.
   */
  readonly readyDetail?: () => Readonly<Record<string, unknown>> | undefined;
}

/** {@link ServerOptions} with every default applied and every limit checked. */
export interface ResolvedServerOptions {
  readonly kg: KnowledgeGraph;
  readonly mode: ServerMode;
  readonly endpoint: string;
  readonly limits: Readonly<QueryLimits>;
  readonly introspection: boolean;
  readonly graphiql: boolean;
  readonly cors: CorsSettings | false;
  readonly logger: ServerLogger;
  readonly isReady: () => boolean;
  /** False, or the explorer's build directory (null when it was not built). */
  readonly explorer: false | { readonly directory: string | null };
}

/** Applies defaults; throws {@link InvalidArgumentError} for a limit that is not a non-negative integer. */
export function resolveServerOptions(options: ServerOptions): ResolvedServerOptions {
  const mode = options.mode ?? 'development';
  if (mode !== 'development' && mode !== 'production') {
    throw new InvalidArgumentError(`mode must be "development" or "production", got ${JSON.stringify(mode)}`);
  }
  const limits: QueryLimits = { ...DEFAULT_QUERY_LIMITS };
  for (const [name, value] of Object.entries(options.limits ?? {})) {
    if (!(name in DEFAULT_QUERY_LIMITS)) throw new InvalidArgumentError(`unknown limit "${name}"`);
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(`limit ${name} must be a non-negative integer, got ${String(value)}`);
    }
    (limits as unknown as Record<string, number>)[name] = value;
  }
  const endpoint = options.endpoint ?? '/graphql';
  if (!endpoint.startsWith('/')) throw new InvalidArgumentError(`endpoint must start with "/", got ${JSON.stringify(endpoint)}`);
  return {
    kg: options.kg,
    mode,
    endpoint,
    limits: Object.freeze(limits),
    introspection: options.introspection ?? mode === 'development',
    graphiql: options.graphiql ?? mode === 'development',
    cors: options.cors ?? { origin: '*' },
    logger: options.logger ?? createJsonLogger(),
    isReady: options.isReady ?? (() => true),
    explorer:
      options.explorer === false
        ? false
        : { directory: typeof options.explorer === 'object' ? options.explorer.directory : defaultExplorerDirectory() },
  };
}
