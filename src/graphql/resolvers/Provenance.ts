import type { ProvenanceResolvers } from '../generated/resolvers-types.js';

/** Where a statement or position comes from. */
export const Provenance: ProvenanceResolvers = {
  sourceCount: (provenance) => provenance.sources.length,
  singleSource: (provenance) => provenance.sources.length === 1,
};
