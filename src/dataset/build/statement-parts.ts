import { namesEntity } from '../names-entity.js';
import type { Entity, Evidence, OnBehalfOf, Predicate, Qualifiers, SourceLocation, StatementValue } from '../model.js';
import type { RawOnBehalfOf, RawStatement } from '../raw-schema.js';
import type { Checker } from './checker.js';
import type { References } from './references.js';
import { toTime, type DeriveTime } from './to-time.js';
import { NO_QUALIFIERS, NONE } from '../none.js';

/** Where a statement is, for the problems of its parts. */
export interface StatementSite {
  readonly check: Checker;
  readonly at: SourceLocation;
  readonly entry: string;
}

/** Checks that the statement uses `predicate` as declared: subject and object kinds, object or value. */
export function checkPredicateUse(
  { check, at, entry }: StatementSite,
  raw: RawStatement,
  predicate: Predicate,
  subject: Entity | undefined,
  object: Entity | undefined,
): void {
  if (subject && !predicate.subjectKinds.includes(subject.kind)) {
    check.add(
      at,
      entry,
      `subject: ${predicate.id} does not take a ${subject.kind} subject (allowed: ${predicate.subjectKinds.join(', ')})`,
    );
  }
  if (predicate.valueType === null) {
    if (raw.object === undefined) check.add(at, entry, `object: ${predicate.id} needs an entity object`);
    if (raw.value !== undefined) check.add(at, entry, `value: ${predicate.id} takes an object, not a value`);
    if (object && !predicate.objectKinds.includes(object.kind)) {
      check.add(at, entry, `object: ${predicate.id} does not take a ${object.kind} object (allowed: ${predicate.objectKinds.join(', ')})`);
    }
    return;
  }
  if (raw.object !== undefined) check.add(at, entry, `object: ${predicate.id} takes a ${predicate.valueType} value, not an object`);
  const actual = raw.value === undefined ? null : 'amount' in raw.value ? 'quantity' : 'text' in raw.value ? 'string' : 'time';
  if (actual !== predicate.valueType) check.add(at, entry, `value: ${predicate.id} needs a ${predicate.valueType} value`);
}

/** The statement's qualifiers, frozen; the shared empty value when it has none. */
export function statementQualifiers(site: StatementSite, refs: References, raw: RawStatement, derive: DeriveTime): Qualifiers {
  const { check, at, entry } = site;
  const q = raw.qualifiers ?? {};
  const location = refs.entityRef(at, entry, 'qualifiers.location', q.location);
  const counterpart = refs.entityRef(at, entry, 'qualifiers.counterpart', q.counterpart);
  const via = refs.entityRef(at, entry, 'qualifiers.via', q.via);
  if (raw.qualifiers === undefined) return NO_QUALIFIERS;
  return Object.freeze({
    pointInTime: toTime(check, at, entry, 'qualifiers.pointInTime', q.pointInTime, derive),
    start: toTime(check, at, entry, 'qualifiers.start', q.start, derive),
    end: toTime(check, at, entry, 'qualifiers.end', q.end, derive),
    role: q.role ?? null,
    characterization: q.characterization ?? null,
    note: q.note ?? null,
    areas: q.areas ? Object.freeze(q.areas) : NONE,
    location,
    counterpart,
    via,
  });
}

/** The statement's literal value (quantity, string or time), frozen; null for an entity object. */
export function statementValue({ check, at, entry }: StatementSite, raw: RawStatement, derive: DeriveTime): StatementValue | null {
  if (!raw.value) return null;
  if ('amount' in raw.value) {
    return Object.freeze({ type: 'quantity', amount: raw.value.amount, unit: raw.value.unit, comparator: raw.value.comparator ?? 'exact' });
  }
  if ('text' in raw.value) return Object.freeze({ type: 'string', text: raw.value.text });
  const time = toTime(check, at, entry, 'value.time', raw.value.time, derive);
  return time ? Object.freeze({ type: 'time', time }) : null;
}

/** Whom an office-holder acted for: named in an evidence sentence, or inferred with its reason. */
export function statementOnBehalfOf(
  { check, at, entry }: StatementSite,
  entities: ReadonlyMap<string, Entity>,
  raw: RawOnBehalfOf,
  evidence: readonly Evidence[],
): OnBehalfOf {
  const id = typeof raw === 'string' ? raw : raw.entity;
  const inferred = typeof raw === 'string' ? null : raw.inferred;
  const entity = entities.get(id);
  if (!entity) check.add(at, entry, `onBehalfOf: unknown entity ${id}`);
  else if (inferred === null && !evidence.some((e) => namesEntity(e.sentence, entity))) {
    check.add(at, entry, `onBehalfOf: ${entity.name} is named in none of the evidence sentences; mark it { entity, inferred: <reason> }`);
  }
  return Object.freeze({ entity: entity?.id ?? id, inferred });
}
