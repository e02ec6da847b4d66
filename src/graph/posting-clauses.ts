import { ENTITY_KINDS, type EntityKind } from '../dataset/model.js';
import type { PostingClause } from './pruned-top-k.js';
import { bm25Idf } from './search-bm25.js';
import { RESULT_TYPES } from './search-index-builder.js';
import { SEARCH_FIELD_BOOSTS, SEARCH_FIELD_TYPES, SEARCH_FIELDS, type SearchField, type SearchResultType } from './search-items.js';

/** Per field: bit `1 << i` for each result type `RESULT_TYPES[i]` whose items have it. */
export const FIELD_TYPE_BITS = Int32Array.from(SEARCH_FIELDS, (field) =>
  SEARCH_FIELD_TYPES[field].reduce((bits, type) => bits | (1 << RESULT_TYPES.indexOf(type)), 0),
);

/** What {@link postingClauses} reads of a search index. */
interface ClauseSource {
  readonly documentCount: number;
  readonly offsets: Int32Array;
  readonly boundKeys: Int32Array;
  readonly boundValues: Float64Array;
}

/** The precomputed score bound of posting list `key`, or -1 when it has none. */
function boundOf({ boundKeys, boundValues }: ClauseSource, key: number): number {
  let lo = 0;
  let hi = boundKeys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((boundKeys[mid] as number) < key) lo = mid + 1;
    else hi = mid;
  }
  return boundKeys[lo] === key ? (boundValues[lo] as number) : -1;
}

/**
 * The posting lists of a query in the exhaustive scorer's order (distinct query term, each query
 * term spelled so, its expansions, fields), with their weights and bounds; lists of fields no
 * accepted item has are left out.
 */
export function postingClauses(
  index: ClauseSource,
  specs: ReadonlyArray<{ term: string; derived: ReadonlyArray<{ t: number; weight: number }> }>,
  distinct: readonly string[],
  fieldAllowed: readonly boolean[],
): PostingClause[] {
  const fieldCount = SEARCH_FIELDS.length;
  const clauses: PostingClause[] = [];
  distinct.forEach((term, u) => {
    for (const spec of specs) {
      if (spec.term !== term) continue;
      for (const { t, weight } of spec.derived) {
        for (let f = 0; f < fieldCount; f++) {
          const key = t * fieldCount + f;
          const start = index.offsets[key] as number;
          const end = index.offsets[key + 1] as number;
          if (start === end || !fieldAllowed[f]) continue;
          const factor = weight * SEARCH_FIELD_BOOSTS[SEARCH_FIELDS[f] as SearchField];
          const bound = boundOf(index, key);
          const idf = bm25Idf(index.documentCount, end - start);
          clauses.push({ term: u, field: f, factor, start, end, idf, bound: bound < 0 ? -1 : factor * bound });
        }
      }
    }
  });
  return clauses;
}

/**
 * A search's filter as a per-item test, its answers per type and entity kind remembered, and per
 * field whether any accepted item can have it.
 */
export function searchAcceptor(
  types: Uint8Array,
  kinds: ReadonlyArray<EntityKind | null>,
  filter: ((type: SearchResultType, kind: EntityKind | null) => boolean) | undefined,
): { item: (item: number) => boolean; fieldAllowed: boolean[] } {
  if (!filter) return { item: () => true, fieldAllowed: SEARCH_FIELDS.map(() => true) };
  const byType = RESULT_TYPES.map((type) => (type === 'entity' ? null : filter(type, null)));
  const byKind = new Map<EntityKind | null, boolean>();
  const kindPasses = (kind: EntityKind | null): boolean => {
    let passes = byKind.get(kind);
    if (passes === undefined) byKind.set(kind, (passes = filter('entity', kind)));
    return passes;
  };
  const typeAllowed = RESULT_TYPES.map((type, i) => (type === 'entity' ? ENTITY_KINDS.some(kindPasses) : (byType[i] as boolean)));
  return {
    item: (item) => byType[types[item] as number] ?? kindPasses(kinds[item] as EntityKind | null),
    fieldAllowed: SEARCH_FIELDS.map((field) => SEARCH_FIELD_TYPES[field].some((type) => typeAllowed[RESULT_TYPES.indexOf(type)])),
  };
}
