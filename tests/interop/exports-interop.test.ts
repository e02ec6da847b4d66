import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/index.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { seedsGraph } from '../helpers/graphs.js';

/** The path of a tool that answers `args`, or a test failure naming the Debian package to install. */
function requireTool(command: string, args: string[], debianPackage: string): string {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${command} is missing or broken: install the Debian package ${debianPackage} (apt-get install -y ${debianPackage})`);
  }
  return command;
}

let seeds: KnowledgeGraph;
const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-interop-'));
beforeAll(async () => {
  seeds = await seedsGraph();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rapper (raptor2-utils) parses the RDF exports', () => {
  it.each([
    ['turtle', 'export.ttl', 'turtle'],
    ['ntriples', 'export.nt', 'ntriples'],
  ] as const)('%s: every triple parses, none twice', async (format, file, syntax) => {
    const rapper = requireTool('rapper', ['--version'], 'raptor2-utils');
    const path = join(dir, file);
    await writeExport(seeds, format, path);
    // rapper re-serialises what it parsed as N-Triples: one triple a line, canonical.
    const result = spawnSync(rapper, ['-i', syntax, '-o', 'ntriples', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).not.toMatch(/error|warning/i);
    const triples = result.stdout.trim().split('\n');
    expect(new Set(triples).size).toBe(triples.length);
    const counted = /returned (\d+) triples/.exec(result.stderr)?.[1];
    expect(Number(counted)).toBe(triples.length);
    if (format === 'ntriples') expect(triples.length).toBe(readFileSync(path, 'utf8').trim().split('\n').length);
  });

  it('parses the published ontology', () => {
    const rapper = requireTool('rapper', ['--version'], 'raptor2-utils');
    const result = spawnSync(rapper, ['-i', 'turtle', '-c', 'ontology/diplomacy-graph.ttl'], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/returned \d+ triples/);
  });
});

describe('NetworkX reads every graph export', () => {
  it('gexf, graphml and node-link JSON: one edge per statement and one per position', async () => {
    const python = requireTool('python3', ['-c', 'import networkx'], 'python3-networkx');
    const files = { gexf: join(dir, 'g.gexf'), graphml: join(dir, 'g.graphml'), nodelink: join(dir, 'g.json') };
    await writeExport(seeds, 'gexf', files.gexf);
    await writeExport(seeds, 'graphml', files.graphml);
    await writeExport(seeds, 'nodelink', files.nodelink);
    const script = `
import json, sys, collections, networkx as nx
data = json.load(open(sys.argv[3]))
try:
    nodelink = nx.node_link_graph(data, edges="links")
except TypeError:
    nodelink = nx.node_link_graph(data)
out = {}
for name, g in [("gexf", nx.read_gexf(sys.argv[1])), ("graphml", nx.read_graphml(sys.argv[2])), ("nodelink", nodelink)]:
    kinds = collections.Counter(d["kind"] for _, _, d in g.edges(data=True))
    stances = collections.Counter(d["stance"] for _, _, d in g.edges(data=True) if d["kind"] == "POSITION")
    out[name] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "kinds": kinds, "stances": stances,
                 "positionIds": len({k for _, _, k, d in g.edges(keys=True, data=True) if d["kind"] == "POSITION"})}
print(json.dumps(out))
`;
    const result = JSON.parse(
      execFileSync(python, ['-c', script, files.gexf, files.graphml, files.nodelink], { encoding: 'utf8' }),
    ) as Record<
      string,
      { nodes: number; edges: number; kinds: Record<string, number>; stances: Record<string, number>; positionIds: number }
    >;
    const positions = seeds.dataset.positions;
    const stances: Record<string, number> = {};
    for (const p of positions) stances[p.stance.toUpperCase()] = (stances[p.stance.toUpperCase()] ?? 0) + 1;
    const literals = seeds.dataset.statements.filter((s) => s.object === null).length;
    for (const name of ['gexf', 'graphml', 'nodelink']) {
      expect(result[name], name).toEqual({
        nodes: seeds.dataset.entities.length + literals,
        edges: seeds.dataset.statements.length + positions.length,
        kinds: { STATEMENT: seeds.dataset.statements.length, POSITION: positions.length },
        stances,
        positionIds: positions.length,
      });
    }
  });
});
