import type { CentralityScoreResolvers } from '../generated/resolvers-types.js';
import { entityRef } from './lookup.js';

/** An entity's centrality. */
export const CentralityScore: CentralityScoreResolvers = {
  entity: (score, _args, { kg }) => entityRef(kg, score.entity),
};
