import { centrality as rankByCentrality, warmCentrality } from '../../../graph/centrality.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

/** Computes the scores on first use in slices between other requests (`warmCentrality`), then ranks from the cache. */
export const centrality: NonNullable<QueryResolvers['centrality']> = async (
  _parent,
  { measure, kind, first, includePositions, samples },
  { kg },
) => {
  await warmCentrality(kg, measure, { includePositions, samples });
  return rankByCentrality(kg, measure, { kind, first, includePositions, samples });
};
