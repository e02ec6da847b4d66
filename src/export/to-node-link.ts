import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { toExportGraph, type AttributeSpec, type AttributeValue, type ExportGraph } from './export-graph.js';

/** NetworkX node-link data (`networkx.node_link_data(G, edges="links")` of a `MultiDiGraph`). */
export interface NodeLinkData {
  readonly directed: true;
  readonly multigraph: true;
  readonly graph: {
    readonly name: string;
    readonly description: string;
    readonly version: string;
    /** The declared attributes, so the file describes itself. */
    readonly attributes: { readonly node: readonly AttributeSpec[]; readonly edge: readonly AttributeSpec[] };
  };
  readonly nodes: ReadonlyArray<{ readonly id: string } & Readonly<Record<string, AttributeValue>>>;
  readonly links: ReadonlyArray<
    { readonly source: string; readonly target: string; readonly key: string } & Readonly<Record<string, AttributeValue>>
  >;
}

function present(attributes: Readonly<Record<string, AttributeValue>>): Record<string, AttributeValue> {
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null && v !== undefined));
}

/**
 * The export graph as NetworkX node-link data: `{directed, multigraph, graph, nodes: [{id, …}],
 * links: [{source, target, key, …}]}`; the edge id is the multigraph `key`. Lists and objects stay
 * JSON lists and objects; missing values are omitted.
 */
function nodeLinkData(source: KnowledgeGraph | ExportGraph): NodeLinkData {
  const graph = toExportGraph(source);
  return {
    directed: true,
    multigraph: true,
    graph: {
      name: graph.metadata.name,
      description: graph.metadata.description,
      version: graph.metadata.version,
      attributes: { node: graph.nodeAttributes, edge: graph.edgeAttributes },
    },
    nodes: graph.nodes.map((n) => ({ id: n.id, ...present(n.attributes) })),
    links: graph.edges.map((e) => ({ source: e.source, target: e.target, key: e.id, ...present(e.attributes) })),
  };
}

/**
 * NetworkX node-link JSON text. Read it with
 * `networkx.node_link_graph(json.load(f), edges="links")` (NetworkX ≥ 3.4; 2.8 reads `links` by default).
 */
export function toNodeLink(source: KnowledgeGraph | ExportGraph): string {
  return JSON.stringify(nodeLinkData(source), null, 2) + '\n';
}
