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

const GEXF_TYPES: Readonly<Record<AttributeType, string>> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  json: 'string',
};

function attributesBlock(kind: 'node' | 'edge', specs: readonly AttributeSpec[]): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...specs.map((a) => `      <attribute id="${xmlText(a.name)}" title="${xmlText(a.name)}" type="${GEXF_TYPES[a.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(specs: readonly AttributeSpec[], attributes: Readonly<Record<string, AttributeValue>>, indent: string): string[] {
  const values: string[] = [];
  for (const spec of specs) {
    const value = attributes[spec.name];
    if (value === null || value === undefined) continue;
    values.push(`${indent}  <attvalue for="${xmlText(spec.name)}" value="${xmlText(attributeText(value))}"/>`);
  }
  return values.length === 0 ? [] : [`${indent}<attvalues>`, ...values, `${indent}</attvalues>`];
}

/**
 * GEXF 1.2 (`http://www.gexf.net/1.2draft`), as Gephi and NetworkX (`read_gexf`) read it: a
 * static directed graph whose attributes are declared with their types (`integer`, `double`,
 * `boolean`, `string`; lists and objects as JSON text). Node labels are names, edge labels
 * predicate labels; ids are the graph's ids. The dataset version is in `<meta><description>`.
 * Missing values are omitted, not written empty.
 */
export function toGexf(source: KnowledgeGraph | ExportGraph): string {
  const graph = toExportGraph(source);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    `    <creator>${xmlText(graph.metadata.name)}</creator>`,
    `    <description>${xmlText(`${graph.metadata.description}. Dataset version ${graph.metadata.version}`)}</description>`,
    '  </meta>',
    '  <graph mode="static" defaultedgetype="directed">',
    ...attributesBlock('node', graph.nodeAttributes),
    ...attributesBlock('edge', graph.edgeAttributes),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const label = node.attributes['name'];
    const labelAttribute = typeof label === 'string' ? ` label="${xmlText(label)}"` : '';
    lines.push(
      `      <node id="${xmlText(node.id)}"${labelAttribute}>`,
      ...attvalues(graph.nodeAttributes, node.attributes, '        '),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const label = edge.attributes['predicateLabel'];
    const labelAttribute = typeof label === 'string' ? ` label="${xmlText(label)}"` : '';
    lines.push(
      `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"${labelAttribute}>`,
      ...attvalues(graph.edgeAttributes, edge.attributes, '        '),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
