import { MultiDirectedGraph } from 'graphology';
import type { Dataset, Evidence } from '../dataset/model.js';
import type { DiplomacyGraph, EdgeAttributes, NodeAttributes } from './types.js';

/**
 * Distinct documents of a list of evidence. Most edges have one document: those share one frozen
 * list per document rather than a million one-element arrays.
 */
function documentsOf(evidence: readonly Evidence[], single: Map<string, readonly string[]>): readonly string[] {
  const first = evidence[0]?.document;
  if (first !== undefined && evidence.every((e) => e.document === first)) {
    let list = single.get(first);
    if (!list) single.set(first, (list = Object.freeze([first])));
    return list;
  }
  return [...new Set(evidence.map((e) => e.document))];
}

/**
 * Builds the graph: one node per entity; one edge per statement with an entity object (keyed by
 * the statement id); one edge from a position's holder to its topic and to each entity it is about
 * (keyed `<position id>><entity id>`).
 */
export function buildGraph(dataset: Dataset): DiplomacyGraph {
  const graph: DiplomacyGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  const single = new Map<string, readonly string[]>();
  for (const entity of dataset.entities) graph.addNode(entity.id, { kind: entity.kind, name: entity.name });
  for (const statement of dataset.statements) {
    if (statement.object === null) continue;
    graph.addDirectedEdgeWithKey(statement.id, statement.subject, statement.object, {
      kind: 'statement',
      source: statement.id,
      predicate: statement.predicate,
      documents: documentsOf(statement.evidence, single),
    });
  }
  for (const position of dataset.positions) {
    const documents = documentsOf(position.evidence, single);
    for (const target of new Set([position.topic, ...position.about])) {
      if (target === position.holder) continue;
      graph.addDirectedEdgeWithKey(`${position.id}>${target}`, position.holder, target, {
        kind: 'position',
        source: position.id,
        predicate: 'position_on',
        documents,
      });
    }
  }
  return graph;
}
