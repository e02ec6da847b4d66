import type { Evidence, Position, Statement } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import type { ConnectionModel, EdgeModel } from './paginate.js';

/** A document that supports a fact, with the quotes of it that do. */
export interface SourceDocument {
  readonly document: string;
  /** The fact's evidence entries from this document, in curated order. */
  readonly evidence: readonly Evidence[];
}

/** Where a statement or position comes from: its supporting documents. */
export interface Provenance {
  /** The fact, when it is a statement. */
  readonly statement: Statement | null;
  /** The fact, when it is a position. */
  readonly position: Position | null;
  /** Distinct supporting documents, in order of first evidence. Their number is the fact's source count. */
  readonly sources: readonly SourceDocument[];
}

/** A page of provenances (of single-source statements, say). */
export type ProvenanceConnection = ConnectionModel<Provenance>;
export type ProvenanceEdge = EdgeModel<Provenance>;

/** The supporting documents of a fact's evidence, grouped by document in order of first evidence. */
function sourcesOf(evidence: readonly Evidence[]): SourceDocument[] {
  const byDocument = new Map<string, Evidence[]>();
  for (const e of evidence) byDocument.set(e.document, [...(byDocument.get(e.document) ?? []), e]);
  return [...byDocument].map(([document, list]) => ({ document, evidence: list }));
}

/** The provenance of a statement. */
export function statementProvenance(statement: Statement): Provenance {
  return { statement, position: null, sources: sourcesOf(statement.evidence) };
}

/** The provenance of a position. */
export function positionProvenance(position: Position): Provenance {
  return { statement: null, position, sources: sourcesOf(position.evidence) };
}

/**
 * Which documents support the statement or position with id `id`, and with which quotes: "does
 * this fact rest on one source?". Null for an id that is neither.
 */
export function provenance(kg: KnowledgeGraph, id: string): Provenance | null {
  const statement = kg.statementById.get(id);
  if (statement) return statementProvenance(statement);
  const position = kg.positionById.get(id);
  return position ? positionProvenance(position) : null;
}
