import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLContext } from '../graphql/context.js';
import { createSchema } from '../graphql/create-schema.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

/** Options of {@link createServer}. */
export interface ServerOptions {
  /** The knowledge graph to serve. */
  readonly kg: KnowledgeGraph;
  /** `development` (default): GraphiQL on. `production`: GraphiQL off. */
  readonly mode?: 'development' | 'production';
  /** Path of the GraphQL endpoint. Default `/graphql`. */
  readonly endpoint?: string;
}

/** Adds `extensions.dataset.version` to every GraphQL response. */
function useDatasetVersion(version: string): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult({ ...result, extensions: { ...result.extensions, dataset: { version } } });
        },
      };
    },
  };
}

/**
 * Builds the yoga instance serving `kg` (no socket: call `server.fetch(request)` in tests, or hand
 * it to `node:http` via {@link listen}). GraphiQL is rendered from local assets, so it works offline.
 */
export function createServer(options: ServerOptions): YogaServerInstance<Record<string, never>, GraphQLContext> {
  const mode = options.mode ?? 'development';
  const context: GraphQLContext = { kg: options.kg };
  return createYoga<Record<string, never>, GraphQLContext>({
    schema: createSchema(),
    context: () => context,
    graphqlEndpoint: options.endpoint ?? '/graphql',
    landingPage: false,
    graphiql:
      mode === 'development'
        ? {
            title: 'diplomacy-graph',
            defaultQuery: `# diplomacy-graph: every statement and position carries a verbatim quote.
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
`,
          }
        : false,
    renderGraphiQL,
    plugins: [useDatasetVersion(options.kg.dataset.version)],
  });
}
