import type { Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { perGraph } from './per-graph.js';

export interface SingleSourceStatementsOptions {
  /** Only statements whose one source is this document (id). */
  readonly document?: string | null;
  /** Only statements with this predicate (a vocabulary id). */
  readonly predicate?: string | null;
}

const restsOnOneDocument = (s: Statement): boolean => s.evidence.every((e) => e.document === s.evidence[0]?.document);

/** Every single-source statement, in dataset order: computed on first use, then cached. */
const allSingleSource = perGraph((kg) => kg.dataset.statements.filter(restsOnOneDocument));

/**
 * Statements whose evidence comes from exactly one document, however many quotes it has there:
 * the facts that rest on a single source. In dataset order. An unknown document gives an empty
 * list; an unknown predicate throws an {@link InvalidArgumentError}.
 */
export function singleSourceStatements(kg: KnowledgeGraph, options: SingleSourceStatementsOptions = {}): readonly Statement[] {
  const { document, predicate } = options;
  if (predicate !== null && predicate !== undefined && !kg.predicateById.has(predicate)) {
    throw new InvalidArgumentError(`predicate: "${predicate}" is not a predicate of the vocabulary`);
  }
  const candidates =
    document !== null && document !== undefined
      ? (kg.statementsByDocument.get(document) ?? []).filter(restsOnOneDocument)
      : allSingleSource(kg);
  return predicate === null || predicate === undefined ? candidates : candidates.filter((s) => s.predicate === predicate);
}
