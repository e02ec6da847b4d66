import { paginate } from '../../../graph/paginate.js';
import { statementProvenance } from '../../../graph/provenance.js';
import { singleSourceStatements as singleSourceStatementsOf } from '../../../graph/single-source-statements.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const singleSourceStatements: NonNullable<QueryResolvers['singleSourceStatements']> = (
  _parent,
  { document, predicate, first, after },
  { kg },
) =>
  paginate(singleSourceStatementsOf(kg, { document, predicate }).map(statementProvenance), (p) => p.statement?.id ?? '', { first, after });
