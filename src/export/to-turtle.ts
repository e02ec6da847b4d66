import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import { rdfNamespaces } from './rdf-namespaces.js';
import type { RdfOptions } from './rdf-options.js';
import { rdfPrefixes, rdfQuads } from './rdf-quads.js';
import { writeRdf } from './rdf-writer.js';

/** The knowledge graph as Turtle with the `dg:`, `dgo:`, `dgp:` prefixes; see {@link rdfQuads}. */
export function toTurtle(kg: KnowledgeGraph, options: RdfOptions = {}): string {
  return writeRdf(rdfQuads(kg, options), { format: 'Turtle', prefixes: rdfPrefixes(rdfNamespaces(options.base)) });
}
