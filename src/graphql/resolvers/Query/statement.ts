import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const statement: NonNullable<QueryResolvers['statement']> = (_parent, { id }, { kg }) => kg.statementById.get(id) ?? null;
