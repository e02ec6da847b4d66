import { resolveNodes } from '../../../graph/resolve-node.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const nodes: NonNullable<QueryResolvers['nodes']> = (_parent, { ids }, { kg }) => resolveNodes(kg, ids);
