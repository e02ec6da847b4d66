import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const position: NonNullable<QueryResolvers['position']> = (_parent, { id }, { kg }) => kg.positionById.get(id) ?? null;
