import { graphqlEnumValues } from './graphql-enum.js';
import { timeFields } from './time-columns.js';
import type { EvidenceColumns } from './evidence-columns.js';
import type { StatementRow } from './statements-table.js';
import type { TableField } from './tidy-table.js';

/** The type of a literal value, as the statements table's `valueType` column spells it (GraphQL's `__typename` without the suffix). */
export type ValueTypeName = 'QUANTITY' | 'STRING' | 'TIME';

/** Allowed values of the `valueType` column. */
export const VALUE_TYPE_NAMES: readonly ValueTypeName[] = ['QUANTITY', 'STRING', 'TIME'];

const kinds = graphqlEnumValues('EntityKind');

/** The statement columns of the statements table (before its evidence columns), in order. */
export const STATEMENT_FIELDS: ReadonlyArray<TableField<Exclude<keyof StatementRow, keyof EvidenceColumns>>> = [
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
];
