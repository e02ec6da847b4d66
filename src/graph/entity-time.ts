import type { Statement, TimeValue } from '../dataset/model.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { perGraph } from './per-graph.js';
import type { StatementTimeRole } from './statement-time.js';

/**
 * Which statement dates an entity, in order of precedence: the entity's own time-valued statement
 * (an event's `point_in_time`); the point in time of a `signed` statement with the entity as object
 * (an agreement's signing); of a `published_in` statement with the entity as subject (a work's
 * publication); of a statement that names the entity as `via` (a visit: "Putin visited Kazakhstan
 * (2024-11) via his state visit"); of a `participates_in` statement with the entity as object.
 */
export const ENTITY_TIME_SOURCES = ['POINT_IN_TIME', 'SIGNED', 'PUBLISHED', 'VIA', 'PARTICIPATION'] as const;
export type EntityTimeSource = (typeof ENTITY_TIME_SOURCES)[number];

/** The time of an entity, derived from one statement that states it. */
export interface EntityTime {
  /** The entity it dates. */
  readonly entity: string;
  readonly time: TimeValue;
  readonly value: string;
  readonly precision: TimeValue['precision'];
  readonly earliest: string | null;
  readonly latest: string | null;
  /** False when the year is not stated (`--01-22`). */
  readonly yearKnown: boolean;
  /** True when the time is inferred rather than stated; `reason` says why. */
  readonly inferred: boolean;
  readonly reason: string | null;
  readonly source: EntityTimeSource;
  /** The statement the time comes from, with its evidence. */
  readonly statement: Statement;
  /** Which of the statement's times it is: its value or its point in time. */
  readonly role: StatementTimeRole;
}

/** The (entity, time) a statement gives under each rule that applies to it. */
function candidates(s: Statement): Array<{ entity: string; time: TimeValue; source: EntityTimeSource; role: StatementTimeRole }> {
  const found: Array<{ entity: string; time: TimeValue; source: EntityTimeSource; role: StatementTimeRole }> = [];
  if (s.value?.type === 'time') found.push({ entity: s.subject, time: s.value.time, source: 'POINT_IN_TIME', role: 'VALUE' });
  const at = s.qualifiers.pointInTime;
  if (at === null) return found;
  if (s.predicate === 'signed' && s.object !== null) found.push({ entity: s.object, time: at, source: 'SIGNED', role: 'POINT_IN_TIME' });
  if (s.predicate === 'published_in') found.push({ entity: s.subject, time: at, source: 'PUBLISHED', role: 'POINT_IN_TIME' });
  if (s.qualifiers.via !== null) found.push({ entity: s.qualifiers.via, time: at, source: 'VIA', role: 'POINT_IN_TIME' });
  if (s.predicate === 'participates_in' && s.object !== null) {
    found.push({ entity: s.object, time: at, source: 'PARTICIPATION', role: 'POINT_IN_TIME' });
  }
  return found;
}

/** Every dated entity's time, computed in one pass over the statements on first use. */
const entityTimes = perGraph((kg: KnowledgeGraph): ReadonlyMap<string, EntityTime> => {
  const times = new Map<string, EntityTime>();
  const rank = (source: EntityTimeSource): number => ENTITY_TIME_SOURCES.indexOf(source);
  for (const statement of kg.dataset.statements) {
    for (const { entity, time, source, role } of candidates(statement)) {
      const known = times.get(entity);
      if (known && rank(known.source) <= rank(source)) continue;
      times.set(entity, {
        entity,
        time,
        value: time.value,
        precision: time.precision,
        earliest: time.earliest,
        latest: time.latest,
        yearKnown: time.earliest !== null,
        inferred: time.inferred !== null,
        reason: time.inferred,
        source,
        statement,
        role,
      });
    }
  }
  return times;
});

/**
 * The time of an entity that has one (events, signed agreements, published works, visits), derived
 * from the first statement, in dataset order, of the most direct kind that states it (see
 * {@link ENTITY_TIME_SOURCES}), with that statement; null when no statement dates it.
 */
export function entityTime(kg: KnowledgeGraph, entityId: string): EntityTime | null {
  return entityTimes(kg).get(entityId) ?? null;
}
