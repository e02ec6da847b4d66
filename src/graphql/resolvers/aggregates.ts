import { entityGroupFields, positionGroupFields, statementGroupFields } from '../../graph/aggregate-fields.js';
import { entityTime } from '../../graph/entity-time.js';
import { distinctCount, groupCounts } from '../../graph/group-counts.js';
import { statementTime } from '../../graph/statement-time.js';
import { timeSpan } from '../../graph/time-span.js';
import type { EntityAggregateResolvers, PositionAggregateResolvers, StatementAggregateResolvers } from '../generated/resolvers-types.js';

/** Aggregations over a filtered list of positions: the graph layer's group counts over the whole list. */
export const PositionAggregate: PositionAggregateResolvers = {
  count: (a) => a.items.length,
  groupBy: (a, { by, order, limit }) => groupCounts(a.items, positionGroupFields()[by], { order, limit }),
  distinct: (a, { field }) => distinctCount(a.items, positionGroupFields()[field]),
  timeSpan: (a) => timeSpan(a.items.map((p) => p.date)),
};

/** Aggregations over a filtered list of statements. */
export const StatementAggregate: StatementAggregateResolvers = {
  count: (a) => a.items.length,
  groupBy: (a, { by, order, limit }, { kg }) => groupCounts(a.items, statementGroupFields(kg)[by], { order, limit }),
  distinct: (a, { field }, { kg }) => distinctCount(a.items, statementGroupFields(kg)[field]),
  timeSpan: (a) => timeSpan(a.items.map(statementTime)),
};

/** Aggregations over a filtered list of entities. */
export const EntityAggregate: EntityAggregateResolvers = {
  count: (a) => a.items.length,
  groupBy: (a, { by, order, limit }, { kg }) => groupCounts(a.items, entityGroupFields(kg)[by], { order, limit }),
  distinct: (a, { field }, { kg }) => distinctCount(a.items, entityGroupFields(kg)[field]),
  timeSpan: (a, _args, { kg }) => timeSpan(a.items.map((e) => entityTime(kg, e.id)?.time ?? null)),
};
