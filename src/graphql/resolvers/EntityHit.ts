import type { EntityHitResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** A search result that is an entity. */
export const EntityHit: EntityHitResolvers = {
  entity: (hit, _args, { kg }) => entityRef(kg, hit.id),
};
