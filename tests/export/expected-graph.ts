import type { Evidence } from '../../src/dataset/model.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';

/** An evidence reference as every export must keep it. */
export type EvidenceRef = { document: string; quote: string; start: number; end: number };
export type ExpectedNode = { id: string; kind: string };
export type ExpectedEdge = {
  id: string;
  source: string;
  target: string;
  kind: string;
  record: string;
  predicate: string;
  evidence: EvidenceRef[];
};

const refs = (evidence: readonly Evidence[]): EvidenceRef[] =>
  evidence.map((e) => ({ document: e.document, quote: e.quote, start: e.start, end: e.end }));

/**
 * What a graph export of `kg` must contain, derived from the dataset directly (not from the
 * export code): every entity and literal value as a node with its kind (upper case, as GraphQL
 * spells it); every statement and every position as one edge with its predicate and evidence references.
 */
export function expectedGraph(kg: KnowledgeGraph): { nodes: ExpectedNode[]; edges: ExpectedEdge[] } {
  const nodes: ExpectedNode[] = kg.dataset.entities.map((e) => ({ id: e.id, kind: e.kind.toUpperCase() }));
  const edges: ExpectedEdge[] = [];
  for (const s of kg.dataset.statements) {
    if (s.object === null) nodes.push({ id: `value:${s.id}`, kind: 'VALUE' });
    edges.push({
      id: s.id,
      source: s.subject,
      target: s.object ?? `value:${s.id}`,
      kind: 'STATEMENT',
      record: s.id,
      predicate: s.predicate,
      evidence: refs(s.evidence),
    });
  }
  // One edge per position, holder → topic: its `about` entities are an attribute, not edges.
  for (const p of kg.dataset.positions) {
    edges.push({
      id: p.id,
      source: p.holder,
      target: p.topic,
      kind: 'POSITION',
      record: p.id,
      predicate: 'position_on',
      evidence: refs(p.evidence),
    });
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

/** Sorts parsed nodes or edges by id, for comparison with {@link expectedGraph}. */
export function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
