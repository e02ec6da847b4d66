import type { SharedObjectResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An object shared with a co-member. */
export const SharedObject: SharedObjectResolvers = {
  object: (shared, _args, { kg }) => entityRef(kg, shared.object),
};
