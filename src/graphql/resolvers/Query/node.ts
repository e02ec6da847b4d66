import { resolveNode } from '../../../graph/resolve-node.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const node: NonNullable<QueryResolvers['node']> = (_parent, { id }, { kg }) => resolveNode(kg, id);
