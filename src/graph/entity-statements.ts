import type { Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/** Which statements of an entity: as subject (OUT), as object (IN), either, or named in a qualifier. */
export type StatementDirection = 'OUT' | 'IN' | 'BOTH' | 'QUALIFIER' | 'ANY';

export interface EntityStatementsOptions {
  readonly direction?: StatementDirection;
  /** Keep only these predicates (all when absent or empty). */
  readonly predicates?: readonly string[] | null;
}

const EMPTY: readonly Statement[] = [];

/**
 * The statements an entity takes part in, without duplicates: one direction in dataset order, several
 * sorted by id. A predicate that is not in the vocabulary is an {@link InvalidArgumentError}: a misspelt
 * one would otherwise read as "no such statements".
 */
export function entityStatements(kg: KnowledgeGraph, entityId: string, options: EntityStatementsOptions = {}): Statement[] {
  const direction = options.direction ?? 'BOTH';
  const lists: Array<readonly Statement[]> = [];
  if (direction === 'OUT' || direction === 'BOTH' || direction === 'ANY') lists.push(kg.statementsBySubject.get(entityId) ?? EMPTY);
  if (direction === 'IN' || direction === 'BOTH' || direction === 'ANY') lists.push(kg.statementsByObject.get(entityId) ?? EMPTY);
  if (direction === 'QUALIFIER' || direction === 'ANY') lists.push(kg.statementsByQualifier.get(entityId) ?? EMPTY);
  const predicates = options.predicates && options.predicates.length > 0 ? new Set(options.predicates) : null;
  for (const id of predicates ?? []) {
    if (!kg.predicateById.has(id)) throw new InvalidArgumentError(`predicates: "${id}" is not a predicate of the vocabulary`);
  }
  const seen = new Set<Statement>();
  for (const list of lists) {
    for (const s of list) if (!predicates || predicates.has(s.predicate)) seen.add(s);
  }
  return lists.length === 1 ? [...seen] : [...seen].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
