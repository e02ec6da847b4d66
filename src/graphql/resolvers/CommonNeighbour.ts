import type { CommonNeighbourResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity linked to both of two entities. */
export const CommonNeighbour: CommonNeighbourResolvers = {
  entity: (neighbour, _args, { kg }) => entityRef(kg, neighbour.entity),
};
