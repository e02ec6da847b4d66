import { statementKey } from '../duplicate-statements.js';
import type { Dataset, Position, Statement } from '../model.js';
import type { Checker } from './checker.js';

/** The facts of an incremental build: all of them, and those whose content is new. */
export interface FactsToCheck {
  readonly statements: readonly Statement[];
  readonly positions: readonly Position[];
  readonly freshStatements: readonly Statement[];
  readonly freshPositions: readonly Position[];
  /** Whether a previous statement or position is gone (removed, or replaced by a fresh one). */
  readonly dropped: boolean;
}

/** Each fresh fact's id must be its own: not another fresh fact's, nor a document's, entity's or kept fact's. */
function checkIds(check: Checker, context: Dataset, facts: FactsToCheck): void {
  const uses = new Map<string, number>();
  for (const fact of [...facts.freshStatements, ...facts.freshPositions]) uses.set(fact.id, 0);
  if (uses.size === 0) return;
  const count = (list: ReadonlyArray<{ readonly id: string }>): void => {
    for (const item of list) {
      const n = uses.get(item.id);
      if (n !== undefined) uses.set(item.id, n + 1);
    }
  };
  count(context.documents);
  count(context.entities);
  count(facts.statements);
  count(facts.positions);
  for (const fact of [...facts.freshStatements, ...facts.freshPositions]) {
    if (uses.get(fact.id) !== 1) check.add(fact.source, fact.id, 'duplicate id');
  }
}

/** A fresh statement must state a fact no other statement states (same subject, predicate, object or value, qualifiers). */
function checkDuplicates(check: Checker, facts: FactsToCheck): void {
  if (facts.freshStatements.length === 0) return;
  const bySubject = new Map<string, Statement[]>();
  for (const s of facts.freshStatements) bySubject.set(s.subject, [...(bySubject.get(s.subject) ?? []), s]);
  for (const other of facts.statements) {
    for (const fresh of bySubject.get(other.subject) ?? []) {
      if (fresh === other || fresh.predicate !== other.predicate || fresh.object !== other.object) continue;
      if (statementKey(fresh) === statementKey(other)) check.add(fresh.source, fresh.id, `duplicate statement: same fact as ${other.id}`);
    }
  }
}

/** Every statement's `inferredFrom` must name a statement or position there still is. */
function checkInferredFrom(check: Checker, facts: FactsToCheck): void {
  const inferred = facts.statements.filter((s) => s.inferredFrom !== null);
  if (inferred.length === 0) return;
  const ids = new Set<string>();
  for (const f of facts.statements) ids.add(f.id);
  for (const f of facts.positions) ids.add(f.id);
  for (const s of inferred) {
    if (!ids.has(s.inferredFrom as string)) check.add(s.source, s.id, `inferredFrom: unknown statement or position ${s.inferredFrom}`);
  }
}

/**
 * The checks of an incremental build that look across entries: ids, duplicate statements and
 * `inferredFrom`. The previous facts passed them, so only fresh facts (or, for `inferredFrom`, a
 * dropped one) can fail. The problems found only tell that there are some (the caller then builds
 * the dataset in full, which lists them as a full build does).
 */
export function checkFreshFacts(check: Checker, context: Dataset, facts: FactsToCheck): void {
  checkIds(check, context, facts);
  checkDuplicates(check, facts);
  if (facts.dropped || facts.freshStatements.length > 0 || facts.freshPositions.length > 0) checkInferredFrom(check, facts);
}
