// The format names and descriptions alone, without the writers, so the CLI's help does not load them.

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

/** Whether `name` is one of {@link EXPORT_FORMATS}. */
export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}
