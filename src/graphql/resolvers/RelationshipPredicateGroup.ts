import type { RelationshipPredicateGroupResolvers } from '../generated/resolvers-types.js';
import { sourceCountOf } from './source-count.js';

/** The statements of one predicate between two entities: their count and distinct sources. */
export const RelationshipPredicateGroup: RelationshipPredicateGroupResolvers = {
  count: (g) => g.statements.length,
  sourceCount: (g) => sourceCountOf(g.statements),
};
