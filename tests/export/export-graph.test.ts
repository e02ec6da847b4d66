import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildExportGraph,
  EDGE_ATTRIBUTES,
  EXPORT_FORMATS,
  exportAs,
  graphqlEnumValue,
  NODE_ATTRIBUTES,
  toGexf,
  toGraphml,
  toNeo4jCsv,
  toNodeLink,
  writeExport,
  type ExportGraph,
} from '../../src/export/index.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { ENUM_VALUES } from '../../src/graphql/enum-values.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { openGraph } from '../../src/library/open-graph.js';
import { MINI_SEEDS, miniGraph, seedsGraph } from '../helpers/graphs.js';
import { csvRecords } from './parse-csv.js';

let mini: KnowledgeGraph;
let seeds: KnowledgeGraph;
const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-export-'));

beforeAll(async () => {
  mini = await miniGraph();
  seeds = await seedsGraph();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A two-node graph whose strings need every kind of escaping. */
const tricky: ExportGraph = {
  metadata: { name: 'tricky <&>', description: 'quotes " and \' and tabs\tand\r\nlines', version: 'v1' },
  nodeAttributes: NODE_ATTRIBUTES,
  edgeAttributes: EDGE_ATTRIBUTES,
  nodes: [
    {
      id: 'person:a&b',
      attributes: { kind: 'person', name: 'A <b> & "c"', description: "line 1\nline 2\r\n\ttabbed 'q'", aliases: ['x;y', 'z'] },
    },
    { id: 'country:xx', attributes: { kind: 'country', name: 'X', iso2: 'XX' } },
  ],
  edges: [
    {
      id: 'statement:s<1>',
      source: 'person:a&b',
      target: 'country:xx',
      attributes: {
        kind: 'statement',
        record: 'statement:s<1>',
        predicate: 'visited',
        evidenceCount: 1,
        evidence: [{ document: 'document:d', quote: 'a "quoted"\nquote', start: 1, end: 2 }],
      },
    },
  ],
};

describe('buildExportGraph', () => {
  it('has a node per entity and literal value, an edge per statement and position link', () => {
    const graph = buildExportGraph(mini);
    const literals = mini.dataset.statements.filter((s) => s.object === null);
    expect(graph.nodes).toHaveLength(mini.dataset.entities.length + literals.length);
    expect(graph.edges.filter((e) => e.attributes['kind'] === 'STATEMENT')).toHaveLength(mini.dataset.statements.length);
    // One edge per position (holder → topic); what else it concerns is its `about` list.
    expect(graph.edges.filter((e) => e.attributes['kind'] === 'POSITION').map((e) => [e.id, e.target, e.attributes['about']])).toEqual([
      ['position:tokayev-board-of-peace-significant-step', 'organization:board-of-peace', ['organization:un']],
      ['position:tokayev-two-state-solution', 'topic:two-state-solution', ['country:il']],
      ['position:tokayev-reliable-partner', 'country:us', null],
    ]);
    expect(graph.edges.find((e) => e.id === 'position:tokayev-board-of-peace-significant-step')!.attributes).toMatchObject({
      stance: 'ASSESSES',
      polarity: 'POSITIVE',
      speech: 'REPORTED',
      date: '--02-18',
      datePrecision: 'MONTH_DAY',
      dateSource: 'DERIVED',
      dateDerivedFrom: 'statement:article-published',
      dateInferred: null,
    });
    expect(graph.edges.find((e) => e.id === 'statement:kz-member-of-board-of-peace')!.attributes).toMatchObject({
      startTime: '--01-22',
      startTimePrecision: 'MONTH_DAY',
      startTimeSource: 'INFERRED',
    });
    const withoutValues = buildExportGraph(mini, { values: false });
    expect(withoutValues.nodes).toHaveLength(mini.dataset.entities.length);
    expect(withoutValues.edges).toHaveLength(graph.edges.length - literals.length);
  });

  it('agrees with the graphology graph on every edge it has (a position’s `about` links as its `about` list)', () => {
    const exported = new Map(buildExportGraph(seeds).edges.map((e) => [e.id, e]));
    seeds.graph.forEachEdge((_key, attributes, source, target) => {
      const edge = exported.get(attributes.source)!;
      expect([edge.source, edge.attributes['predicate'], edge.attributes['record']]).toEqual([
        source,
        attributes.predicate,
        attributes.source,
      ]);
      if (edge.target !== target) expect(edge.attributes['about']).toContain(target);
    });
  });

  it('spells enumerated values as GraphQL does', () => {
    const graph = buildExportGraph(seeds);
    const values = (key: string) => new Set(graph.edges.map((e) => e.attributes[key]).filter((v) => v !== null && v !== undefined));
    expect(values('kind')).toEqual(new Set(['STATEMENT', 'POSITION']));
    expect([...values('stance')].sort()).toEqual(['ASSESSES', 'COMMITS', 'EXPECTS', 'HOPES', 'PROPOSES', 'REJECTS', 'SUPPORTS']);
    expect(values('speech')).toEqual(new Set(['DIRECT', 'REPORTED']));
    expect(values('dateSource')).toEqual(new Set(['DERIVED']));
    expect(new Set(graph.nodes.map((n) => n.attributes['kind']))).toContain('PERSON');
    expect(new Set(graph.nodes.map((n) => n.attributes['comparator']).filter(Boolean))).toEqual(
      new Set(['EXACT', 'EXCEEDED', 'REACHED', 'MORE_THAN']),
    );
  });

  it('spells every model enum value exactly as the GraphQL schema maps it', () => {
    const enums = ['EntityKind', 'Stance', 'Polarity', 'Speech', 'Comparator', 'TimePrecision', 'TimeSource'] as const;
    for (const name of enums) {
      for (const [graphql, model] of Object.entries(ENUM_VALUES[name])) expect(graphqlEnumValue(model)).toBe(graphql);
    }
  });

  it('declares every attribute it writes', () => {
    const graph = buildExportGraph(seeds);
    const nodeKeys = new Set(graph.nodes.flatMap((n) => Object.keys(n.attributes)));
    const edgeKeys = new Set(graph.edges.flatMap((e) => Object.keys(e.attributes)));
    expect([...nodeKeys].filter((k) => !graph.nodeAttributes.some((a) => a.name === k))).toEqual([]);
    expect([...edgeKeys].filter((k) => !graph.edgeAttributes.some((a) => a.name === k))).toEqual([]);
  });
});

describe('escaping', () => {
  it('round-trips markup, quotes, tabs and line breaks through GEXF and GraphML', () => {
    for (const graph of [parseGexf(MultiDirectedGraph, toGexf(tricky)), parseGraphml(MultiDirectedGraph, toGraphml(tricky))]) {
      expect(graph.nodes()).toEqual(['person:a&b', 'country:xx']);
      expect(graph.getNodeAttribute('person:a&b', 'name')).toBe('A <b> & "c"');
      expect(graph.getNodeAttribute('person:a&b', 'description')).toBe("line 1\nline 2\r\n\ttabbed 'q'");
      expect(JSON.parse(graph.getEdgeAttribute('statement:s<1>', 'evidence') as string)).toEqual(tricky.edges[0]!.attributes['evidence']);
    }
    expect(parseGraphml(MultiDirectedGraph, toGraphml(tricky)).getAttribute('description')).toBe('quotes " and \' and tabs\tand\r\nlines');
  });

  it('refuses characters XML cannot hold', () => {
    const bad: ExportGraph = { ...tricky, nodes: [{ id: 'person:x', attributes: { kind: 'person', name: 'bell \u0007' } }], edges: [] };
    expect(() => toGexf(bad)).toThrow(InvalidArgumentError);
    expect(() => toGraphml(bad)).toThrow(InvalidArgumentError);
  });

  it('quotes CSV cells and refuses array elements containing the array delimiter', () => {
    expect(() => toNeo4jCsv(tricky)).toThrow(/"x;y" \(aliases\) contains the array delimiter ";"/);
    const { nodes, edges } = toNeo4jCsv(tricky, { arrayDelimiter: '|' });
    const n = csvRecords(nodes).records;
    expect(n[0]).toMatchObject({
      'id:ID': 'person:a&b',
      name: 'A <b> & "c"',
      description: "line 1\nline 2\r\n\ttabbed 'q'",
      'aliases:string[]': 'x;y|z',
    });
    expect(JSON.parse(csvRecords(edges).records[0]!['evidence']!)).toEqual(tricky.edges[0]!.attributes['evidence']);
    expect(() => toNeo4jCsv(tricky, { arrayDelimiter: ',' })).toThrow(InvalidArgumentError);
  });

  it('keeps node-link values as JSON', () => {
    const data = JSON.parse(toNodeLink(tricky)) as { nodes: Array<Record<string, unknown>> };
    expect(data.nodes[0]).toEqual({ id: 'person:a&b', ...tricky.nodes[0]!.attributes });
  });
});

describe('writeExport', () => {
  it('writes one file per format, and a nodes.csv/edges.csv folder for csv', async () => {
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, 'nested', format === 'csv' ? 'csv' : `graph.${format}`);
      const paths = await writeExport(mini, format, out);
      if (format === 'csv') {
        expect(paths).toEqual([join(out, 'nodes.csv'), join(out, 'edges.csv')]);
        const pair = exportAs(mini, 'csv');
        expect([readFileSync(paths[0]!, 'utf8'), readFileSync(paths[1]!, 'utf8')]).toEqual([pair.nodes, pair.edges]);
      } else {
        expect(paths).toEqual([out]);
        expect(readFileSync(out, 'utf8')).toBe(exportAs(mini, format));
      }
    }
  });

  it('is reachable from the library handle', async () => {
    const handle = await openGraph({ directory: MINI_SEEDS });
    expect(handle.export('gexf')).toBe(toGexf(mini));
    expect(handle.export('csv')).toEqual(toNeo4jCsv(mini));
    const [path] = await handle.writeExport('turtle', join(dir, 'handle.ttl'));
    expect(readFileSync(path!, 'utf8')).toBe(exportAs(mini, 'turtle'));
  });
});

/** Whether a Python with NetworkX is at hand (optional: the interoperability check below needs it). */
function networkxPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import networkx'], { stdio: 'ignore' });
      return python;
    } catch {
      // try the next one
    }
  }
  return null;
}
const python = networkxPython();

describe.runIf(python !== null)('NetworkX reads the exports', () => {
  it('read_gexf, read_graphml and node_link_graph give the same multigraph', async () => {
    const files = { gexf: join(dir, 'nx.gexf'), graphml: join(dir, 'nx.graphml'), nodelink: join(dir, 'nx.json') };
    await writeExport(seeds, 'gexf', files.gexf);
    await writeExport(seeds, 'graphml', files.graphml);
    await writeExport(seeds, 'nodelink', files.nodelink);
    const script = `
import json, sys, networkx as nx
graphs = [nx.read_gexf(sys.argv[1]), nx.read_graphml(sys.argv[2])]
data = json.load(open(sys.argv[3]))
try:
    graphs.append(nx.node_link_graph(data, edges="links"))
except TypeError:
    graphs.append(nx.node_link_graph(data))
out = []
for g in graphs:
    edges = sorted((k, u, v, d["predicate"], d["evidenceCount"] if isinstance(d["evidenceCount"], int) else -1) for u, v, k, d in g.edges(keys=True, data=True))
    out.append({"type": type(g).__name__, "nodes": sorted((n, d["kind"]) for n, d in g.nodes(data=True)), "edges": edges})
print(json.dumps(out))
`;
    const result = JSON.parse(
      execFileSync(python!, ['-c', script, files.gexf, files.graphml, files.nodelink], { encoding: 'utf8' }),
    ) as Array<{
      type: string;
      nodes: Array<[string, string]>;
      edges: Array<[string, string, string, string, number]>;
    }>;
    const graph = buildExportGraph(seeds);
    const nodes = new Map(graph.nodes.map((n) => [n.id, n.attributes['kind']]));
    for (const g of result) {
      expect(g.type).toBe('MultiDiGraph');
      expect(new Map(g.nodes)).toEqual(nodes);
      expect(g.edges).toHaveLength(graph.edges.length);
      for (const [key, u, v, predicate, count] of g.edges) {
        const edge = graph.edges.find((e) => e.id === key)!;
        expect([u, v, predicate, count]).toEqual([
          edge.source,
          edge.target,
          edge.attributes['predicate'],
          edge.attributes['evidenceCount'],
        ]);
      }
    }
  });
});
