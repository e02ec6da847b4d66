import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { buildExportGraph } from './export-graph.js';
import { toGexf } from './to-gexf.js';
import { toGraphml } from './to-graphml.js';
import { toNeo4jCsv, type CsvPair } from './to-neo4j-csv.js';
import { toNodeLink } from './to-node-link.js';
import { toNTriples } from './to-ntriples.js';
import { toTurtle } from './to-turtle.js';
import type { ExportFormat } from './export-format-info.js';

export { EXPORT_FORMAT_INFO, EXPORT_FORMATS, isExportFormat, type ExportFormat } from './export-format-info.js';

/** Options of {@link exportAs} (each applies to the formats named). */
export interface ExportOptions {
  /** Graph formats (gexf, graphml, nodelink, csv): give literal values their own node (default true). */
  readonly values?: boolean;
  /** RDF formats: base of every IRI (default `https://diplomacy-graph.example/`). */
  readonly base?: string;
  /** csv: array delimiter (default `;`). */
  readonly arrayDelimiter?: string;
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
