import { edgeEvidence, edgePosition, edgeStatement } from '../../graph/graph-edge.js';
import type { GraphEdgeResolvers } from '../generated/resolvers-types.js';
import { documentRef, entityRef } from './lookup.js';

/** An edge of the graph: a statement or a position link, with its fact's evidence. */
export const GraphEdge: GraphEdgeResolvers = {
  id: (edge) => edge.key,
  // The GraphEdgeKind enum maps to the internal 'statement' | 'position' through enumValues; codegen
  // types a mapped enum's resolver result as null, so the internal value is passed through untyped.
  kind: (edge) => edge.attributes.kind as never,
  predicate: (edge, _args, { kg }) =>
    edge.attributes.kind === 'statement' ? (kg.predicateById.get(edge.attributes.predicate) ?? null) : null,
  source: (edge, _args, { kg }) => entityRef(kg, edge.source),
  target: (edge, _args, { kg }) => entityRef(kg, edge.target),
  statement: (edge, _args, { kg }) => edgeStatement(kg, edge),
  position: (edge, _args, { kg }) => edgePosition(kg, edge),
  evidence: (edge, _args, { kg }) => edgeEvidence(kg, edge),
  documents: (edge, _args, { kg }) => edge.attributes.documents.map((id) => documentRef(kg, id)),
};
