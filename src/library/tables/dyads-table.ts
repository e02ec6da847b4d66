import type { Entity, EntityKind } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { type DyadLink, positionDyadLinks, statementDyadLinks } from './dyad-links.js';
import { EVIDENCE_FIELDS, evidenceColumns, type EvidenceColumns } from './evidence-columns.js';
import { graphqlEnum, graphqlEnumValues, type GraphqlEnumValue } from './graphql-enum.js';
import { timeColumns, timeFields } from './time-columns.js';
import { references, type TidyTable } from './tidy-table.js';

/** Kinds of entity that count as actors in {@link dyadsTable} unless told otherwise. */
export const ACTOR_KINDS: readonly EntityKind[] = Object.freeze(['person', 'country', 'organization', 'company'] as const);

/** How the second actor of a dyad takes part in the link: `OBJECT`, `COUNTERPART`, `TOPIC` or `ABOUT`. */
export type DyadLinkedAs = DyadLink['linkedAs'];

/** Which field a dyad's date comes from: `POINT_IN_TIME`, `START_TIME` or `DATE`. */
export type DyadDateField = DyadLink['dateField'];

/** Options of {@link dyadsTable}. */
export interface DyadsTableOptions {
  /** Which entity kinds are actors. Default {@link ACTOR_KINDS}. */
  readonly actorKinds?: readonly EntityKind[];
}

/**
 * One row per (link between two actors) × evidence. A statement links its subject `a` to its
 * object `b` (`linkedAs: object`) and to its `counterpart` qualifier (`linkedAs: counterpart`); a
 * position links its holder `a` to its topic (`topic`) and to each entity it is about (`about`).
 * Both ends must be actors; a link of an actor to itself is left out. Directed: `a` is the
 * subject or holder (see `symmetric` for predicates that read both ways). Enum values as GraphQL
 * spells them (`PERSON`, `STATEMENT`, `SUPPORTS`, `MONTH_DAY`).
 */
export interface DyadRow extends EvidenceColumns {
  readonly a: string;
  readonly aName: string;
  readonly aKind: GraphqlEnumValue<'EntityKind'>;
  /** The state or organization `a` spoke or acted for (a position's or an office-holder's statement's `onBehalfOf`): aggregate to state level with it. */
  readonly aOnBehalfOf: string | null;
  readonly b: string;
  readonly bName: string;
  readonly bKind: GraphqlEnumValue<'EntityKind'>;
  /** `STATEMENT` or `POSITION` (GraphQL GraphEdgeKind). */
  readonly link: GraphqlEnumValue<'GraphEdgeKind'>;
  /** The statement or position id. */
  readonly id: string;
  /** How `b` takes part: `OBJECT` or `COUNTERPART` of a statement; `TOPIC` or `ABOUT` of a position. */
  readonly linkedAs: DyadLinkedAs;
  /** The statement's predicate; `position_on` for positions. */
  readonly predicate: string;
  readonly predicateLabel: string;
  /** Whether the predicate reads the same both ways (false for positions). */
  readonly symmetric: boolean;
  /** The position's stance and polarity; null for statements. */
  readonly stance: GraphqlEnumValue<'Stance'> | null;
  readonly polarity: GraphqlEnumValue<'Polarity'> | null;
  /** When: a statement's point in time, else its start time; a position's date. */
  readonly date: string | null;
  readonly datePrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly dateEarliest: string | null;
  readonly dateLatest: string | null;
  readonly dateInferred: string | null;
  /** STATED, DERIVED or INFERRED; null when there is no date. */
  readonly dateSource: GraphqlEnumValue<'TimeSource'> | null;
  /** The statement or document a DERIVED date is taken from. */
  readonly dateDerivedFrom: string | null;
  /** Which field `date` comes from: `POINT_IN_TIME`, `START_TIME` (statements) or `DATE` (positions); null when there is none. */
  readonly dateField: DyadDateField | null;
}

/** The dyads table: actor pairs linked by a statement or position, one row per link × evidence (see {@link DyadRow}). */
export function dyadsTable(kg: KnowledgeGraph, options: DyadsTableOptions = {}): DyadRow[] {
  const actorKinds = new Set(options.actorKinds ?? ACTOR_KINDS);
  const actor = (id: string | null): Entity | undefined => {
    const entity = id === null ? undefined : kg.entityById.get(id);
    return entity !== undefined && actorKinds.has(entity.kind) ? entity : undefined;
  };
  const rows: DyadRow[] = [];
  const add = (link: DyadLink): void => {
    const a = actor(link.a);
    const b = actor(link.b);
    if (a !== undefined && b !== undefined && a.id !== b.id) pushDyadRows(rows, a, b, link);
  };
  for (const s of kg.dataset.statements) statementDyadLinks(kg, s).forEach(add);
  for (const p of kg.dataset.positions) positionDyadLinks(p).forEach(add);
  return rows;
}

/** Adds the rows of a link between actors `a` and `b`: one per evidence of its statement or position. */
function pushDyadRows(rows: DyadRow[], a: Entity, b: Entity, link: DyadLink): void {
  const when = timeColumns(link.time);
  const shared = {
    a: a.id,
    aName: a.name,
    aKind: graphqlEnum('EntityKind', a.kind),
    aOnBehalfOf: link.aOnBehalfOf,
    b: b.id,
    bName: b.name,
    bKind: graphqlEnum('EntityKind', b.kind),
    link: link.link,
    id: link.id,
    linkedAs: link.linkedAs,
    predicate: link.predicate,
    predicateLabel: link.predicateLabel,
    symmetric: link.symmetric,
    stance: link.stance,
    polarity: link.polarity,
    date: when.value,
    datePrecision: when.precision,
    dateEarliest: when.earliest,
    dateLatest: when.latest,
    dateInferred: when.inferred,
    dateSource: when.source,
    dateDerivedFrom: when.derivedFrom,
    dateField: link.time === null ? null : link.dateField,
  };
  const { evidence } = link;
  for (let i = 0; i < evidence.length; i++) rows.push({ ...shared, ...evidenceColumns(evidence, i) });
}

const kinds = graphqlEnumValues('EntityKind');

/** The `dyads` tidy table with the default actor kinds (see {@link DyadRow}). */
export const DYADS_TABLE: TidyTable<DyadRow> = {
  name: 'dyads',
  title: 'Actor dyads × evidence',
  description: `One row per link between two actors (${ACTOR_KINDS.join(', ')}) by a statement or a stated position × evidence; directed from the subject or holder (a) to the other actor (b).`,
  fields: [
    { name: 'a', type: 'string', required: true, description: 'The subject or holder: entity id.' },
    { name: 'aName', type: 'string', required: true, description: "a's canonical name." },
    { name: 'aKind', type: 'string', required: true, enum: kinds, description: "a's kind." },
    {
      name: 'aOnBehalfOf',
      type: 'string',
      description:
        "The state or organization a spoke or acted for (a position's or an office-holder's statement's onBehalfOf): aggregate to state level with it.",
    },
    { name: 'b', type: 'string', required: true, description: 'The other actor: entity id.' },
    { name: 'bName', type: 'string', required: true, description: "b's canonical name." },
    { name: 'bKind', type: 'string', required: true, enum: kinds, description: "b's kind." },
    { name: 'link', type: 'string', required: true, enum: graphqlEnumValues('GraphEdgeKind'), description: 'STATEMENT or POSITION.' },
    { name: 'id', type: 'string', required: true, description: 'The statement or position id.' },
    {
      name: 'linkedAs',
      type: 'string',
      required: true,
      enum: ['OBJECT', 'COUNTERPART', 'TOPIC', 'ABOUT'],
      description: 'How b takes part: OBJECT or COUNTERPART of a statement; TOPIC or ABOUT of a position.',
    },
    { name: 'predicate', type: 'string', required: true, description: "The statement's predicate id; position_on for positions." },
    { name: 'predicateLabel', type: 'string', required: true, description: "The predicate's label." },
    {
      name: 'symmetric',
      type: 'boolean',
      required: true,
      description: 'Whether the predicate reads the same both ways (false for positions).',
    },
    { name: 'stance', type: 'string', enum: graphqlEnumValues('Stance'), description: "The position's stance; empty for statements." },
    {
      name: 'polarity',
      type: 'string',
      enum: graphqlEnumValues('Polarity'),
      description: "The position's polarity; empty for statements.",
    },
    ...timeFields('date', "When: a statement's point in time, else its start time; a position's date"),
    {
      name: 'dateField',
      type: 'string',
      enum: ['POINT_IN_TIME', 'START_TIME', 'DATE'],
      description: 'Which field date comes from; empty when there is none.',
    },
    ...EVIDENCE_FIELDS,
  ],
  primaryKey: ['id', 'linkedAs', 'b', 'evidenceIndex'],
  foreignKeys: [
    references('a', 'entities'),
    references('b', 'entities'),
    references('aOnBehalfOf', 'entities'),
    references('document', 'documents'),
  ],
  rows: (kg) => dyadsTable(kg),
};
