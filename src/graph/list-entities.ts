import type { Entity, EntityKind } from '../dataset/model.js';
import { compileEntityWhere } from './filters/compile-where.js';
import type { EntitySortField, EntityWhere, SortKey } from './filters/types.js';
import { compareTimes } from './compare-times.js';
import { entityTime } from './entity-time.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { compareIds, compareNumbers, compareText, type FieldComparator, sortItems } from './sort-items.js';

/** Filter and sort of {@link listEntities}. */
export interface EntityListOptions {
  readonly where?: EntityWhere | null;
  readonly sort?: ReadonlyArray<SortKey<EntitySortField>> | null;
}

function entitySortFields(kg: KnowledgeGraph): Record<EntitySortField, FieldComparator<Entity>> {
  const count = (map: ReadonlyMap<string, number>): FieldComparator<Entity> => {
    return (a, b, desc) => compareNumbers(map.get(a.id) ?? 0, map.get(b.id) ?? 0, desc);
  };
  return {
    id: (a, b, desc) => compareIds(a.id, b.id, desc),
    name: (a, b, desc) => compareText(a.name, b.name, desc),
    kind: (a, b, desc) => compareIds(a.kind, b.kind, desc),
    statementCount: count(kg.lists.statementCount),
    sourceCount: count(kg.lists.entitySourceCount),
    mentionCount: count(kg.lists.mentionCount),
    positionCount: count(kg.lists.positionCount),
    time: (a, b, desc) => compareTimes(entityTime(kg, a.id)?.time ?? null, entityTime(kg, b.id)?.time ?? null, desc),
  };
}

/**
 * Entities of one kind (or all), filtered by `where` and sorted by `sort`; in dataset order
 * without a sort (ties keep it too). Counts come from load-time indexes. Throws
 * InvalidArgumentError for an invalid filter or sort.
 */
export function listEntities(kg: KnowledgeGraph, kind?: EntityKind | null, options: EntityListOptions = {}): readonly Entity[] {
  const all = kind === null || kind === undefined ? kg.dataset.entities : (kg.entitiesByKind.get(kind) ?? []);
  const check = compileEntityWhere(kg, options.where);
  const matching = check === null ? all : all.filter(check);
  return sortItems(matching, options.sort, entitySortFields(kg));
}
