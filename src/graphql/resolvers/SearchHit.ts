import type { SearchHitResolvers } from '../generated/resolvers-types.js';

const TYPE_NAMES = { entity: 'EntityHit', statement: 'StatementHit', position: 'PositionHit', document: 'DocumentHit' } as const;

/** A search result: its concrete type follows what it found. */
export const SearchHit: SearchHitResolvers = {
  __resolveType: (hit) => TYPE_NAMES[hit.type],
};
