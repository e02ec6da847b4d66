import type { KnowledgeGraph } from '../graph/knowledge-graph.js';

/** The one context every resolver receives: the immutable knowledge graph. */
export interface GraphQLContext {
  readonly kg: KnowledgeGraph;
}
