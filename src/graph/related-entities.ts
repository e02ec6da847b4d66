import type { Entity, Predicate, Statement, TimeValue } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';

/** An entity related to another by one or more statements of one predicate, grouped. */
export interface RelatedEntity {
  /** The entity on the other side. */
  readonly entity: Entity;
  readonly predicate: Predicate;
  /** OUT when the viewing entity is the statements' subject, IN when it is their object. */
  readonly direction: 'OUT' | 'IN';
  /** The predicate's label for OUT, its inverse label for IN. */
  readonly label: string;
  readonly role: string | null;
  readonly pointInTime: TimeValue | null;
  readonly start: TimeValue | null;
  readonly end: TimeValue | null;
  /** The grouped statements, in dataset order. */
  readonly statements: readonly Statement[];
  /** Distinct documents supporting any of the statements. */
  readonly sourceCount: number;
}

const EMPTY: readonly Statement[] = [];

/**
 * The entities related to `entityId` by statements of `predicate`: as subject (OUT: the objects),
 * as object (IN: the subjects) or both. Statements with the same other entity, role and time
 * qualifiers form one entry (for symmetric predicates, whatever their direction), so a fact
 * stated by several documents is listed once with all its statements. Entries are ordered by
 * their first statement's place in the dataset. Empty for an unknown entity or predicate.
 */
export function relatedEntities(
  kg: KnowledgeGraph,
  entityId: string,
  predicateId: string,
  direction: 'OUT' | 'IN' | 'BOTH',
): RelatedEntity[] {
  const predicate = kg.predicateById.get(predicateId);
  if (!predicate) return [];
  const candidates: Array<{ statement: Statement; side: 'OUT' | 'IN' }> = [];
  if (direction !== 'IN') {
    for (const statement of kg.statementsBySubject.get(entityId) ?? EMPTY) {
      if (statement.predicate === predicateId && statement.object !== null) candidates.push({ statement, side: 'OUT' });
    }
  }
  if (direction !== 'OUT') {
    for (const statement of kg.statementsByObject.get(entityId) ?? EMPTY) {
      if (statement.predicate === predicateId && statement.subject !== entityId) candidates.push({ statement, side: 'IN' });
    }
  }
  const order = (s: Statement): number => kg.lists.order.get(s.id) ?? 0;
  candidates.sort((a, b) => order(a.statement) - order(b.statement));

  const groups = new Map<string, { entity: Entity; side: 'OUT' | 'IN'; statements: Statement[] }>();
  for (const { statement, side } of candidates) {
    const otherId = side === 'OUT' ? statement.object : statement.subject;
    const entity = otherId === null ? undefined : kg.entityById.get(otherId);
    if (!entity) continue;
    const q = statement.qualifiers;
    const key = JSON.stringify([
      entity.id,
      predicate.symmetric ? null : side,
      q.role,
      q.pointInTime?.value ?? null,
      q.start?.value ?? null,
      q.end?.value ?? null,
    ]);
    const group = groups.get(key);
    if (group) group.statements.push(statement);
    else groups.set(key, { entity, side, statements: [statement] });
  }

  return [...groups.values()].map(({ entity, side, statements }) => {
    const q = statements[0]!.qualifiers;
    return {
      entity,
      predicate,
      direction: side,
      label: side === 'IN' ? predicate.inverse : predicate.label,
      role: q.role,
      pointInTime: q.pointInTime,
      start: q.start,
      end: q.end,
      statements,
      sourceCount: new Set(statements.flatMap((s) => s.evidence.map((e) => e.document))).size,
    };
  });
}
