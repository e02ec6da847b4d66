import type { EntityTimeResolvers } from '../generated/resolvers-types.js';

/** An entity's time: the model carries everything but the evidence, which is its statement's. */
export const EntityTime: EntityTimeResolvers = {
  evidence: (t) => t.statement.evidence,
};
