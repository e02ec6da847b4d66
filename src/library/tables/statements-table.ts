import type { EntityKind, Statement, StatementValue } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { LIST_SEPARATOR, timeColumns } from './time-columns.js';

/**
 * One row per statement × evidence: the statement (subject, predicate, object or literal value),
 * its qualifiers flattened, and one piece of its evidence. A statement with three quotes gives
 * three rows sharing the statement columns; count statements with `evidenceIndex === 0`.
 * Time qualifiers use Wikidata's names: point in time (P585), start time (P580), end time (P582).
 */
export interface StatementRow extends EvidenceColumns {
  /** Statement id. */
  readonly statement: string;
  readonly subject: string;
  readonly subjectName: string;
  readonly subjectKind: EntityKind;
  /** Predicate id from the vocabulary, e.g. `member_of`. */
  readonly predicate: string;
  readonly predicateLabel: string;
  /** Object entity id; null for literal-valued statements. */
  readonly object: string | null;
  readonly objectName: string | null;
  readonly objectKind: EntityKind | null;
  /** `quantity`, `string` or `time` for literal-valued statements; null when there is an object. */
  readonly valueType: StatementValue['type'] | null;
  /** The literal value as text: `reached 15000 USD`, `middle power`, `1992`. */
  readonly value: string | null;
  readonly amount: number | null;
  readonly unit: string | null;
  /** exact, about, more_than, exceeded, reached, at_least, less_than. */
  readonly comparator: string | null;
  readonly text: string | null;
  /** A literal time value as curated, and its precision. */
  readonly time: string | null;
  readonly timePrecision: string | null;
  readonly pointInTime: string | null;
  readonly pointInTimePrecision: string | null;
  readonly pointInTimeEarliest: string | null;
  readonly pointInTimeLatest: string | null;
  /** Why the point in time is inferred; null when the text states it. */
  readonly pointInTimeInferred: string | null;
  readonly startTime: string | null;
  readonly startTimePrecision: string | null;
  readonly startTimeEarliest: string | null;
  readonly startTimeLatest: string | null;
  readonly startTimeInferred: string | null;
  readonly endTime: string | null;
  readonly endTimePrecision: string | null;
  readonly endTimeEarliest: string | null;
  readonly endTimeLatest: string | null;
  readonly endTimeInferred: string | null;
  readonly role: string | null;
  readonly characterization: string | null;
  readonly note: string | null;
  /** Areas (e.g. of cooperation), joined by `"; "`; empty string when none. */
  readonly areas: string;
  readonly location: string | null;
  readonly locationName: string | null;
  readonly counterpart: string | null;
  readonly counterpartName: string | null;
  readonly via: string | null;
  readonly viaName: string | null;
}

/** A literal value as one line of text. */
function statementValueText(value: StatementValue | null): string | null {
  if (value === null) return null;
  switch (value.type) {
    case 'quantity':
      return `${value.comparator} ${value.amount} ${value.unit}`;
    case 'string':
      return value.text;
    case 'time':
      return value.time.value;
  }
}

/** The columns of a statement shared by all its rows (everything but the evidence). */
function statementColumns(kg: KnowledgeGraph, s: Statement): Omit<StatementRow, keyof EvidenceColumns> {
  const name = (id: string | null): string | null => (id === null ? null : (kg.entityById.get(id)?.name ?? null));
  const subject = kg.entityById.get(s.subject);
  const object = s.object === null ? undefined : kg.entityById.get(s.object);
  const value = s.value;
  const pointInTime = timeColumns(s.qualifiers.pointInTime);
  const startTime = timeColumns(s.qualifiers.start);
  const endTime = timeColumns(s.qualifiers.end);
  return {
    statement: s.id,
    subject: s.subject,
    subjectName: subject?.name ?? s.subject,
    subjectKind: subject?.kind as EntityKind,
    predicate: s.predicate,
    predicateLabel: kg.predicateById.get(s.predicate)?.label ?? s.predicate,
    object: s.object,
    objectName: object?.name ?? null,
    objectKind: object?.kind ?? null,
    valueType: value?.type ?? null,
    value: statementValueText(value),
    amount: value?.type === 'quantity' ? value.amount : null,
    unit: value?.type === 'quantity' ? value.unit : null,
    comparator: value?.type === 'quantity' ? value.comparator : null,
    text: value?.type === 'string' ? value.text : null,
    time: value?.type === 'time' ? value.time.value : null,
    timePrecision: value?.type === 'time' ? value.time.precision : null,
    pointInTime: pointInTime.value,
    pointInTimePrecision: pointInTime.precision,
    pointInTimeEarliest: pointInTime.earliest,
    pointInTimeLatest: pointInTime.latest,
    pointInTimeInferred: pointInTime.inferred,
    startTime: startTime.value,
    startTimePrecision: startTime.precision,
    startTimeEarliest: startTime.earliest,
    startTimeLatest: startTime.latest,
    startTimeInferred: startTime.inferred,
    endTime: endTime.value,
    endTimePrecision: endTime.precision,
    endTimeEarliest: endTime.earliest,
    endTimeLatest: endTime.latest,
    endTimeInferred: endTime.inferred,
    role: s.qualifiers.role,
    characterization: s.qualifiers.characterization,
    note: s.qualifiers.note,
    areas: s.qualifiers.areas.join(LIST_SEPARATOR),
    location: s.qualifiers.location,
    locationName: name(s.qualifiers.location),
    counterpart: s.qualifiers.counterpart,
    counterpartName: name(s.qualifiers.counterpart),
    via: s.qualifiers.via,
    viaName: name(s.qualifiers.via),
  };
}

/** The statements table: one row per statement × evidence, in dataset order (see {@link StatementRow}). */
export function statementsTable(kg: KnowledgeGraph): StatementRow[] {
  const rows: StatementRow[] = [];
  for (const s of kg.dataset.statements) {
    const shared = statementColumns(kg, s);
    for (let i = 0; i < s.evidence.length; i++) rows.push({ ...shared, ...evidenceColumns(s.evidence, i) });
  }
  return rows;
}
