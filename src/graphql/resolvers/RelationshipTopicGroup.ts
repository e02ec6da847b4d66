import type { RelationshipTopicGroupResolvers } from '../generated/resolvers-types.js';
import { sourceCountOf } from './source-count.js';

/** The positions on one topic between two entities: their count and distinct sources. */
export const RelationshipTopicGroup: RelationshipTopicGroupResolvers = {
  count: (g) => g.positions.length,
  sourceCount: (g) => sourceCountOf(g.positions),
};
