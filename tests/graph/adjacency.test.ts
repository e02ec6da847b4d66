import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/model.js';
import type { EdgeCallback, GraphReader } from '../../src/graph/adjacency.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import type { EdgeAttributes, NodeAttributes } from '../../src/graph/types.js';
import { seedsGraph } from '../helpers/graphs.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

/**
 * The graph as graphology builds it from the dataset, written out independently of the
 * adjacency: a node per entity, an edge per statement with an entity object, an edge from a
 * position's holder to each distinct topic or `about` entity other than itself.
 */
function referenceGraph(dataset: Dataset): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
  const documents = (evidence: readonly { document: string }[]): string[] => [...new Set(evidence.map((e) => e.document))];
  for (const entity of dataset.entities) graph.addNode(entity.id, { kind: entity.kind, name: entity.name });
  for (const s of dataset.statements) {
    if (s.object === null) continue;
    graph.addDirectedEdgeWithKey(s.id, s.subject, s.object, {
      kind: 'statement',
      source: s.id,
      predicate: s.predicate,
      documents: documents(s.evidence),
    });
  }
  for (const p of dataset.positions) {
    for (const target of new Set([p.topic, ...p.about])) {
      if (target === p.holder) continue;
      graph.addDirectedEdgeWithKey(`${p.id}>${target}`, p.holder, target, {
        kind: 'position',
        source: p.id,
        predicate: 'position_on',
        documents: documents(p.evidence),
      });
    }
  }
  return graph;
}

/** Everything a callback was called with, as plain values. */
function recorder(): { calls: unknown[]; record: EdgeCallback<boolean> } {
  const calls: unknown[] = [];
  return {
    calls,
    record: (key, attributes, source, target) => {
      calls.push([key, { ...attributes, documents: [...attributes.documents] }, source, target]);
      return false;
    },
  };
}

/** Every reading of `graph` the graph layer makes, for every node and every pair of nodes. */
function readings(graph: GraphReader): unknown[] {
  const nodes: string[] = [];
  graph.forEachNode((node) => nodes.push(node));
  const all = recorder();
  graph.forEachEdge(all.record);
  const out: unknown[] = [graph.order, graph.size, nodes, all.calls];
  for (const node of nodes) {
    const edges = recorder();
    graph.forEachEdge(node, edges.record);
    out.push(node, graph.hasNode(node), graph.degree(node), graph.outNeighbors(node), graph.inNeighbors(node), edges.calls);
    for (const other of nodes) {
      const [between, some, outgoing, incoming] = [recorder(), recorder(), recorder(), recorder()];
      graph.forEachEdge(node, other, between.record);
      graph.someEdge(node, other, some.record);
      graph.someOutEdge(node, other, outgoing.record);
      graph.someInEdge(node, other, incoming.record);
      out.push(between.calls, some.calls, outgoing.calls, incoming.calls);
    }
  }
  return out;
}

/** The adjacency and the reference graphology graph read the same, and so does the lazy `kg.graph`. */
function expectSameAsGraphology(kg: KnowledgeGraph): void {
  const expected = readings(referenceGraph(kg.dataset));
  expect(readings(kg.adjacency)).toEqual(expected);
  expect(readings(kg.graph)).toEqual(expected);
}

const PEOPLE = ['person:a', 'person:b', 'person:c', 'person:d', 'person:e'];

describe('Adjacency (the graph queries traverse)', () => {
  it('reads like graphology on the seeds: nodes, edges, degrees, neighbours and edges between every pair, in the same order', async () => {
    const kg = await seedsGraph();
    expect(kg.adjacency.size).toBeGreaterThan(200);
    expect(readings(kg.adjacency)).toEqual(readings(referenceGraph(kg.dataset)));
  });

  it('orders parallel edges newest first and neighbours by their first edge, counts a self-loop twice in the degree', () => {
    const kg = tinyGraph({
      edges: [
        ['person:a', 'knows', 'person:b'],
        ['person:a', 'knows', 'person:c'],
        ['person:a', 'likes', 'person:b'],
        ['person:a', 'knows', 'person:a'],
        ['person:c', 'knows', 'person:a'],
      ],
      positions: [{ holder: 'person:a', topic: 'person:c', about: ['person:a', 'person:c', 'person:b'] }],
    });
    const keys: string[] = [];
    kg.adjacency.forEachEdge('person:a', (key) => void keys.push(key));
    // Incoming (by source's first edge: a's self-loop, then c), then outgoing (b, c; a skipped).
    expect(keys).toEqual([
      'statement:s4',
      'statement:s5',
      'position:p1>person:b',
      'statement:s3',
      'statement:s1',
      'position:p1>person:c',
      'statement:s2',
    ]);
    expect(kg.adjacency.outNeighbors('person:a')).toEqual(['person:b', 'person:c', 'person:a']);
    expect(kg.adjacency.degree('person:a')).toBe(8);
    expectSameAsGraphology(kg);
  });

  it('reads like graphology on random multigraphs with self-loops, parallel edges and positions (property)', () => {
    const edge = fc.tuple(fc.constantFrom(...PEOPLE), fc.constantFrom('knows', 'likes'), fc.constantFrom(...PEOPLE));
    const position = fc.record({
      holder: fc.constantFrom(...PEOPLE),
      topic: fc.constantFrom(...PEOPLE),
      about: fc.array(fc.constantFrom(...PEOPLE), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 14 }), fc.array(position, { maxLength: 3 }), (edges, positions) => {
        expectSameAsGraphology(tinyGraph({ edges, positions, entities: PEOPLE }));
      }),
      { numRuns: 40 },
    );
  });

  it('builds the graphology graph only when kg.graph is first read, and then shares the edge attributes', () => {
    const kg = tinyGraph({ edges: [['person:a', 'knows', 'person:b']] });
    const attributes: EdgeAttributes[] = [];
    kg.adjacency.forEachEdge((_key, a) => void attributes.push(a));
    expect(kg.graph).toBe(kg.graph);
    expect(kg.graph.getEdgeAttributes('statement:s1')).toBe(attributes[0]);
  });

  it('throws on a node it does not have, naming it', () => {
    const kg = tinyGraph({ edges: [['person:a', 'knows', 'person:b']] });
    expect(kg.adjacency.hasNode('person:zed')).toBe(false);
    expect(() => kg.adjacency.degree('person:zed')).toThrow('the graph has no node "person:zed"');
  });
});
