import type { Entity, Evidence, Position, Statement, TimeValue } from '../dataset/model.js';
import { entityTime } from './entity-time.js';
import type { GroupField } from './group-counts.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { statementTime } from './statement-time.js';

/** Fields positions can be grouped by. CONCERNS: the topic and every entity in `about`. */
export type PositionGroupField =
  'TOPIC' | 'CONCERNS' | 'HOLDER' | 'ON_BEHALF_OF' | 'STANCE' | 'POLARITY' | 'SPEECH' | 'VENUE' | 'DOCUMENT' | 'YEAR';
/** Fields statements can be grouped by. */
export type StatementGroupField = 'PREDICATE' | 'SUBJECT' | 'OBJECT' | 'SUBJECT_KIND' | 'OBJECT_KIND' | 'DOCUMENT' | 'YEAR';
/** Fields entities can be grouped by. YEAR: the year of the entity's `time`. */
export type EntityGroupField = 'KIND' | 'YEAR' | 'TIME_SOURCE';

const one = (value: string | null): ReadonlyArray<string | null> => (value === null ? [] : [value]);
/** The year of a time whose year is known; null otherwise (undated, or `--01-22`). */
const yearOf = (time: TimeValue | null): string | null => (time?.year === null || time?.year === undefined ? null : String(time.year));
const documentsOf = (evidence: readonly Evidence[]): string[] => evidence.map((e) => e.document);

/** How each position field reads its values. */
export function positionGroupFields(): Record<PositionGroupField, GroupField<Position>> {
  return {
    TOPIC: { keyKind: 'entity', keysOf: (p) => [p.topic] },
    CONCERNS: { keyKind: 'entity', keysOf: (p) => [p.topic, ...p.about] },
    HOLDER: { keyKind: 'entity', keysOf: (p) => [p.holder] },
    ON_BEHALF_OF: { keyKind: 'entity', keysOf: (p) => one(p.onBehalfOf) },
    STANCE: { keyKind: 'enum', keysOf: (p) => [p.stance] },
    POLARITY: { keyKind: 'enum', keysOf: (p) => [p.polarity] },
    SPEECH: { keyKind: 'enum', keysOf: (p) => [p.speech] },
    VENUE: { keyKind: 'entity', keysOf: (p) => one(p.venue) },
    DOCUMENT: { keyKind: 'document', keysOf: (p) => documentsOf(p.evidence) },
    YEAR: { keyKind: 'year', keysOf: (p) => one(yearOf(p.date)) },
  };
}

/** How each statement field reads its values. */
export function statementGroupFields(kg: KnowledgeGraph): Record<StatementGroupField, GroupField<Statement>> {
  const kindOf = (id: string | null): string | null => (id === null ? null : (kg.entityById.get(id)?.kind ?? null));
  return {
    PREDICATE: { keyKind: 'predicate', keysOf: (s) => [s.predicate] },
    SUBJECT: { keyKind: 'entity', keysOf: (s) => [s.subject] },
    OBJECT: { keyKind: 'entity', keysOf: (s) => one(s.object) },
    SUBJECT_KIND: { keyKind: 'enum', keysOf: (s) => one(kindOf(s.subject)) },
    OBJECT_KIND: { keyKind: 'enum', keysOf: (s) => one(kindOf(s.object)) },
    DOCUMENT: { keyKind: 'document', keysOf: (s) => documentsOf(s.evidence) },
    YEAR: { keyKind: 'year', keysOf: (s) => one(yearOf(statementTime(s))) },
  };
}

/** How each entity field reads its values. */
export function entityGroupFields(kg: KnowledgeGraph): Record<EntityGroupField, GroupField<Entity>> {
  return {
    KIND: { keyKind: 'enum', keysOf: (e) => [e.kind] },
    YEAR: { keyKind: 'year', keysOf: (e) => one(yearOf(entityTime(kg, e.id)?.time ?? null)) },
    TIME_SOURCE: { keyKind: 'value', keysOf: (e) => one(entityTime(kg, e.id)?.source ?? null) },
  };
}
