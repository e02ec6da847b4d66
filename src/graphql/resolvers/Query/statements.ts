import { listStatements } from '../../../graph/list-statements.js';
import { paginate } from '../../../graph/paginate.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const statements: NonNullable<QueryResolvers['statements']> = (_parent, { where, sort, ...page }, { kg }) =>
  paginate(listStatements(kg, { where, sort }), (s) => s.id, page);
