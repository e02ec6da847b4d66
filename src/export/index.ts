export {
  buildExportGraph,
  graphqlEnumValue,
  NODE_ATTRIBUTES,
  EDGE_ATTRIBUTES,
  type ExportGraph,
  type ExportNode,
  type ExportEdge,
  type ExportMetadata,
  type AttributeSpec,
  type AttributeType,
  type AttributeValue,
  type JsonValue,
  type BuildExportGraphOptions,
} from './export-graph.js';
export { toGexf } from './to-gexf.js';
export { toGraphml } from './to-graphml.js';
export { toNodeLink, type NodeLinkData } from './to-node-link.js';
export { toNeo4jCsv, type CsvPair, type Neo4jCsvOptions } from './to-neo4j-csv.js';
export { toNTriples } from './to-ntriples.js';
export { toTurtle } from './to-turtle.js';
export type { RdfOptions } from './rdf-options.js';
export { DEFAULT_RDF_BASE, rdfNamespaces, iriOfId, idOfIri } from './rdf-namespaces.js';
export { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportAs, isExportFormat, type ExportFormat, type ExportOptions } from './export-formats.js';
export { writeExport } from './write-export.js';
