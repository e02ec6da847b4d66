import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { EVIDENCE_FIELDS, evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import { timeColumns, timeFields } from './time-columns.js';
import { references, type TidyTable } from './tidy-table.js';

/**
 * One row per stated position × evidence. The same position reported by three documents gives
 * three rows; count positions with `evidenceIndex === 0`. The other entities it concerns
 * (`about`) are rows of the `position_about` table. Enum values as GraphQL spells them.
 */
export interface PositionRow extends EvidenceColumns {
  /** Position id. */
  readonly position: string;
  /** Who stated it. */
  readonly holder: string;
  readonly holderName: string;
  readonly holderKind: GraphqlEnumValue<'EntityKind'>;
  /** The state or organization the holder spoke for. */
  readonly onBehalfOf: string | null;
  readonly onBehalfOfName: string | null;
  /** The main thing it is about. */
  readonly topic: string;
  readonly topicName: string;
  readonly topicKind: GraphqlEnumValue<'EntityKind'>;
  /** SUPPORTS, OPPOSES, PROPOSES, COMMITS, ASSESSES, REJECTS, HOPES, EXPECTS. */
  readonly stance: GraphqlEnumValue<'Stance'>;
  /** POSITIVE, NEGATIVE, NEUTRAL, MIXED (SemEval FAVOR, AGAINST, NONE). */
  readonly polarity: GraphqlEnumValue<'Polarity'>;
  /** DIRECT (the holder's own words) or REPORTED (an outlet's paraphrase). */
  readonly speech: GraphqlEnumValue<'Speech'>;
  readonly summary: string;
  /** The article, interview or event where it was said. */
  readonly venue: string | null;
  readonly venueName: string | null;
  /** When it was said, where stated. */
  readonly date: string | null;
  readonly datePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly dateEarliest: string | null;
  readonly dateLatest: string | null;
  readonly dateInferred: string | null;
  /** How the date is known: STATED, DERIVED (see `dateDerivedFrom`) or INFERRED; null when there is none. */
  readonly dateSource: GraphqlEnumValue<'TimeSource'> | null;
  /** The statement or document a derived date is taken from (e.g. the article's publication statement). */
  readonly dateDerivedFrom: string | null;
}

/** The positions table: one row per position × evidence, in dataset order (see {@link PositionRow}). */
export function positionsTable(kg: KnowledgeGraph): PositionRow[] {
  const entity = (id: string) => kg.entityById.get(id);
  const name = (id: string | null): string | null => (id === null ? null : (entity(id)?.name ?? null));
  const kind = (id: string) => graphqlEnum('EntityKind', entity(id)?.kind ?? null) as GraphqlEnumValue<'EntityKind'>;
  const rows: PositionRow[] = [];
  for (const p of kg.dataset.positions) {
    const date = timeColumns(p.date);
    const shared: Omit<PositionRow, keyof EvidenceColumns> = {
      position: p.id,
      holder: p.holder,
      holderName: name(p.holder) ?? p.holder,
      holderKind: kind(p.holder),
      onBehalfOf: p.onBehalfOf,
      onBehalfOfName: name(p.onBehalfOf),
      topic: p.topic,
      topicName: name(p.topic) ?? p.topic,
      topicKind: kind(p.topic),
      stance: graphqlEnum('Stance', p.stance),
      polarity: graphqlEnum('Polarity', p.polarity),
      speech: graphqlEnum('Speech', p.speech),
      summary: p.summary,
      venue: p.venue,
      venueName: name(p.venue),
      date: date.value,
      datePrecision: date.precision,
      dateEarliest: date.earliest,
      dateLatest: date.latest,
      dateInferred: date.inferred,
      dateSource: date.source,
      dateDerivedFrom: date.derivedFrom,
    };
    for (let i = 0; i < p.evidence.length; i++) rows.push({ ...shared, ...evidenceColumns(p.evidence, i) });
  }
  return rows;
}

const kinds = graphqlEnumValues('EntityKind');

/** The `positions` tidy table (see {@link PositionRow}). */
export const POSITIONS_TABLE: TidyTable<PositionRow> = {
  name: 'positions',
  title: 'Stated positions × evidence',
  description:
    'One row per stated position × evidence: holder, topic, stance, polarity, speech, date, and one verbatim quote. Count positions with evidenceIndex = 0.',
  fields: [
    { name: 'position', type: 'string', required: true, description: 'Position id (GraphQL Position.id).' },
    { name: 'holder', type: 'string', required: true, description: 'Who stated it: entity id.' },
    { name: 'holderName', type: 'string', required: true, description: "Holder's canonical name." },
    { name: 'holderKind', type: 'string', required: true, enum: kinds, description: "Holder's kind." },
    { name: 'onBehalfOf', type: 'string', description: 'The state or organization the holder spoke for: entity id.' },
    { name: 'onBehalfOfName', type: 'string', description: 'Its canonical name.' },
    { name: 'topic', type: 'string', required: true, description: 'The main thing the position is about: entity id.' },
    { name: 'topicName', type: 'string', required: true, description: "Topic's canonical name." },
    { name: 'topicKind', type: 'string', required: true, enum: kinds, description: "Topic's kind." },
    {
      name: 'stance',
      type: 'string',
      required: true,
      enum: graphqlEnumValues('Stance'),
      description: 'What the holder does toward the topic.',
    },
    {
      name: 'polarity',
      type: 'string',
      required: true,
      enum: graphqlEnumValues('Polarity'),
      description: 'Polarity toward the topic (SemEval: FAVOR = POSITIVE, AGAINST = NEGATIVE, NONE = NEUTRAL).',
    },
    {
      name: 'speech',
      type: 'string',
      required: true,
      enum: graphqlEnumValues('Speech'),
      description: "DIRECT: the holder's own words; REPORTED: an outlet's paraphrase.",
    },
    { name: 'summary', type: 'string', required: true, description: "The curator's one-sentence summary." },
    { name: 'venue', type: 'string', description: 'The article, interview or event where it was said: entity id.' },
    { name: 'venueName', type: 'string', description: "Venue's canonical name." },
    ...timeFields('date', 'When it was said, where stated'),
    ...EVIDENCE_FIELDS,
  ],
  primaryKey: ['position', 'evidenceIndex'],
  foreignKeys: [
    references('holder', 'entities'),
    references('onBehalfOf', 'entities'),
    references('topic', 'entities'),
    references('venue', 'entities'),
    references('document', 'documents'),
  ],
  rows: positionsTable,
};
