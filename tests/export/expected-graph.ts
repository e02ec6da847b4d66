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
 * export code): every entity and literal value as a node with its kind; every statement and every
 * (position, entity it is about) as an edge with its predicate and evidence references.
 */
export function expectedGraph(kg: KnowledgeGraph): { nodes: ExpectedNode[]; edges: ExpectedEdge[] } {
  const nodes: ExpectedNode[] = kg.dataset.entities.map((e) => ({ id: e.id, kind: e.kind }));
  const edges: ExpectedEdge[] = [];
  for (const s of kg.dataset.statements) {
    if (s.object === null) nodes.push({ id: `value:${s.id}`, kind: 'value' });
    edges.push({
      id: s.id,
      source: s.subject,
      target: s.object ?? `value:${s.id}`,
      kind: 'statement',
      record: s.id,
      predicate: s.predicate,
      evidence: refs(s.evidence),
    });
  }
  for (const p of kg.dataset.positions) {
    for (const target of new Set([p.topic, ...p.about])) {
      edges.push({
        id: `${p.id}>${target}`,
        source: p.holder,
        target,
        kind: 'position',
        record: p.id,
        predicate: 'position_on',
        evidence: refs(p.evidence),
      });
    }
  }
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: nodes.sort(byId), edges: edges.sort(byId) };
}

/** Sorts parsed nodes or edges by id, for comparison with {@link expectedGraph}. */
export function sortById<T extends { id: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
