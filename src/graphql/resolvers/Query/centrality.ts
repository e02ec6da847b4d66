import { centralityWork, centrality as rankByCentrality } from '../../../graph/centrality.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

/**
 * Has the scores computed on first use through the context's `runWork` (a server: in slices
 * between other requests), then ranks from the graph's memo.
 */
export const centrality: NonNullable<QueryResolvers['centrality']> = async (
  _parent,
  { measure, kind, first, includePositions, samples },
  { kg, runWork },
) => {
  if (runWork) await runWork(centralityWork(kg, measure, { includePositions, samples }));
  return rankByCentrality(kg, measure, { kind, first, includePositions, samples });
};
