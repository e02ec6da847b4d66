import type { EgoNodeResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity of an ego network. */
export const EgoNode: EgoNodeResolvers = {
  entity: (node, _args, { kg }) => entityRef(kg, node.id),
};
