import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import {
  attributeText,
  toExportGraph,
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  type ExportGraph,
} from './export-graph.js';

/** The two files of a neo4j-admin import. */
export interface CsvPair {
  /** nodes.csv: `id:ID`, `:LABEL`, then typed property columns. */
  readonly nodes: string;
  /** edges.csv (relationships): `:START_ID`, `:END_ID`, `:TYPE`, `id`, then typed property columns. */
  readonly edges: string;
}

/** Options of {@link toNeo4jCsv}. */
export interface Neo4jCsvOptions {
  /** Separator of array elements (`--array-delimiter` of neo4j-admin). Default `;`. */
  readonly arrayDelimiter?: string;
}

const NEO4J_TYPES: Readonly<Record<AttributeType, string>> = {
  string: '',
  int: ':int',
  double: ':double',
  boolean: ':boolean',
  'string[]': ':string[]',
  json: '',
};

function cell(text: string | null): string {
  if (text === null) return '';
  return /[",\r\n]/.test(text) || text === '' || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

function propertyCell(spec: AttributeSpec, value: AttributeValue | undefined, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (spec.type === 'string[]' && Array.isArray(value)) {
    const items = value as readonly string[];
    const clash = items.find((item) => item.includes(delimiter));
    if (clash !== undefined) {
      throw new InvalidArgumentError(
        `CSV export: "${clash}" (${spec.name}) contains the array delimiter "${delimiter}"; choose another arrayDelimiter`,
      );
    }
    return cell(items.join(delimiter));
  }
  return cell(attributeText(value));
}

/** `person` → `Person`, `value` → `Value`. */
function labelOf(kind: AttributeValue | undefined): string {
  const name = typeof kind === 'string' && kind.length > 0 ? kind.toLowerCase() : 'unknown';
  const label = name[0]?.toUpperCase() + name.slice(1);
  return name === 'value' ? label : `Entity;${label}`;
}

/** `member_of` → `MEMBER_OF` (Neo4j's convention for relationship types; the exact id stays in `predicate`). */
function relationshipType(predicate: AttributeValue | undefined): string {
  return (typeof predicate === 'string' ? predicate : 'related_to').toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/**
 * The export graph as the two CSV files `neo4j-admin database import full` reads: nodes with
 * `id:ID` and `:LABEL` (`Entity;Country`, `Entity;Person`, …, or `Value`), relationships with
 * `:START_ID`, `:END_ID` and `:TYPE` (the predicate in upper case: `MEMBER_OF`, `POSITION_ON`),
 * then every attribute as a typed property column (`evidenceCount:int`, `amount:double`,
 * `documents:string[]`; objects as JSON text). RFC 4180 quoting; an empty cell is no value.
 * Throws if an array element contains the array delimiter.
 */
export function toNeo4jCsv(source: KnowledgeGraph | ExportGraph, options: Neo4jCsvOptions = {}): CsvPair {
  const graph = toExportGraph(source);
  const delimiter = options.arrayDelimiter ?? ';';
  if (delimiter.length !== 1 || delimiter === ',' || delimiter === '"') {
    throw new InvalidArgumentError(`CSV export: arrayDelimiter must be one character other than , and ", got ${JSON.stringify(delimiter)}`);
  }
  const header = (fixed: string[], specs: readonly AttributeSpec[]) =>
    [...fixed, ...specs.map((s) => `${s.name}${NEO4J_TYPES[s.type]}`)].map(cell).join(',');
  const nodes = [header(['id:ID', ':LABEL'], graph.nodeAttributes)];
  for (const node of graph.nodes) {
    nodes.push(
      [
        cell(node.id),
        cell(labelOf(node.attributes['kind'])),
        ...graph.nodeAttributes.map((s) => propertyCell(s, node.attributes[s.name], delimiter)),
      ].join(','),
    );
  }
  const edges = [header([':START_ID', ':END_ID', ':TYPE', 'id'], graph.edgeAttributes)];
  for (const edge of graph.edges) {
    edges.push(
      [
        cell(edge.source),
        cell(edge.target),
        cell(relationshipType(edge.attributes['predicate'])),
        cell(edge.id),
        ...graph.edgeAttributes.map((s) => propertyCell(s, edge.attributes[s.name], delimiter)),
      ].join(','),
    );
  }
  return { nodes: nodes.join('\n') + '\n', edges: edges.join('\n') + '\n' };
}
