import type { CoMentionResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity mentioned together with another. */
export const CoMention: CoMentionResolvers = {
  entity: (found, _args, { kg }) => entityRef(kg, found.entity),
  count: (found) => found.contexts.length,
};
