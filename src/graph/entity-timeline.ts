import type { Position, Statement, TimeValue } from '../dataset/model.js';
import { compareTimes } from './compare-times.js';
import { entityStatements } from './entity-statements.js';
import type { RangeMatch } from './filters/types.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { statementTimes, type StatementTimeRole } from './statement-time.js';
import { parseTimeRange, timeMatchesRange } from './time-range.js';

/** One dated item of a timeline: a statement at one of its times, or a position at its date. */
export type TimelineItem =
  | { readonly type: 'statement'; readonly time: TimeValue; readonly role: StatementTimeRole; readonly statement: Statement }
  | { readonly type: 'position'; readonly time: TimeValue; readonly position: Position };

/** Range of {@link entityTimeline}. */
export interface TimelineOptions {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly match?: RangeMatch | null;
}

const ROLE_ORDER: Record<StatementTimeRole, number> = { POINT_IN_TIME: 0, START: 1, END: 2, VALUE: 3 };

function itemId(item: TimelineItem): string {
  return item.type === 'statement' ? item.statement.id : item.position.id;
}

function roleOrder(item: TimelineItem): number {
  return item.type === 'statement' ? ROLE_ORDER[item.role] : 0;
}

/**
 * The entity's dated statements and positions in time order. Statements: those it takes part in
 * as subject, object or in a qualifier, one item per time they carry (point in time, start, end,
 * time value). Positions: those it stated or that are about it, with a date. Order: items whose
 * year is known by span (earliest, then latest day), then items whose year is unknown by month and
 * day; ties by id. With `from`/`to`, only items matching the range (by {@link timeMatchesRange})
 * are kept, which excludes items whose year is unknown. Throws InvalidArgumentError for a
 * malformed range.
 */
export function entityTimeline(kg: KnowledgeGraph, entityId: string, options: TimelineOptions = {}): TimelineItem[] {
  const range = parseTimeRange(options.from, options.to, 'timeline');
  const items: TimelineItem[] = [];
  for (const statement of entityStatements(kg, entityId, { direction: 'ANY' })) {
    for (const { role, time } of statementTimes(statement)) items.push({ type: 'statement', time, role, statement });
  }
  const positions = new Set([...(kg.positionsByHolder.get(entityId) ?? []), ...(kg.positionsByTarget.get(entityId) ?? [])]);
  for (const position of positions) if (position.date) items.push({ type: 'position', time: position.date, position });

  const match = options.match ?? 'OVERLAPS';
  const kept = range === null ? items : items.filter((item) => timeMatchesRange(item.time, range, match));
  return kept.sort((a, b) => {
    const id = itemId(a) < itemId(b) ? -1 : itemId(a) > itemId(b) ? 1 : 0;
    return compareTimes(a.time, b.time) || id || roleOrder(a) - roleOrder(b);
  });
}
