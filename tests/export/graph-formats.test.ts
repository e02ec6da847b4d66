import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, toGexf, toGraphml, toNeo4jCsv, toNodeLink } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { miniGraph, seedsGraph } from '../helpers/graphs.js';
import { expectedGraph, sortById, type EvidenceRef, type ExpectedEdge, type ExpectedNode } from './expected-graph.js';
import { csvRecords } from './parse-csv.js';

let seeds: KnowledgeGraph;
let mini: KnowledgeGraph;

beforeAll(async () => {
  seeds = await seedsGraph();
  mini = await miniGraph();
});

/** Nodes and edges of a parsed graphology graph, in the shape of {@link expectedGraph}. */
function fromGraphology(graph: ReturnType<typeof parseGexf>): { nodes: ExpectedNode[]; edges: ExpectedEdge[] } {
  return {
    nodes: sortById(graph.mapNodes((id, a) => ({ id, kind: a['kind'] as string }))),
    edges: sortById(
      graph.mapEdges((id, a, source, target) => ({
        id,
        source,
        target,
        kind: a['kind'] as string,
        record: a['record'] as string,
        predicate: a['predicate'] as string,
        evidence: JSON.parse(a['evidence'] as string) as EvidenceRef[],
      })),
    ),
  };
}

describe('GEXF 1.2', () => {
  it('reads back with graphology-gexf: every id, kind, predicate and evidence reference', () => {
    for (const kg of [mini, seeds]) {
      const graph = parseGexf(MultiDirectedGraph, toGexf(kg));
      expect(fromGraphology(graph)).toEqual(expectedGraph(kg));
    }
  });

  it('declares typed attributes and keeps names as labels', () => {
    const text = toGexf(mini);
    expect(text).toContain('<gexf xmlns="http://www.gexf.net/1.2draft"');
    expect(text).toContain('version="1.2"');
    expect(text).toContain('<attribute id="evidenceCount" title="evidenceCount" type="integer"/>');
    expect(text).toContain('<attribute id="amount" title="amount" type="double"/>');
    expect(text).toContain(`Dataset version ${mini.dataset.version}`);
    const graph = parseGexf(MultiDirectedGraph, text);
    expect(graph.getNodeAttributes('country:kz')).toMatchObject({
      label: 'Kazakhstan',
      name: 'Kazakhstan',
      iso2: 'KZ',
      aliases: '["Kazakhstan"]',
    });
    expect(graph.getNodeAttributes('value:statement:board-founding-count')).toMatchObject({ kind: 'VALUE', amount: 19, unit: 'country' });
    expect(graph.getEdgeAttributes('statement:kz-member-of-board-of-peace')).toMatchObject({
      evidenceCount: 1,
      startTime: '--01-22',
      startTimePrecision: 'MONTH_DAY',
      startTimeSource: 'INFERRED',
      role: 'founding member',
      documents: '["document:tokayev-explains-board-of-peace"]',
    });
  });
});

describe('GraphML', () => {
  it('reads back with graphology-graphml: every id, kind, predicate and evidence reference', () => {
    for (const kg of [mini, seeds]) {
      const graph = parseGraphml(MultiDirectedGraph, toGraphml(kg));
      expect(fromGraphology(graph)).toEqual(expectedGraph(kg));
    }
  });

  it('declares every attribute with a <key> and keeps the dataset version as graph data', () => {
    const text = toGraphml(mini);
    const keys = [...text.matchAll(/<key id="([^"]+)" for="(node|edge|graph)" attr\.name="([^"]+)" attr\.type="([^"]+)"/g)].map((m) => [
      m[2],
      m[3],
      m[4],
    ]);
    expect(keys).toEqual([
      ['graph', 'name', 'string'],
      ['graph', 'description', 'string'],
      ['graph', 'version', 'string'],
      ...NODE_ATTRIBUTES.map((a) => [
        'node',
        a.name,
        a.type === 'int' ? 'int' : a.type === 'double' ? 'double' : a.type === 'boolean' ? 'boolean' : 'string',
      ]),
      ...EDGE_ATTRIBUTES.map((a) => [
        'edge',
        a.name,
        a.type === 'int' ? 'int' : a.type === 'double' ? 'double' : a.type === 'boolean' ? 'boolean' : 'string',
      ]),
    ]);
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect(graph.getAttribute('version')).toBe(mini.dataset.version);
    expect(graph.getEdgeAttribute('statement:kz-member-of-board-of-peace', 'evidenceCount')).toBe(1);
    expect(graph.getNodeAttribute('value:statement:board-founding-count', 'amount')).toBe(19);
  });
});

describe('NetworkX node-link JSON', () => {
  it('parses back with JSON.parse: every id, kind, predicate and evidence reference', () => {
    for (const kg of [mini, seeds]) {
      const data = JSON.parse(toNodeLink(kg)) as {
        directed: boolean;
        multigraph: boolean;
        graph: { version: string };
        nodes: Array<{ id: string; kind: string }>;
        links: Array<{
          source: string;
          target: string;
          key: string;
          kind: string;
          record: string;
          predicate: string;
          evidence: EvidenceRef[];
        }>;
      };
      expect([data.directed, data.multigraph, data.graph.version]).toEqual([true, true, kg.dataset.version]);
      expect({
        nodes: sortById(data.nodes.map((n) => ({ id: n.id, kind: n.kind }))),
        edges: sortById(
          data.links.map((l) => ({
            id: l.key,
            source: l.source,
            target: l.target,
            kind: l.kind,
            record: l.record,
            predicate: l.predicate,
            evidence: l.evidence,
          })),
        ),
      }).toEqual(expectedGraph(kg));
    }
  });

  it('keeps lists as lists and omits missing values', () => {
    const data = JSON.parse(toNodeLink(mini)) as { nodes: Array<Record<string, unknown>>; links: Array<Record<string, unknown>> };
    expect(data.nodes.find((n) => n['id'] === 'country:kz')).toEqual({
      id: 'country:kz',
      kind: 'COUNTRY',
      name: 'Kazakhstan',
      ...(mini.entityById.get('country:kz')!.description === null ? {} : { description: mini.entityById.get('country:kz')!.description }),
      aliases: ['Kazakhstan'],
      ...(mini.entityById.get('country:kz')!.lookupAliases.length > 0
        ? { lookupAliases: [...mini.entityById.get('country:kz')!.lookupAliases] }
        : {}),
      iso2: 'KZ',
      attributes: { iso2: 'KZ' },
    });
  });
});

describe('neo4j-admin CSV', () => {
  it('parses back: every id, label, type, predicate and evidence reference', () => {
    for (const kg of [mini, seeds]) {
      const { nodes, edges } = toNeo4jCsv(kg);
      const n = csvRecords(nodes);
      const e = csvRecords(edges);
      expect(n.header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
      expect(e.header.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'id']);
      for (const record of n.records) {
        // kind is spelt as GraphQL does (PERSON); the label as Neo4j names labels (Person).
        const kind = record['kind']!.toLowerCase();
        expect(record[':LABEL']).toBe(kind === 'value' ? 'Value' : `Entity;${kind[0]!.toUpperCase()}${kind.slice(1)}`);
      }
      for (const record of e.records) expect(record[':TYPE']).toBe(record['predicate']!.toUpperCase());
      expect({
        nodes: sortById(n.records.map((r) => ({ id: r['id:ID']!, kind: r['kind']! }))),
        edges: sortById(
          e.records.map((r) => ({
            id: r['id']!,
            source: r[':START_ID']!,
            target: r[':END_ID']!,
            kind: r['kind']!,
            record: r['record']!,
            predicate: r['predicate']!,
            evidence: JSON.parse(r['evidence']!) as EvidenceRef[],
          })),
        ),
      }).toEqual(expectedGraph(kg));
    }
  });

  it('types the property columns and writes arrays with the array delimiter', () => {
    const { nodes, edges } = toNeo4jCsv(mini);
    const n = csvRecords(nodes);
    const e = csvRecords(edges);
    expect(n.header).toContain('aliases:string[]');
    expect(n.header).toContain('amount:double');
    expect(e.header).toContain('evidenceCount:int');
    expect(e.header).toContain('documents:string[]');
    expect(e.header).toContain('areas:string[]');
    expect(n.records.find((r) => r['id:ID'] === 'person:kassym-jomart-tokayev')!['aliases:string[]']).toBe(
      'Kassym-Jomart Tokayev;Tokayev;President Tokayev',
    );
    expect(toNeo4jCsv(mini, { arrayDelimiter: '|' }).nodes).toContain('Kassym-Jomart Tokayev|Tokayev|President Tokayev');
    const kz = e.records.find((r) => r['id'] === 'statement:kz-member-of-board-of-peace')!;
    expect([kz[':TYPE'], kz['evidenceCount:int'], kz['role'], kz['pointInTime']]).toEqual(['MEMBER_OF', '1', 'founding member', '']);
  });
});
