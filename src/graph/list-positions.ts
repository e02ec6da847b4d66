import type { Position } from '../dataset/model.js';
import { compareTimes } from './compare-times.js';
import { positionCandidates } from './filters/candidates.js';
import { compilePositionWhere } from './filters/compile-where.js';
import type { PositionSortField, PositionWhere, SortKey } from './filters/types.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { compareIds, compareNumbers, type FieldComparator, sortItems } from './sort-items.js';

/** Filter and sort of {@link listPositions}. */
export interface PositionListOptions {
  readonly where?: PositionWhere | null;
  readonly sort?: ReadonlyArray<SortKey<PositionSortField>> | null;
}

function positionSortFields(kg: KnowledgeGraph): Record<PositionSortField, FieldComparator<Position>> {
  return {
    id: (a, b, desc) => compareIds(a.id, b.id, desc),
    date: (a, b, desc) => compareTimes(a.date, b.date, desc),
    sourceCount: (a, b, desc) => compareNumbers(kg.lists.sourceCount.get(a.id) ?? 0, kg.lists.sourceCount.get(b.id) ?? 0, desc),
  };
}

/**
 * Positions filtered by `where` and sorted by `sort`: all of the dataset, or those of `source`
 * (e.g. one holder's), in their given order without a sort (ties keep it too). Throws
 * InvalidArgumentError for an invalid filter or sort.
 */
export function listPositions(
  kg: KnowledgeGraph,
  options: PositionListOptions = {},
  source: readonly Position[] = kg.dataset.positions,
): readonly Position[] {
  const check = compilePositionWhere(kg, options.where);
  // Over the whole dataset, a filter that pins an entity walks that entity's index list instead.
  const candidates = source === kg.dataset.positions ? (positionCandidates(kg, options.where) ?? source) : source;
  const matching = check === null ? candidates : candidates.filter(check);
  return sortItems(matching, options.sort, positionSortFields(kg));
}
