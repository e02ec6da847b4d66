import type { Entity, Predicate, Statement } from '../dataset/model.js';
import { DiplomacyGraphError } from '../errors.js';
import { entityStatements, type StatementDirection } from './entity-statements.js';
import type { StatementWhere } from './filters/types.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { listStatements } from './list-statements.js';
import { listWindow, type ListWindow } from './list-window.js';

/** A statement seen from one of its entities. */
export interface Relation {
  readonly statement: Statement;
  /** OUT: the entity is the subject; IN: the object; QUALIFIER: named in a qualifier. */
  readonly direction: 'OUT' | 'IN' | 'QUALIFIER';
  readonly predicate: Predicate;
  /** The predicate's label for OUT and QUALIFIER, its inverse label for IN. */
  readonly label: string;
  /** The object for OUT, the subject for IN and QUALIFIER; null for a literal-valued statement seen from its subject. */
  readonly other: Entity | null;
}

/** Options of {@link entityRelations}. */
export interface EntityRelationsOptions extends ListWindow {
  readonly direction?: StatementDirection;
  readonly predicates?: readonly string[] | null;
  readonly where?: StatementWhere | null;
}

/** The predicate of a statement; the dataset guarantees it exists, so a miss is a bug. */
export function predicateOf(kg: KnowledgeGraph, statement: Statement): Predicate {
  const predicate = kg.predicateById.get(statement.predicate);
  if (!predicate) throw new DiplomacyGraphError('INTERNAL', `unknown predicate ${statement.predicate}`);
  return predicate;
}

/**
 * The statements an entity takes part in (as {@link entityStatements} selects them, then filtered
 * by `where`), each seen from the entity: its direction, the entity on the other side, and the
 * label that reads from the entity ("has member" for an IN member_of statement); the window of
 * them that `limit` / `offset` ask for (see {@link listWindow}).
 */
export function entityRelations(kg: KnowledgeGraph, entityId: string, options: EntityRelationsOptions = {}): Relation[] {
  const direction = options.direction ?? 'BOTH';
  // The window is cut before the relations are built: a hub's first page costs its statement
  // list, not a relation object per statement.
  const statements = listWindow(
    listStatements(kg, { where: options.where }, entityStatements(kg, entityId, { direction, predicates: options.predicates })),
    options,
  );
  return statements.map((statement) => {
    const predicate = predicateOf(kg, statement);
    const side =
      direction === 'IN' && statement.object === entityId
        ? 'IN'
        : statement.subject === entityId
          ? 'OUT'
          : statement.object === entityId
            ? 'IN'
            : 'QUALIFIER';
    const otherId = side === 'OUT' ? statement.object : statement.subject;
    return {
      statement,
      direction: side,
      predicate,
      label: side === 'IN' ? predicate.inverse : predicate.label,
      other: otherId === null ? null : (kg.entityById.get(otherId) ?? null),
    };
  });
}
