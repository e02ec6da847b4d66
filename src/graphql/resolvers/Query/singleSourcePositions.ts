import { paginate } from '../../../graph/paginate.js';
import { positionProvenance } from '../../../graph/provenance.js';
import { singleSourcePositions as singleSourcePositionsOf } from '../../../graph/single-source-positions.js';
import type { QueryResolvers } from '../../generated/resolvers-types.js';

export const singleSourcePositions: NonNullable<QueryResolvers['singleSourcePositions']> = (
  _parent,
  { document, holder, first, after },
  { kg },
) => paginate(singleSourcePositionsOf(kg, { document, holder }).map(positionProvenance), (p) => p.position?.id ?? '', { first, after });
