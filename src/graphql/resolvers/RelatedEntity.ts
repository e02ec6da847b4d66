import type { RelatedEntityResolvers } from '../generated/resolvers-types.js';

/** An entity related by grouped statements; the model carries everything but the flattened evidence. */
export const RelatedEntity: RelatedEntityResolvers = {
  evidence: (r) => r.statements.flatMap((s) => s.evidence),
};
