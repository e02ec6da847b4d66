/**
 * Options of the RDF exports. In a file of their own so that the published declarations of
 * `toTurtle` and `toNTriples` do not import the n3 library's types (a dev dependency).
 */
export interface RdfOptions {
  /** Base of every IRI. Default `https://diplomacy-graph.example/` (see `DEFAULT_RDF_BASE`). */
  readonly base?: string;
}
