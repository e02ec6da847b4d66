import { MultiDirectedGraph } from 'graphology';
import type { Dataset } from '../dataset/model.js';
import type { Adjacency } from './adjacency.js';
import type { DiplomacyGraph, EdgeAttributes, NodeAttributes } from './types.js';

/**
 * Builds the graphology graph users get (`kg.graph`): one node per entity; one edge per statement
 * with an entity object (keyed by the statement id); one edge from a position's holder to its
 * topic and to each entity it is about (keyed `<position id>><entity id>`). The edges are
 * `adjacency`'s, added in its order, with the same attribute objects, so that the two agree edge
 * for edge and in iteration order.
 */
export function buildGraph(dataset: Dataset, adjacency: Adjacency): DiplomacyGraph {
  const graph: DiplomacyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  for (const entity of dataset.entities) graph.addNode(entity.id, { kind: entity.kind, name: entity.name });
  for (let e = 0; e < adjacency.size; e++) {
    const [source, target] = adjacency.edgeEnds(e);
    graph.addDirectedEdgeWithKey(adjacency.edgeKey(e), source, target, adjacency.edgeAttributes(e));
  }
  return graph;
}
