import { DiplomacyGraphError } from '../../errors.js';
import type { PositionHitResolvers } from '../generated/resolvers-types.js';

/** A search result that is a position. */
export const PositionHit: PositionHitResolvers = {
  position: (hit, _args, { kg }) => {
    const position = kg.positionById.get(hit.id);
    if (!position) throw new DiplomacyGraphError('INTERNAL', `search index names unknown position ${hit.id}`);
    return position;
  },
};
