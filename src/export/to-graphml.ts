import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import {
  attributeText,
  toExportGraph,
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  type ExportGraph,
} from './export-graph.js';
import { xmlText } from './xml-text.js';

const GRAPHML_TYPES: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  json: 'string',
};

/** Graph-level attributes, written as `<data>` of the `<graph>` element. */
const GRAPH_KEYS = [
  ['g_name', 'name'],
  ['g_description', 'description'],
  ['g_version', 'version'],
] as const;

function keys(kind: 'node' | 'edge', prefix: string, specs: readonly AttributeSpec[]): string[] {
  return specs.map(
    (a, i) => `  <key id="${prefix}${i}" for="${kind}" attr.name="${xmlText(a.name)}" attr.type="${GRAPHML_TYPES[a.type]}">
    <desc>${xmlText(a.description)}</desc>
  </key>`,
  );
}

function data(prefix: string, specs: readonly AttributeSpec[], attributes: Readonly<Record<string, AttributeValue>>): string[] {
  const out: string[] = [];
  specs.forEach((spec, i) => {
    const value = attributes[spec.name];
    if (value !== null && value !== undefined) out.push(`      <data key="${prefix}${i}">${xmlText(attributeText(value))}</data>`);
  });
  return out;
}

/**
 * GraphML (`http://graphml.graphdrawing.org/xmlns`), as NetworkX (`read_graphml`), Gephi, yEd,
 * igraph and graphology-graphml read it: `<key>` declarations with `attr.name`, `attr.type`
 * (`string`, `int`, `double`, `boolean`; lists and objects as JSON text) and a `<desc>`; one
 * directed `<graph>` with the dataset name, description and version as graph data; nodes and edges
 * with their ids. Missing values are omitted.
 */
export function toGraphml(source: KnowledgeGraph | ExportGraph): string {
  const graph = toExportGraph(source);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPH_KEYS.map(([id, name]) => `  <key id="${id}" for="graph" attr.name="${name}" attr.type="string"/>`),
    ...keys('node', 'n', graph.nodeAttributes),
    ...keys('edge', 'e', graph.edgeAttributes),
    `  <graph id="${xmlText(graph.metadata.name)}" edgedefault="directed">`,
    ...GRAPH_KEYS.map(([id, name]) => `    <data key="${id}">${xmlText(graph.metadata[name])}</data>`),
  ];
  for (const node of graph.nodes) {
    lines.push(`    <node id="${xmlText(node.id)}">`, ...data('n', graph.nodeAttributes, node.attributes), '    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(
      `    <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`,
      ...data('e', graph.edgeAttributes, edge.attributes),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
