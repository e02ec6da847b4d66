import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.js';
import { toGraphQLError } from '../graphql/to-graphql-error.js';
import {
  useBodyLimit,
  useCostLimit,
  useDatasetVersion,
  useDisableIntrospection,
  useExecutionBudget,
  useErrorCodes,
  useErrorHygiene,
  useHealthEndpoints,
  useHideSuggestions,
  useJitExecution,
  useJsonBytes,
  useParamsGuard,
  useQueryLimits,
  useRequestLog,
  useRequestParsing,
} from './plugins/index.js';
import { runInBackground } from './run-in-background.js';
import { servedSchema } from './served-schema.js';
import { resolveServerOptions, type ServerOptions } from './server-options.js';
import { useExplorer } from './use-explorer.js';

/** The yoga instance `createServer` returns: `fetch` for in-process requests, `handle` for node:http. */
export type YogaServer = YogaServerInstance<Record<string, never>, GraphQLContext>;

const GRAPHIQL_DEFAULT_QUERY = `# diplomacy-graph: every statement and position carries a verbatim quote.
# Any id or alias resolves: try "Tokaev", "Council for Peace", "U.S.".
query Lookup {
  entity(id: "Council for Peace") {
    id
    name
    aliases
    statements(direction: BOTH) {
      predicate { label }
      subject { name }
      object { name }
      evidence { document { id } quote start end }
    }
  }
}
`;

/** Makes the response cache plugin for a dataset version (`useDatasetResponseCache`). */
export type ResponseCachePluginFactory = (version: string) => Plugin;

/** Whether the server built from `options` uses the response cache (default: in production). */
export function usesResponseCache(options: ServerOptions): boolean {
  return options.responseCache ?? resolveServerOptions(options).mode !== 'development';
}

/**
 * `createServer` with the response cache plugin passed in, so that `listen` loads it (and its
 * dependencies) only when the cache is on. Throws if the cache is on and no factory is given.
 *
 * Builds the yoga instance serving `options.kg` (no socket: call `server.fetch(request)` in tests,
 * or hand it to `node:http` via `listen`). Every request is held to the limits of
 * `options.limits` (defaults in `DEFAULT_QUERY_LIMITS`): body size, tokens, depth, aliases,
 * directives, estimated cost with the variables, then a deadline and a result-size budget while
 * executing. Batching is off. Expected errors (`DiplomacyGraphError`s) reach the client with
 * `extensions.code`; every other error is masked (with the original attached in development).
 * `GET /health` and `GET /ready` answer probes; one JSON log line is written per request.
 * GraphiQL is rendered from local assets, so it works offline.
 */
export function createYogaServer(options: ServerOptions, responseCache?: ResponseCachePluginFactory): YogaServer {
  const settings = resolveServerOptions(options);
  const { limits, kg, logger } = settings;
  const development = settings.mode === 'development';
  const context: GraphQLContext = { kg, runWork: (work) => runInBackground(kg, work) };
  const cached = options.responseCache ?? !development;
  if (cached && responseCache === undefined) throw new Error('createYogaServer: the response cache is on but no plugin factory was given');
  const plugins: Array<Plugin | false> = [
    useRequestLog(logger),
    useHealthEndpoints({
      version: kg.dataset.version,
      isReady: settings.isReady,
      ...(options.readyDetail ? { detail: options.readyDetail } : {}),
    }),
    settings.explorer !== false && useExplorer({ directory: settings.explorer.directory, endpoint: settings.endpoint }),
    useRequestParsing(),
    useErrorHygiene({ debug: development }),
    useParamsGuard(),
    useBodyLimit(limits.maxRequestBodyBytes),
    useQueryLimits(limits),
    !settings.introspection && useDisableIntrospection(),
    !development && useHideSuggestions(),
    useCostLimit(limits),
    // Before the budget, which wraps the executor set before it.
    useJitExecution(logger),
    useExecutionBudget(limits),
    useErrorCodes(),
    useDatasetVersion(kg.dataset.version),
    cached && responseCache !== undefined && responseCache(kg.dataset.version),
    // After the cache, whose stored answers are bytes already.
    useJsonBytes(),
  ];
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: servedSchema(),
    context: () => context,
    graphqlEndpoint: settings.endpoint,
    landingPage: false,
    // Yoga's own (empty-bodied) health check would answer /health first; ours answers with JSON.
    healthCheckEndpoint: '/.well-known/yoga-health',
    graphiql: settings.graphiql ? { title: 'diplomacy-graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY } : false,
    // GraphiQL's page (and its assets' module) loads on the first request for it.
    renderGraphiQL: async (graphiqlOptions) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(graphiqlOptions),
    batching: false,
    multipart: false,
    // useBodyLimit holds bodies to limits.maxRequestBodyBytes (without re-streaming declared lengths).
    maxRequestBodySize: false,
    cors:
      settings.cors === false
        ? false
        : {
            origin: typeof settings.cors.origin === 'string' ? settings.cors.origin : [...settings.cors.origin],
            credentials: settings.cors.credentials ?? false,
            methods: ['GET', 'POST', 'OPTIONS'],
            maxAge: settings.cors.maxAge ?? 600,
          },
    logging: logger,
    maskedErrors: {
      isDev: development,
      maskError: (error, message, isDev) => toGraphQLError(error) ?? maskError(error, message, isDev),
    },
    plugins: plugins.filter((plugin): plugin is Plugin => plugin !== false),
  });
}
