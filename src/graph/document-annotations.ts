import type { Evidence, Position, Statement } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/** An evidence quote located in a document, with the statement or position it supports. */
export interface DocumentAnnotation {
  readonly evidence: Evidence;
  /** The supported statement; null when the fact is a position. */
  readonly statement: Statement | null;
  /** The supported position; null when the fact is a statement. */
  readonly position: Position | null;
}

const byLocation = (a: DocumentAnnotation, b: DocumentAnnotation): number =>
  a.evidence.start - b.evidence.start ||
  a.evidence.end - b.evidence.end ||
  (a.statement ?? a.position)!.id.localeCompare((b.statement ?? b.position)!.id);

/**
 * Every evidence quote of the graph that lies in the document `documentId`, each with its fact:
 * in text order (start, then end, then fact id). Quotes of several facts at the same offsets are
 * listed once per fact. Empty for an unknown document or one no fact quotes.
 */
export function documentAnnotations(kg: KnowledgeGraph, documentId: string): DocumentAnnotation[] {
  const annotations: DocumentAnnotation[] = [];
  // The indexes list a fact once per quote in the document: each fact is visited once.
  for (const statement of new Set(kg.statementsByDocument.get(documentId))) {
    for (const evidence of statement.evidence) {
      if (evidence.document === documentId) annotations.push({ evidence, statement, position: null });
    }
  }
  for (const position of new Set(kg.positionsByDocument.get(documentId))) {
    for (const evidence of position.evidence) {
      if (evidence.document === documentId) annotations.push({ evidence, statement: null, position });
    }
  }
  return annotations.sort(byLocation);
}
