import type { Dataset, Entity, Evidence, Mention, Position, Statement } from '../dataset/model.js';
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
export interface FactsByEntity {
  readonly statementsBySubject: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByObject: ReadonlyMap<string, readonly Statement[]>;
  readonly statementsByQualifier: ReadonlyMap<string, readonly Statement[]>;
  readonly positionsByHolder: ReadonlyMap<string, readonly Position[]>;
  readonly positionsByTarget: ReadonlyMap<string, readonly Position[]>;
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

/** Adds the documents of each fact's evidence to `documents`. */
function addDocuments(facts: ReadonlyArray<{ readonly evidence: readonly Evidence[] }>, documents: Set<string>): void {
  for (let i = 0; i < facts.length; i++) {
    const evidence = (facts[i] as { readonly evidence: readonly Evidence[] }).evidence;
    for (let j = 0; j < evidence.length; j++) documents.add((evidence[j] as Evidence).document);
  }
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
 * Builds the {@link ListIndexes} of a dataset from its facts by entity: counts are list lengths,
 * and an entity's source documents are counted in one reused Set, entity by entity (no Set per
 * entity, no lookup per reference).
 */
export function buildListIndexes(dataset: Dataset, by: FactsByEntity): ListIndexes {
  const statementCount = new Map<string, number>();
  const entitySourceCount = new Map<string, number>();
  const positionCount = new Map<string, number>();
  const documents = new Set<string>();
  for (const { id } of dataset.entities) {
    const subjectOf = by.statementsBySubject.get(id) ?? NO_FACTS;
    const objectOf = by.statementsByObject.get(id) ?? NO_FACTS;
    const holderOf = by.positionsByHolder.get(id) ?? NO_FACTS;
    if (subjectOf.length + objectOf.length > 0) statementCount.set(id, degree(subjectOf, objectOf));
    if (holderOf.length > 0) positionCount.set(id, holderOf.length);
    documents.clear();
    for (const facts of [subjectOf, objectOf, by.statementsByQualifier.get(id), holderOf, by.positionsByTarget.get(id)])
      if (facts) addDocuments(facts, documents);
    if (documents.size > 0) entitySourceCount.set(id, documents.size);
  }
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
