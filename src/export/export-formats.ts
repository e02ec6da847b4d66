import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { buildExportGraph } from './export-graph.js';
import { toGexf } from './to-gexf.js';
import { toGraphml } from './to-graphml.js';
import { toNeo4jCsv, type CsvPair } from './to-neo4j-csv.js';
import { toNodeLink } from './to-node-link.js';
import { toNTriples } from './to-ntriples.js';
import { toTurtle } from './to-turtle.js';

/** The export formats, by name (`--format` of the CLI). */
export const EXPORT_FORMATS = ['gexf', 'graphml', 'nodelink', 'csv', 'ntriples', 'turtle'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What each format is, and the file name extension it is written with (csv: a folder). */
export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, { readonly extension: string; readonly description: string }>> = {
  gexf: { extension: '.gexf', description: 'GEXF 1.2 with typed attributes (Gephi, NetworkX read_gexf)' },
  graphml: { extension: '.graphml', description: 'GraphML with <key> declarations (NetworkX, Gephi, yEd, igraph)' },
  nodelink: { extension: '.json', description: 'NetworkX node-link JSON (node_link_graph)' },
  csv: { extension: '', description: 'a folder with nodes.csv and edges.csv for neo4j-admin database import' },
  ntriples: { extension: '.nt', description: 'RDF N-Triples, statements reified with their evidence' },
  turtle: { extension: '.ttl', description: 'RDF Turtle, statements reified with their evidence' },
};

/** Options of {@link exportAs} (each applies to the formats named). */
export interface ExportOptions {
  /** Graph formats (gexf, graphml, nodelink, csv): give literal values their own node (default true). */
  readonly values?: boolean;
  /** RDF formats: base of every IRI (default `https://diplomacy-graph.example/`). */
  readonly base?: string;
  /** csv: array delimiter (default `;`). */
  readonly arrayDelimiter?: string;
}

/** Whether `name` is one of {@link EXPORT_FORMATS}. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

/** Exports the knowledge graph in `format`: the file's text, or for `csv` the nodes/edges pair. */
export function exportAs(kg: KnowledgeGraph, format: 'csv', options?: ExportOptions): CsvPair;
export function exportAs(kg: KnowledgeGraph, format: Exclude<ExportFormat, 'csv'>, options?: ExportOptions): string;
export function exportAs(kg: KnowledgeGraph, format: ExportFormat, options?: ExportOptions): string | CsvPair;
export function exportAs(kg: KnowledgeGraph, format: ExportFormat, options: ExportOptions = {}): string | CsvPair {
  switch (format) {
    case 'gexf':
      return toGexf(buildExportGraph(kg, options));
    case 'graphml':
      return toGraphml(buildExportGraph(kg, options));
    case 'nodelink':
      return toNodeLink(buildExportGraph(kg, options));
    case 'csv':
      return toNeo4jCsv(buildExportGraph(kg, options), options);
    case 'ntriples':
      return toNTriples(kg, options);
    case 'turtle':
      return toTurtle(kg, options);
  }
}
