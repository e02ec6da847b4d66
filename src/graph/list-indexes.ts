import type { Dataset, Entity, Mention, Statement } from '../dataset/model.js';
import { EntitySourceCounts, type FactsOfEntity } from './entity-source-counts.js';
import { ListById } from './list-by-id.js';
import { SourceCounts } from './source-counts.js';
import { madeOnce } from './made-once.js';

/**
 * Load-time indexes behind sorting, counting and cursors: built once in `createKnowledgeGraph`,
 * so no request sorts or counts by resolving fields.
 */
export interface ListIndexes {
  /** Id → index in its dataset list (entities, statements, positions, documents): the default order. */
  readonly order: ReadonlyMap<string, number>;
  /** Statement or position id → number of distinct documents among its evidence. */
  readonly sourceCount: ReadonlyMap<string, number>;
  /** Entity id → number of distinct statements with the entity as subject or object (its degree). */
  readonly statementCount: ReadonlyMap<string, number>;
  /**
   * Entity id → number of distinct documents supporting a statement (as subject, object or in a
   * qualifier) or a position (as holder, topic or in `about`) involving the entity.
   */
  readonly entitySourceCount: ReadonlyMap<string, number>;
  /** Entity id → number of mentions in the documents. */
  readonly mentionCount: ReadonlyMap<string, number>;
  /** Entity id → number of positions the entity stated. */
  readonly positionCount: ReadonlyMap<string, number>;
}

/** The lists of facts by entity that {@link buildListIndexes} counts (built first, by `createKnowledgeGraph`). */
export interface FactsByEntity extends FactsOfEntity {
  readonly mentionsByEntity: ReadonlyMap<string, readonly Mention[]>;
}

const NO_FACTS: readonly never[] = [];

/** Id → index in its dataset list (entities, statements, positions, documents). */
function orderOf(dataset: Dataset): Map<string, number> {
  const order = new Map<string, number>();
  for (const list of [dataset.entities, dataset.statements, dataset.positions, dataset.documents]) {
    for (let i = 0; i < list.length; i++) order.set((list[i] as { readonly id: string }).id, i);
  }
  return order;
}

/** Statements with the entity as subject or object, each once (a statement about itself is in both lists). */
function degree(subjectOf: readonly Statement[], objectOf: readonly Statement[]): number {
  let count = subjectOf.length + objectOf.length;
  for (let i = 0; i < objectOf.length; i++) if ((objectOf[i] as Statement).subject === (objectOf[i] as Statement).object) count--;
  return count;
}

/** Entity id → number of its mentions, for entities with any. */
function countMentions(entities: readonly Entity[], by: FactsByEntity): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { id } of entities) {
    const count = by.mentionsByEntity.get(id)?.length ?? 0;
    if (count > 0) counts.set(id, count);
  }
  return counts;
}

/**
 * Builds the {@link ListIndexes} of a dataset from its facts by entity: counts are list lengths;
 * an entity's source documents are counted when first asked for ({@link EntitySourceCounts}).
 */
export function buildListIndexes(dataset: Dataset, entityById: ReadonlyMap<string, Entity>, by: FactsByEntity): ListIndexes {
  const statementCount = new Map<string, number>();
  const positionCount = new Map<string, number>();
  for (const { id } of dataset.entities) {
    const subjectOf = by.statementsBySubject.get(id) ?? NO_FACTS;
    const objectOf = by.statementsByObject.get(id) ?? NO_FACTS;
    const holderOf = by.positionsByHolder.get(id) ?? NO_FACTS;
    if (subjectOf.length + objectOf.length > 0) statementCount.set(id, degree(subjectOf, objectOf));
    if (holderOf.length > 0) positionCount.set(id, holderOf.length);
  }
  const entitySourceCount = new EntitySourceCounts(dataset.entities, entityById, by);
  const order = orderOf(dataset);
  const sourceCount = new SourceCounts([new ListById(dataset.statements, order), new ListById(dataset.positions, order)]);
  const mentionCount = madeOnce(() => countMentions(dataset.entities, by));
  return {
    order,
    sourceCount,
    statementCount,
    entitySourceCount,
    // Counted when first read: the mention indexes are built when first used.
    get mentionCount() {
      return mentionCount();
    },
    positionCount,
  };
}
