import type { Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

export interface SingleSourceStatementsOptions {
  /** Only statements whose one source is this document (id). */
  readonly document?: string | null;
  /** Only statements with this predicate (a vocabulary id). */
  readonly predicate?: string | null;
}

/**
 * Statements whose evidence comes from exactly one document, however many quotes it has there:
 * the facts that rest on a single source. In dataset order. An unknown document gives an empty
 * list; an unknown predicate throws an {@link InvalidArgumentError}.
 */
export function singleSourceStatements(kg: KnowledgeGraph, options: SingleSourceStatementsOptions = {}): Statement[] {
  const { document, predicate } = options;
  if (predicate !== null && predicate !== undefined && !kg.predicateById.has(predicate)) {
    throw new InvalidArgumentError(`predicate: "${predicate}" is not a predicate of the vocabulary`);
  }
  const candidates = document !== null && document !== undefined ? (kg.statementsByDocument.get(document) ?? []) : kg.dataset.statements;
  return candidates.filter(
    (s) =>
      (predicate === null || predicate === undefined || s.predicate === predicate) &&
      s.evidence.every((e) => e.document === s.evidence[0]?.document),
  );
}
