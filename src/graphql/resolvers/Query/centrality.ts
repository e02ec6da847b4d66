import { centrality as rankByCentrality } from '../../../graph/centrality.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const centrality: NonNullable<QueryResolvers['centrality']> = (
  _parent,
  { measure, kind, first, includePositions, samples },
  { kg },
) => rankByCentrality(kg, measure, { kind, first, includePositions, samples });
