import type { Position, Statement } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../knowledge-graph.js';
import { resolveEntity } from '../resolve-entity.js';
import type { EntityWhere, PositionWhere, StatementWhere } from './types.js';

const NONE: readonly never[] = Object.freeze([]);

/**
 * The entities an entity filter pins down (`is`, `id: { eq }`, `id: { in }`), or null when it
 * does not pin any (it may match any entity). An unknown `is` name pins none: an empty list.
 */
function pinnedEntities(kg: KnowledgeGraph, where: EntityWhere | null | undefined): readonly string[] | null {
  if (!where) return null;
  let pinned: readonly string[] | null = null;
  const narrow = (ids: readonly string[]): void => {
    pinned = pinned === null ? ids : pinned.filter((id) => ids.includes(id));
  };
  if (where.is !== null && where.is !== undefined) {
    const entity = resolveEntity(kg, where.is);
    narrow(entity === null ? NONE : [entity.id]);
  }
  const { eq, in: anyOf } = where.id ?? {};
  if (eq !== null && eq !== undefined) narrow([eq]);
  if (anyOf !== null && anyOf !== undefined) narrow(anyOf);
  return pinned;
}

/**
 * The items of the `indexes` lists of each pinned entity, in dataset order (`order` gives each
 * item's position), each once; null when `pinned` is null.
 */
function fromIndex<T extends { readonly id: string }>(
  pinned: readonly string[] | null,
  indexes: ReadonlyArray<ReadonlyMap<string, readonly T[]>>,
  order: ReadonlyMap<string, number>,
): readonly T[] | null {
  if (pinned === null) return null;
  if (pinned.length === 1 && indexes.length === 1)
    return (indexes[0] as ReadonlyMap<string, readonly T[]>).get(pinned[0] as string) ?? NONE;
  const lists = pinned.flatMap((id) => indexes.map((index) => index.get(id) ?? NONE)).filter((list) => list.length > 0);
  if (lists.length <= 1) return lists[0] ?? NONE;
  const seen = new Set<string>();
  const items: T[] = [];
  for (const list of lists) {
    for (const item of list) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** The shortest of several candidate lists (null ones ignored); null when all are null. */
function shortest<T>(lists: ReadonlyArray<readonly T[] | null>): readonly T[] | null {
  let best: readonly T[] | null = null;
  for (const list of lists) if (list !== null && (best === null || list.length < best.length)) best = list;
  return best;
}

/**
 * A query planner's first step for `statements(where: …)`: a load-time index list that holds
 * every statement `where` can match, in dataset order, when the filter pins its subject, object
 * or an entity it `involves` (subject, object or qualifier) to known entities (at the top level or in an `AND`); null otherwise (all statements must be
 * scanned). The whole filter must still be applied to the candidates: they are a superset.
 * Turns a scan of the dataset into a walk of one entity's statements, whose cost grows with that
 * entity's degree, not with the graph.
 */
export function statementCandidates(kg: KnowledgeGraph, where: StatementWhere | null | undefined): readonly Statement[] | null {
  if (!where) return null;
  const order = kg.lists.order;
  return shortest([
    fromIndex(pinnedEntities(kg, where.subject), [kg.statementsBySubject], order),
    fromIndex(pinnedEntities(kg, where.object), [kg.statementsByObject], order),
    fromIndex(pinnedEntities(kg, where.involves), [kg.statementsBySubject, kg.statementsByObject, kg.statementsByQualifier], order),
    ...(where.AND ?? []).map((part) => statementCandidates(kg, part)),
  ]);
}

/**
 * Like {@link statementCandidates} for `positions(where: …)`: pinned holders, topics or `concerns`
 * (topic or `about`) use the load-time position indexes.
 */
export function positionCandidates(kg: KnowledgeGraph, where: PositionWhere | null | undefined): readonly Position[] | null {
  if (!where) return null;
  const order = kg.lists.order;
  return shortest([
    fromIndex(pinnedEntities(kg, where.holder), [kg.positionsByHolder], order),
    fromIndex(pinnedEntities(kg, where.topic), [kg.positionsByTarget], order),
    fromIndex(pinnedEntities(kg, where.concerns), [kg.positionsByTarget], order),
    ...(where.AND ?? []).map((part) => positionCandidates(kg, part)),
  ]);
}
