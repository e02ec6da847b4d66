import type { PathHopResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** A step of a path. */
export const PathHop: PathHopResolvers = {
  from: (hop, _args, { kg }) => entityRef(kg, hop.from),
  to: (hop, _args, { kg }) => entityRef(kg, hop.to),
};
