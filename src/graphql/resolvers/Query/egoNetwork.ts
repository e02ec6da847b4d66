import { egoNetwork as egoNetworkOf } from '../../../graph/ego-network.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const egoNetwork: NonNullable<QueryResolvers['egoNetwork']> = (
  _parent,
  { entity, depth, predicates, includePositions, limit, edgeLimit },
  { kg },
) => egoNetworkOf(kg, entity, { depth, predicates, includePositions, limit, edgeLimit });
