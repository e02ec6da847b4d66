import type { KnowledgeGraph } from '../graph/knowledge-graph.js';
import type { RdfOptions } from './rdf-options.js';
import { rdfQuads } from './rdf-quads.js';
import { writeRdf } from './rdf-writer.js';

/** The knowledge graph as N-Triples (one triple a line, canonical escaping); see {@link rdfQuads}. */
export function toNTriples(kg: KnowledgeGraph, options: RdfOptions = {}): string {
  return writeRdf(rdfQuads(kg, options), { format: 'N-Triples' });
}
