import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { GraphWork } from '../graph/steps.js';

/** The one context every resolver receives: the immutable knowledge graph, and how heavy work runs. */
export interface GraphQLContext {
  readonly kg: KnowledgeGraph;
  /**
   * Runs heavy work a resolver needs before it can answer (the search index, centrality scores):
   * a server runs it in slices between requests and shares it between the requests that wait for
   * it (its `runInBackground`). Absent (in-process execution), the resolver's query function
   * computes it at once. The GraphQL layer never schedules work itself.
   */
  readonly runWork?: (work: GraphWork) => Promise<void>;
}
