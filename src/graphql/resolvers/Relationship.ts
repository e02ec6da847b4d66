import type { RelationshipResolvers } from '../generated/resolvers-types.js';

/** What the graph says about two entities together: counts beside the lists. */
export const Relationship: RelationshipResolvers = {
  statementCount: (r) => r.statements.length,
  positionCount: (r) => r.positions.length,
};
