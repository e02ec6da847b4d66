import { DiplomacyGraphError } from '../../errors.js';
import type { StatementHitResolvers } from '../generated/resolvers-types.js';

/** A search result that is a statement. */
export const StatementHit: StatementHitResolvers = {
  statement: (hit, _args, { kg }) => {
    const statement = kg.statementById.get(hit.id);
    if (!statement) throw new DiplomacyGraphError('INTERNAL', `search index names unknown statement ${hit.id}`);
    return statement;
  },
};
