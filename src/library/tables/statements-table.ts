import type { Statement, StatementValue } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { EVIDENCE_FIELDS, evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import { timeColumns, timeFields } from './time-columns.js';
import { references, type TableField, type TidyTable } from './tidy-table.js';

/**
 * One row per statement × evidence: the statement (subject, predicate, object or literal value),
 * its qualifiers flattened, and one piece of its evidence. A statement with three quotes gives
 * three rows sharing the statement columns; count statements with `evidenceIndex === 0`.
 * Time qualifiers use Wikidata's names: point in time (P585), start time (P580), end time (P582).
 * Enum values are spelled as in GraphQL (`COUNTRY`, `MORE_THAN`, `MONTH_DAY`). The areas
 * qualifier is a list: its values are rows of the `statement_areas` table.
 */
export interface StatementRow extends EvidenceColumns {
  /** Statement id. */
  readonly statement: string;
  readonly subject: string;
  readonly subjectName: string;
  readonly subjectKind: GraphqlEnumValue<'EntityKind'>;
  /** Predicate id from the vocabulary, e.g. `member_of`. */
  readonly predicate: string;
  readonly predicateLabel: string;
  /** Object entity id; null for literal-valued statements. */
  readonly object: string | null;
  readonly objectName: string | null;
  readonly objectKind: GraphqlEnumValue<'EntityKind'> | null;
  /** `QUANTITY`, `STRING` or `TIME` for literal-valued statements; null when there is an object. */
  readonly valueType: ValueTypeName | null;
  /** The literal value as text: `reached 15000 USD`, `middle power`, `1992`. */
  readonly value: string | null;
  readonly amount: number | null;
  readonly unit: string | null;
  /** EXACT, ABOUT, MORE_THAN, EXCEEDED, REACHED, AT_LEAST, LESS_THAN. */
  readonly comparator: GraphqlEnumValue<'Comparator'> | null;
  readonly text: string | null;
  /** A literal time value as curated, and its precision. */
  readonly time: string | null;
  readonly timePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly pointInTime: string | null;
  readonly pointInTimePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly pointInTimeEarliest: string | null;
  readonly pointInTimeLatest: string | null;
  /** Why the point in time is inferred; null when the text states it. */
  readonly pointInTimeInferred: string | null;
  /** STATED, DERIVED or INFERRED; null when there is none. */
  readonly pointInTimeSource: GraphqlEnumValue<'TimeSource'> | null;
  readonly pointInTimeDerivedFrom: string | null;
  readonly startTime: string | null;
  readonly startTimePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly startTimeEarliest: string | null;
  readonly startTimeLatest: string | null;
  readonly startTimeInferred: string | null;
  /** STATED, DERIVED or INFERRED; null when there is none. */
  readonly startTimeSource: GraphqlEnumValue<'TimeSource'> | null;
  readonly startTimeDerivedFrom: string | null;
  readonly endTime: string | null;
  readonly endTimePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly endTimeEarliest: string | null;
  readonly endTimeLatest: string | null;
  readonly endTimeInferred: string | null;
  /** STATED, DERIVED or INFERRED; null when there is none. */
  readonly endTimeSource: GraphqlEnumValue<'TimeSource'> | null;
  readonly endTimeDerivedFrom: string | null;
  readonly role: string | null;
  readonly characterization: string | null;
  readonly note: string | null;
  readonly location: string | null;
  readonly locationName: string | null;
  readonly counterpart: string | null;
  readonly counterpartName: string | null;
  readonly via: string | null;
  readonly viaName: string | null;
  /** For an office-holder's act: the state they acted for, its name, and why that is inferred (null when stated). */
  readonly onBehalfOf: string | null;
  readonly onBehalfOfName: string | null;
  readonly onBehalfOfInferred: string | null;
  /** Why the statement is inferred; null when its evidence states it. */
  readonly inferred: string | null;
  /** The statement or position an inferred statement rests on. */
  readonly inferredFrom: string | null;
}

/** A literal value as one line of text (the comparator in lower case, as in prose: `reached 15000 USD`). */
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

const prefixed = <P extends string>(prefix: P, time: ReturnType<typeof timeColumns>) =>
  ({
    [prefix]: time.value,
    [`${prefix}Precision`]: time.precision,
    [`${prefix}Earliest`]: time.earliest,
    [`${prefix}Latest`]: time.latest,
    [`${prefix}Inferred`]: time.inferred,
    [`${prefix}Source`]: time.source,
    [`${prefix}DerivedFrom`]: time.derivedFrom,
  }) as Record<P | `${P}${'Precision' | 'Earliest' | 'Latest' | 'Inferred' | 'Source' | 'DerivedFrom'}`, string | null>;

/** The columns of a statement shared by all its rows (everything but the evidence). */
function statementColumns(kg: KnowledgeGraph, s: Statement): Omit<StatementRow, keyof EvidenceColumns> {
  const name = (id: string | null): string | null => (id === null ? null : (kg.entityById.get(id)?.name ?? null));
  const subject = kg.entityById.get(s.subject);
  const object = s.object === null ? undefined : kg.entityById.get(s.object);
  const value = s.value;
  return {
    statement: s.id,
    subject: s.subject,
    subjectName: subject?.name ?? s.subject,
    subjectKind: graphqlEnum('EntityKind', subject?.kind ?? null) as GraphqlEnumValue<'EntityKind'>,
    predicate: s.predicate,
    predicateLabel: kg.predicateById.get(s.predicate)?.label ?? s.predicate,
    object: s.object,
    objectName: object?.name ?? null,
    objectKind: graphqlEnum('EntityKind', object?.kind ?? null),
    valueType: value === null ? null : (value.type.toUpperCase() as ValueTypeName),
    value: statementValueText(value),
    amount: value?.type === 'quantity' ? value.amount : null,
    unit: value?.type === 'quantity' ? value.unit : null,
    comparator: value?.type === 'quantity' ? graphqlEnum('Comparator', value.comparator) : null,
    text: value?.type === 'string' ? value.text : null,
    time: value?.type === 'time' ? value.time.value : null,
    timePrecision: value?.type === 'time' ? graphqlEnum('TimePrecision', value.time.precision) : null,
    ...(prefixed('pointInTime', timeColumns(s.qualifiers.pointInTime)) as Pick<StatementRow, `pointInTime${string}` & keyof StatementRow>),
    ...(prefixed('startTime', timeColumns(s.qualifiers.start)) as Pick<StatementRow, `startTime${string}` & keyof StatementRow>),
    ...(prefixed('endTime', timeColumns(s.qualifiers.end)) as Pick<StatementRow, `endTime${string}` & keyof StatementRow>),
    role: s.qualifiers.role,
    characterization: s.qualifiers.characterization,
    note: s.qualifiers.note,
    location: s.qualifiers.location,
    locationName: name(s.qualifiers.location),
    counterpart: s.qualifiers.counterpart,
    counterpartName: name(s.qualifiers.counterpart),
    via: s.qualifiers.via,
    viaName: name(s.qualifiers.via),
    onBehalfOf: s.onBehalfOf?.entity ?? null,
    onBehalfOfName: name(s.onBehalfOf?.entity ?? null),
    onBehalfOfInferred: s.onBehalfOf?.inferred ?? null,
    inferred: s.inferred,
    inferredFrom: s.inferredFrom,
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

/** The type of a literal value, as the statements table's `valueType` column spells it (GraphQL's `__typename` without the suffix). */
export type ValueTypeName = 'QUANTITY' | 'STRING' | 'TIME';

/** Allowed values of the `valueType` column. */
const VALUE_TYPE_NAMES: readonly ValueTypeName[] = ['QUANTITY', 'STRING', 'TIME'];

const kinds = graphqlEnumValues('EntityKind');

/** The statement columns of the statements table (before its evidence columns), in order. */
const STATEMENT_FIELDS: ReadonlyArray<TableField<Exclude<keyof StatementRow, keyof EvidenceColumns>>> = [
  { name: 'statement', type: 'string', required: true, description: 'Statement id (GraphQL Statement.id).' },
  { name: 'subject', type: 'string', required: true, description: 'Subject entity id.' },
  { name: 'subjectName', type: 'string', required: true, description: "Subject's canonical name." },
  { name: 'subjectKind', type: 'string', required: true, enum: kinds, description: "Subject's kind." },
  { name: 'predicate', type: 'string', required: true, description: 'Predicate id from the vocabulary, e.g. member_of.' },
  { name: 'predicateLabel', type: 'string', required: true, description: "Predicate's label, e.g. member of." },
  { name: 'object', type: 'string', description: 'Object entity id; empty for literal-valued statements.' },
  { name: 'objectName', type: 'string', description: "Object's canonical name." },
  { name: 'objectKind', type: 'string', enum: kinds, description: "Object's kind." },
  { name: 'valueType', type: 'string', enum: VALUE_TYPE_NAMES, description: 'Type of the literal value; empty when there is an object.' },
  { name: 'value', type: 'string', description: 'The literal value as text: reached 15000 USD, middle power, 1992.' },
  { name: 'amount', type: 'number', description: 'Quantity: the amount.' },
  { name: 'unit', type: 'string', description: 'Quantity: the unit.' },
  { name: 'comparator', type: 'string', enum: graphqlEnumValues('Comparator'), description: 'Quantity: how the amount is stated.' },
  { name: 'text', type: 'string', description: 'String value: the text.' },
  { name: 'time', type: 'string', description: 'Time value, as curated.' },
  { name: 'timePrecision', type: 'string', enum: graphqlEnumValues('TimePrecision'), description: 'Precision of the time value.' },
  ...timeFields('pointInTime', 'Point in time qualifier (Wikidata P585)'),
  ...timeFields('startTime', 'Start time qualifier (Wikidata P580)'),
  ...timeFields('endTime', 'End time qualifier (Wikidata P582)'),
  { name: 'role', type: 'string', description: 'Role qualifier (Wikidata P3831 object has role), e.g. founding member.' },
  { name: 'characterization', type: 'string', description: "How the text names the relation, e.g. 'eternal strategic partnership'." },
  { name: 'note', type: 'string', description: "Curator's note." },
  { name: 'location', type: 'string', description: 'Location qualifier: entity id.' },
  { name: 'locationName', type: 'string', description: "Location's canonical name." },
  { name: 'counterpart', type: 'string', description: 'Counterpart qualifier: entity id.' },
  { name: 'counterpartName', type: 'string', description: "Counterpart's canonical name." },
  { name: 'via', type: 'string', description: 'Via qualifier: entity id.' },
  { name: 'viaName', type: 'string', description: "Via's canonical name." },
  { name: 'onBehalfOf', type: 'string', description: "An office-holder's act: entity id of the state they acted for." },
  { name: 'onBehalfOfName', type: 'string', description: "That state's canonical name." },
  {
    name: 'onBehalfOfInferred',
    type: 'string',
    description: 'Why onBehalfOf is inferred; empty when an evidence sentence names the state.',
  },
  { name: 'inferred', type: 'string', description: 'Why the statement is inferred; empty when its evidence states it.' },
  { name: 'inferredFrom', type: 'string', description: 'The statement or position id an inferred statement rests on.' },
];

/** The `statements` tidy table (see {@link StatementRow}). */
export const STATEMENTS_TABLE: TidyTable<StatementRow> = {
  name: 'statements',
  title: 'Statements × evidence',
  description:
    'One row per statement × evidence: subject, predicate, object or literal value, qualifiers, and one verbatim quote. Count statements with evidenceIndex = 0.',
  fields: [...STATEMENT_FIELDS, ...EVIDENCE_FIELDS],
  primaryKey: ['statement', 'evidenceIndex'],
  foreignKeys: [
    references('subject', 'entities'),
    references('object', 'entities'),
    references('location', 'entities'),
    references('counterpart', 'entities'),
    references('via', 'entities'),
    references('onBehalfOf', 'entities'),
    references('document', 'documents'),
  ],
  rows: statementsTable,
};
