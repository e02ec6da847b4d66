import type { DocumentRecord, Entity, Evidence, Position, Predicate, Statement } from '../dataset/model.js';
import { InvalidArgumentError } from '../errors.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { requireEntity } from './require-entity.js';
import { statementTime } from './statement-time.js';
import { timeSpan, type TimeSpan } from './time-span.js';

/** Where `b` stands in a statement, seen from `a`: its object (OUT), its subject (IN), either (BOTH, symmetric predicates) or a qualifier. */
export type RelationshipDirection = 'OUT' | 'IN' | 'BOTH' | 'QUALIFIER';

/** The statements between the two entities of one predicate and direction. */
export interface RelationshipPredicateGroup {
  readonly predicate: Predicate;
  readonly direction: RelationshipDirection;
  /** Reads from `a`: the predicate's label (OUT, BOTH, QUALIFIER) or its inverse label (IN). */
  readonly label: string;
  readonly statements: readonly Statement[];
}

/** The positions between the two entities on one topic. */
export interface RelationshipTopicGroup {
  readonly topic: Entity;
  readonly positions: readonly Position[];
}

/** A document that supports the relationship, with how much of it. */
export interface RelationshipDocument {
  readonly document: DocumentRecord;
  readonly statementCount: number;
  readonly positionCount: number;
  readonly evidenceCount: number;
}

/** Everything the graph says about two entities together; see {@link relationship}. */
export interface Relationship {
  readonly a: Entity;
  readonly b: Entity;
  readonly statements: readonly Statement[];
  readonly positions: readonly Position[];
  readonly byPredicate: readonly RelationshipPredicateGroup[];
  readonly byTopic: readonly RelationshipTopicGroup[];
  readonly documents: readonly RelationshipDocument[];
  readonly timeSpan: TimeSpan;
}

const NONE: readonly never[] = [];

/** Where `other` stands in a statement whose subject is `self`; null when it does not. */
function sideOf(s: Statement, other: string): 'object' | 'qualifier' | null {
  if (s.object === other) return 'object';
  const q = s.qualifiers;
  return q.counterpart === other || q.location === other || q.via === other ? 'qualifier' : null;
}

/** Statements between `a` and `b` (either as subject, the other as object or in a qualifier), in dataset order, with their direction from `a`. */
function statementsBetween(kg: KnowledgeGraph, a: string, b: string): Array<{ statement: Statement; direction: RelationshipDirection }> {
  const found: Array<{ statement: Statement; direction: RelationshipDirection }> = [];
  for (const [self, other, out] of [[a, b, true] as const, [b, a, false] as const]) {
    for (const statement of kg.statementsBySubject.get(self) ?? NONE) {
      const side = sideOf(statement, other);
      if (side === null) continue;
      const symmetric = kg.predicateById.get(statement.predicate)?.symmetric === true;
      const direction = side === 'qualifier' ? 'QUALIFIER' : symmetric ? 'BOTH' : out ? 'OUT' : 'IN';
      found.push({ statement, direction });
    }
  }
  const order = (s: Statement): number => kg.lists.order.get(s.id) ?? 0;
  return found.sort((x, y) => order(x.statement) - order(y.statement));
}

/** Positions that `holder` (or an office-holder acting for it: `onBehalfOf`) holds about `target` (topic or `about`). */
function positionsAbout(kg: KnowledgeGraph, holder: string, target: string): Position[] {
  return (kg.positionsByTarget.get(target) ?? NONE).filter((p) => p.holder === holder || p.onBehalfOf === holder);
}

/** Items grouped by a key, groups in order of first appearance. */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The supporting documents: most statements and positions first, ties in dataset order. */
function supportingDocuments(kg: KnowledgeGraph, statements: readonly Statement[], positions: readonly Position[]): RelationshipDocument[] {
  const counts = new Map<string, { statementCount: number; positionCount: number; evidenceCount: number }>();
  const tally = (evidence: readonly Evidence[], field: 'statementCount' | 'positionCount'): void => {
    for (const id of new Set(evidence.map((e) => e.document))) {
      const entry = counts.get(id) ?? { statementCount: 0, positionCount: 0, evidenceCount: 0 };
      entry[field]++;
      entry.evidenceCount += evidence.filter((e) => e.document === id).length;
      counts.set(id, entry);
    }
  };
  for (const s of statements) tally(s.evidence, 'statementCount');
  for (const p of positions) tally(p.evidence, 'positionCount');
  return kg.dataset.documents
    .flatMap((document) => {
      const entry = counts.get(document.id);
      return entry ? [{ document, ...entry }] : [];
    })
    .sort((x, y) => y.statementCount + y.positionCount - (x.statementCount + x.positionCount));
}

/**
 * Everything the graph says about two entities (ids or aliases) together, in one answer: every
 * statement between them (any predicate, either as subject, the other as object or named in a
 * qualifier such as `counterpart`), every position either holds about the other (as topic or in
 * `about`), counting positions of office-holders acting for them (`onBehalfOf`); the statements
 * grouped by predicate and direction, the positions by topic; the supporting documents with
 * counts; and the time span of the dated items (undated and year-unknown ones counted apart).
 * Cost: the statements of `a` and `b` as subjects and the positions about them. An unknown entity
 * is an `UnknownEntityError` naming `a` or `b`; the same entity twice is an {@link InvalidArgumentError}.
 */
export function relationship(kg: KnowledgeGraph, a: string, b: string): Relationship {
  const first = requireEntity(kg, a, 'a');
  const second = requireEntity(kg, b, 'b');
  if (first.id === second.id) throw new InvalidArgumentError(`a and b name the same entity (${first.id}): a relationship needs two`);
  const between = statementsBetween(kg, first.id, second.id);
  const statements = between.map((x) => x.statement);
  const order = (p: Position): number => kg.lists.order.get(p.id) ?? 0;
  const positions = [...positionsAbout(kg, first.id, second.id), ...positionsAbout(kg, second.id, first.id)]
    .filter((p, i, all) => all.indexOf(p) === i)
    .sort((x, y) => order(x) - order(y));
  const byPredicate = [...groupBy(between, (x) => `${x.statement.predicate} ${x.direction}`).values()].map((group) => {
    const { statement, direction } = group[0]!;
    const predicate = kg.predicateById.get(statement.predicate)!;
    return {
      predicate,
      direction,
      label: direction === 'IN' ? predicate.inverse : predicate.label,
      statements: group.map((x) => x.statement),
    };
  });
  const byTopic = [...groupBy(positions, (p) => p.topic)].map(([topic, list]) => ({ topic: kg.entityById.get(topic)!, positions: list }));
  return {
    a: first,
    b: second,
    statements,
    positions,
    byPredicate,
    byTopic,
    documents: supportingDocuments(kg, statements, positions),
    timeSpan: timeSpan([...statements.map(statementTime), ...positions.map((p) => p.date)]),
  };
}
