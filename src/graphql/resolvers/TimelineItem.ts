import type { PositionTimelineItemResolvers, StatementTimelineItemResolvers, TimelineItemResolvers } from '../generated/resolvers-types.js';

/** The TimelineItem interface: a statement at one of its times, or a position at its date. */
export const TimelineItem: TimelineItemResolvers = {
  __resolveType: (item) => (item.type === 'statement' ? 'StatementTimelineItem' : 'PositionTimelineItem'),
};

export const StatementTimelineItem: StatementTimelineItemResolvers = {
  yearKnown: (item) => item.time.year !== null,
};

export const PositionTimelineItem: PositionTimelineItemResolvers = {
  yearKnown: (item) => item.time.year !== null,
};
