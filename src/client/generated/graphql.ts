/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Comparator =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'EXACT'
  | 'EXCEEDED'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'REACHED';

/** A relationship filter on a list of documents: `some` / `none` / `all` of them match. */
export type DocumentListFilter = {
  readonly all?: DocumentWhere | null | undefined;
  readonly none?: DocumentWhere | null | undefined;
  readonly some?: DocumentWhere | null | undefined;
};

/**
 * Filter on documents, in the shape of Neo4j GraphQL `where` inputs: every field given must hold;
 * `AND`, `OR` and `NOT` combine filters. Metadata fields filter on their value; a missing field
 * matches no operator.
 */
export type DocumentWhere = {
  readonly AND?: ReadonlyArray<DocumentWhere> | null | undefined;
  readonly NOT?: DocumentWhere | null | undefined;
  readonly OR?: ReadonlyArray<DocumentWhere> | null | undefined;
  readonly author?: StringFilter | null | undefined;
  readonly genre?: StringFilter | null | undefined;
  readonly id?: IdFilter | null | undefined;
  readonly language?: StringFilter | null | undefined;
  /** The entities the document mentions. */
  readonly mentions?: EntityListFilter | null | undefined;
  readonly outlet?: StringFilter | null | undefined;
  /** The publication time; the range rule is the TimeFilter's. */
  readonly published?: TimeFilter | null | undefined;
  /** The full text (`contains` ignores case and diacritics). */
  readonly text?: StringFilter | null | undefined;
  readonly title?: StringFilter | null | undefined;
};

export type EntityKind =
  | 'AGREEMENT'
  | 'COMPANY'
  | 'COUNTRY'
  | 'EVENT'
  | 'OFFICE'
  | 'ORGANIZATION'
  | 'OUTLET'
  | 'PERSON'
  | 'PLACE'
  | 'PROJECT'
  | 'REGION'
  | 'TERRITORY'
  | 'TOPIC'
  | 'WORK';

export type EntityKindFilter = {
  readonly eq?: EntityKind | null | undefined;
  readonly in?: ReadonlyArray<EntityKind> | null | undefined;
};

/** A relationship filter on a list of entities: `some` / `none` / `all` of them match. */
export type EntityListFilter = {
  readonly all?: EntityWhere | null | undefined;
  readonly none?: EntityWhere | null | undefined;
  readonly some?: EntityWhere | null | undefined;
};

/** Which statement dates an entity (see `Entity.time`), in order of precedence. */
export type EntityTimeSource =
  /** The point in time of a `participates_in` statement with the entity as object. */
  | 'PARTICIPATION'
  /** The entity's own time-valued statement (an event's point_in_time statement). */
  | 'POINT_IN_TIME'
  /** The point in time of a `published_in` statement with the entity as subject: a work's publication. */
  | 'PUBLISHED'
  /** The point in time of a `signed` statement with the entity as object: an agreement's signing. */
  | 'SIGNED'
  /** The point in time of a statement that names the entity as `via` (a visit: "Putin visited Kazakhstan" via his state visit). */
  | 'VIA';

/**
 * Filter on entities, in the shape of Neo4j GraphQL `where` inputs: every field given must hold
 * (implicit AND); `AND`, `OR` and `NOT` combine filters. Relationship filters (`statements`,
 * `memberOf`, `positions`, …) take `some`, `none` and `all`; `all` holds for an entity without any
 * such relation. Nesting is limited to 8 levels and 256 operators.
 */
export type EntityWhere = {
  readonly AND?: ReadonlyArray<EntityWhere> | null | undefined;
  readonly NOT?: EntityWhere | null | undefined;
  readonly OR?: ReadonlyArray<EntityWhere> | null | undefined;
  /** Matches when the canonical name, an alias or a lookup alias matches. */
  readonly anyName?: StringFilter | null | undefined;
  readonly description?: StringFilter | null | undefined;
  /** Exact entity ids (`country:kz`); an id that is no entity's is an UNKNOWN_ENTITY error. */
  readonly id?: IdFilter | null | undefined;
  /**
   * The entity named by this id or alias, resolved like `entity(id:)` (case, diacritics and
   * punctuation ignored): "OTS", "Tokaev". A name that matches no entity is an UNKNOWN_ENTITY error
   * naming this argument's path (`where.concerns.is`) and the closest entities, never an empty answer.
   */
  readonly is?: string | null | undefined;
  readonly kind?: EntityKindFilter | null | undefined;
  /** What the entity is a member of: member_of statements with the entity as subject, seen from it. */
  readonly memberOf?: RelatedEntityListFilter | null | undefined;
  /** Its members: member_of statements with the entity as object, seen from it. */
  readonly members?: RelatedEntityListFilter | null | undefined;
  /** Documents that mention the entity. */
  readonly mentionedIn?: DocumentListFilter | null | undefined;
  /** The canonical name. */
  readonly name?: StringFilter | null | undefined;
  /** Statements whose object is the entity. */
  readonly objectOf?: StatementListFilter | null | undefined;
  /** Positions the entity stated. */
  readonly positions?: PositionListFilter | null | undefined;
  /** Positions about the entity (as topic or in `about`). */
  readonly positionsAbout?: PositionListFilter | null | undefined;
  /** The number of distinct documents supporting statements or positions involving the entity. */
  readonly sourceCount?: IntFilter | null | undefined;
  /** The number of statements with this entity as subject or object. */
  readonly statementCount?: IntFilter | null | undefined;
  /** Statements the entity takes part in as subject or object. */
  readonly statements?: StatementListFilter | null | undefined;
  /** Statements whose subject is the entity. */
  readonly subjectOf?: StatementListFilter | null | undefined;
  /** The entity's `time` (an event's date, an agreement's signing…); the range rule is the TimeFilter's, and entities without a time match no range. */
  readonly time?: TimeFilter | null | undefined;
};

/** A relationship filter on evidence entries: `some` / `none` / `all` of them match. */
export type EvidenceListFilter = {
  readonly all?: EvidenceWhere | null | undefined;
  readonly none?: EvidenceWhere | null | undefined;
  readonly some?: EvidenceWhere | null | undefined;
};

/** Filter on one evidence entry: its document, its quote, the sentence around it. */
export type EvidenceWhere = {
  readonly document?: DocumentWhere | null | undefined;
  readonly quote?: StringFilter | null | undefined;
  readonly sentence?: StringFilter | null | undefined;
};

/** What an edge of the graph is: a statement (subject → object) or a position link (holder → topic or `about` entity). */
export type GraphEdgeKind =
  | 'POSITION'
  | 'STATEMENT';

/** Which way an edge points relative to a path. */
export type HopDirection =
  /** The edge points against the path: its subject (or holder) is the hop's `to`. */
  | 'BACKWARD'
  /** The edge points along the path: its subject (or holder) is the hop's `from`. */
  | 'FORWARD';

/** Operators on an id: exact, case-sensitive comparison. */
export type IdFilter = {
  readonly eq?: string | null | undefined;
  readonly in?: ReadonlyArray<string> | null | undefined;
};

/** Operators on a count. Every operator given must hold. */
export type IntFilter = {
  readonly eq?: number | null | undefined;
  readonly gt?: number | null | undefined;
  readonly gte?: number | null | undefined;
  readonly in?: ReadonlyArray<number> | null | undefined;
  readonly lt?: number | null | undefined;
  readonly lte?: number | null | undefined;
};

/** Polarity toward the topic (SemEval stance: FAVOR = POSITIVE, AGAINST = NEGATIVE, NONE = NEUTRAL). */
export type Polarity =
  | 'MIXED'
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

export type PolarityFilter = {
  readonly eq?: Polarity | null | undefined;
  readonly in?: ReadonlyArray<Polarity> | null | undefined;
};

/** What positions can be grouped and counted by. */
export type PositionGroupBy =
  /** The topic and every entity in `about` (a position counts once for each). */
  | 'CONCERNS'
  /** The documents that report it (a position counts once for each). */
  | 'DOCUMENT'
  /** Who stated it. */
  | 'HOLDER'
  /** The state or organization the holder spoke for (positions without one form the null group). */
  | 'ON_BEHALF_OF'
  /** POSITIVE, NEGATIVE, NEUTRAL or MIXED (keys are Polarity values). */
  | 'POLARITY'
  /** DIRECT or REPORTED (keys are Speech values). */
  | 'SPEECH'
  /** What the holder does: SUPPORTS, ASSESSES, COMMITS, … (keys are Stance values). */
  | 'STANCE'
  /** The main topic. */
  | 'TOPIC'
  /** The article, interview or event where it was said. */
  | 'VENUE'
  /** The year of its date (undated positions, and those whose year is not stated, form the null group). */
  | 'YEAR';

/** A relationship filter on a list of positions: `some` / `none` / `all` of them match. */
export type PositionListFilter = {
  readonly all?: PositionWhere | null | undefined;
  readonly none?: PositionWhere | null | undefined;
  readonly some?: PositionWhere | null | undefined;
};

/** One sort key of positions (exactly one field). Ties keep dataset order. */
export type PositionSort =
  {   /** By `date`: dated positions by their span, then those whose year is unknown (by month and day), then undated ones. */
  readonly date: SortDirection; readonly id?: never; readonly sourceCount?: never; }
  |  { readonly date?: never;   readonly id: SortDirection; readonly sourceCount?: never; }
  |  { readonly date?: never; readonly id?: never;   /** Number of distinct documents that report the position. */
  readonly sourceCount: SortDirection; };

/**
 * Filter on positions, in the shape of Neo4j GraphQL `where` inputs: every field given must hold;
 * `AND`, `OR` and `NOT` combine filters.
 */
export type PositionWhere = {
  readonly AND?: ReadonlyArray<PositionWhere> | null | undefined;
  readonly NOT?: PositionWhere | null | undefined;
  readonly OR?: ReadonlyArray<PositionWhere> | null | undefined;
  /** The other entities the position concerns. */
  readonly about?: EntityListFilter | null | undefined;
  /** Matches when the topic or any entity in `about` matches. */
  readonly concerns?: EntityWhere | null | undefined;
  /** When it was said; the range rule is the TimeFilter's (`--02-18`, year unknown, matches no range). */
  readonly date?: TimeFilter | null | undefined;
  /** The distinct documents that report it. */
  readonly documents?: DocumentListFilter | null | undefined;
  /** Its evidence entries (quotes). */
  readonly evidence?: EvidenceListFilter | null | undefined;
  readonly holder?: EntityWhere | null | undefined;
  readonly id?: IdFilter | null | undefined;
  readonly onBehalfOf?: EntityWhere | null | undefined;
  readonly polarity?: PolarityFilter | null | undefined;
  /** Number of distinct documents that report it. */
  readonly sourceCount?: IntFilter | null | undefined;
  readonly speech?: SpeechFilter | null | undefined;
  readonly stance?: StanceFilter | null | undefined;
  readonly summary?: StringFilter | null | undefined;
  /** The main topic only. */
  readonly topic?: EntityWhere | null | undefined;
  readonly venue?: EntityWhere | null | undefined;
};

/** Filter on a statement's qualifiers. `areas` matches when any area matches. */
export type QualifiersWhere = {
  readonly areas?: StringFilter | null | undefined;
  readonly characterization?: StringFilter | null | undefined;
  readonly counterpart?: EntityWhere | null | undefined;
  readonly end?: TimeFilter | null | undefined;
  readonly location?: EntityWhere | null | undefined;
  readonly note?: StringFilter | null | undefined;
  readonly pointInTime?: TimeFilter | null | undefined;
  readonly role?: StringFilter | null | undefined;
  readonly start?: TimeFilter | null | undefined;
  readonly via?: EntityWhere | null | undefined;
};

/** How a time must relate to the range [from, to] of a TimeFilter. */
export type RangeMatch =
  /**
   * The time may fall in the range: its span [earliest, latest] overlaps [from, to]. A time with
   * precision YEAR 2024 overlaps 2024-06..2024-07.
   */
  | 'OVERLAPS'
  /** The time certainly falls in the range: its whole span lies inside [from, to]. */
  | 'WITHIN';

/** A relationship filter on relations: `some` / `none` / `all` of them match. */
export type RelatedEntityListFilter = {
  readonly all?: RelatedEntityWhere | null | undefined;
  readonly none?: RelatedEntityWhere | null | undefined;
  readonly some?: RelatedEntityWhere | null | undefined;
};

/**
 * Filter on one relation statement seen from an entity (e.g. a member_of statement): the entity on
 * the other side and the statement's qualifiers.
 */
export type RelatedEntityWhere = {
  readonly end?: TimeFilter | null | undefined;
  readonly entity?: EntityWhere | null | undefined;
  readonly pointInTime?: TimeFilter | null | undefined;
  readonly role?: StringFilter | null | undefined;
  readonly start?: TimeFilter | null | undefined;
};

/** Where `b` stands in a statement, seen from `a`. */
export type RelationshipDirection =
  /** A symmetric predicate (spoke with, bilateral relations): either way round. */
  | 'BOTH'
  /** `b` is the subject, `a` the object. */
  | 'IN'
  /** `a` is the subject, `b` the object. */
  | 'OUT'
  /** One is the subject and the other is named in a qualifier (counterpart, location, via). */
  | 'QUALIFIER';

/** An indexed field. */
export type SearchField =
  /** Entity: the surface forms the documents use. */
  | 'ALIASES'
  /** Entity: description. */
  | 'DESCRIPTION'
  /** Entity: forms accepted for lookups (acronyms, other spellings). */
  | 'LOOKUP_ALIASES'
  /** Document: outlet, author and genre. */
  | 'METADATA'
  /** Entity: canonical name. */
  | 'NAME'
  /** Statement: role, characterization, note and areas qualifiers. */
  | 'QUALIFIERS'
  /** Statement or position: the verbatim evidence quotes. */
  | 'QUOTES'
  /** Position: summary. */
  | 'SUMMARY'
  /** Document: full text. */
  | 'TEXT'
  /** Document: title. */
  | 'TITLE'
  /** Statement: a literal string value. */
  | 'VALUE';

export type SearchResultType =
  | 'DOCUMENT'
  | 'ENTITY'
  | 'POSITION'
  | 'STATEMENT';

/**
 * Sort order of one sort key. Lists are sorted by their `sort` keys in order; items that tie on
 * every key keep the list's default order (dataset order), so sorting is deterministic. Items
 * without a value for a key (no date, no name) come last in both directions.
 */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** DIRECT: the holder's own words. REPORTED: an outlet's paraphrase. */
export type Speech =
  | 'DIRECT'
  | 'REPORTED';

export type SpeechFilter = {
  readonly eq?: Speech | null | undefined;
  readonly in?: ReadonlyArray<Speech> | null | undefined;
};

export type Stance =
  | 'ASSESSES'
  | 'COMMITS'
  | 'EXPECTS'
  | 'HOPES'
  | 'OPPOSES'
  | 'PROPOSES'
  | 'REJECTS'
  | 'SUPPORTS';

export type StanceFilter = {
  readonly eq?: Stance | null | undefined;
  readonly in?: ReadonlyArray<Stance> | null | undefined;
};

/** Which statements of an entity: as subject, as object, either, or named in a qualifier. */
export type StatementDirection =
  | 'ANY'
  | 'BOTH'
  | 'IN'
  | 'OUT'
  | 'QUALIFIER';

/** What statements can be grouped and counted by. */
export type StatementGroupBy =
  /** The documents that support it (a statement counts once for each). */
  | 'DOCUMENT'
  /** The entity object (literal-valued statements form the null group). */
  | 'OBJECT'
  /** The object's kind (literal-valued statements form the null group). */
  | 'OBJECT_KIND'
  /** The predicate id (`member_of`); the label is the predicate's. */
  | 'PREDICATE'
  /** The subject entity. */
  | 'SUBJECT'
  /** The subject's kind (keys are EntityKind values). */
  | 'SUBJECT_KIND'
  /** The year of its `time` (undated statements, and those whose year is not stated, form the null group). */
  | 'YEAR';

/** A relationship filter on a list of statements: `some` / `none` / `all` of them match. */
export type StatementListFilter = {
  readonly all?: StatementWhere | null | undefined;
  readonly none?: StatementWhere | null | undefined;
  readonly some?: StatementWhere | null | undefined;
};

/** One sort key of statements (exactly one field). Ties keep dataset order. */
export type StatementSort =
  {   readonly id: SortDirection; readonly predicate?: never; readonly sourceCount?: never; readonly subjectName?: never; readonly time?: never; }
  |  { readonly id?: never;   readonly predicate: SortDirection; readonly sourceCount?: never; readonly subjectName?: never; readonly time?: never; }
  |  { readonly id?: never; readonly predicate?: never;   /** Number of distinct supporting documents. */
  readonly sourceCount: SortDirection; readonly subjectName?: never; readonly time?: never; }
  |  { readonly id?: never; readonly predicate?: never; readonly sourceCount?: never;   /** The subject's canonical name. */
  readonly subjectName: SortDirection; readonly time?: never; }
  |  { readonly id?: never; readonly predicate?: never; readonly sourceCount?: never; readonly subjectName?: never;   /** By `time`: dated statements by their span (earliest, then latest day), then those whose year is unknown (by month and day), then undated ones. */
  readonly time: SortDirection; };

/** Which time of a statement a timeline item shows. */
export type StatementTimeRole =
  | 'END'
  | 'POINT_IN_TIME'
  | 'START'
  /** The literal time value of a time-valued statement (e.g. an event's point_in_time). */
  | 'VALUE';

/**
 * Filter on statements, in the shape of Neo4j GraphQL `where` inputs: every field given must hold;
 * `AND`, `OR` and `NOT` combine filters. Entity fields that are null (the object of a
 * literal-valued statement) match no entity filter.
 */
export type StatementWhere = {
  readonly AND?: ReadonlyArray<StatementWhere> | null | undefined;
  readonly NOT?: StatementWhere | null | undefined;
  readonly OR?: ReadonlyArray<StatementWhere> | null | undefined;
  /** The distinct documents supporting the statement. */
  readonly documents?: DocumentListFilter | null | undefined;
  /** The statement's evidence entries. */
  readonly evidence?: EvidenceListFilter | null | undefined;
  /** True: statements with an entity object; false: literal-valued statements. */
  readonly hasObject?: boolean | null | undefined;
  readonly id?: IdFilter | null | undefined;
  /** True: inferred statements only (`Statement.inferred` is set); false: stated ones only. */
  readonly inferred?: boolean | null | undefined;
  /** Matches when the subject, the object or an entity named in a qualifier matches. */
  readonly involves?: EntityWhere | null | undefined;
  readonly object?: EntityWhere | null | undefined;
  /** The state an office-holder acted for in the statement (`Statement.onBehalfOf`). */
  readonly onBehalfOf?: EntityWhere | null | undefined;
  /** The predicate id: `member_of`, `holds_office`, …; an id that is not in the vocabulary is a BAD_USER_INPUT error, not an empty answer. */
  readonly predicate?: IdFilter | null | undefined;
  readonly qualifiers?: QualifiersWhere | null | undefined;
  /** Number of distinct supporting documents. */
  readonly sourceCount?: IntFilter | null | undefined;
  readonly subject?: EntityWhere | null | undefined;
  /** The statement's date (see `Statement.time`); the range rule is the TimeFilter's. */
  readonly time?: TimeFilter | null | undefined;
};

/**
 * Operators on a string field, in the shape of Neo4j GraphQL `where` inputs. Every operator given
 * must hold. `eq` and `in` compare exactly; `contains` and `startsWith` ignore case and diacritics
 * ("tokaev" matches "Tokáev"). A null field matches no operator.
 */
export type StringFilter = {
  readonly contains?: string | null | undefined;
  readonly eq?: string | null | undefined;
  readonly in?: ReadonlyArray<string> | null | undefined;
  readonly startsWith?: string | null | undefined;
};

/**
 * Operators on a time (TimeValue), which has a precision: `2024` spans 2024-01-01..2024-12-31,
 * `2024-11` a month, `1990s` a decade.
 *
 * Range rule: `from` and `to` are dates of the form YYYY, YYYY-MM, YYYY-MM-DD or YYY0s; `from` stands
 * for its earliest day and `to` for its latest day, both inclusive, either may be omitted. With
 * `match: OVERLAPS` (default) a time matches when its span overlaps [from, to]; with `WITHIN` when
 * its span lies inside it. A time whose year is unknown (precision MONTH_DAY or MONTH_ONLY, e.g.
 * `--01-22`) never matches a range, and neither does a missing time. A malformed date, a year-less
 * bound or `from` after `to` is a BAD_USER_INPUT error.
 *
 * The other operators: `exists` (the time is given, or not), `yearKnown` (the year is stated or
 * inferred), `precision`, `inferred` (the time is inferred rather than stated). Every operator given
 * must hold.
 */
export type TimeFilter = {
  readonly exists?: boolean | null | undefined;
  readonly from?: string | null | undefined;
  readonly inferred?: boolean | null | undefined;
  readonly match?: RangeMatch | null | undefined;
  readonly precision?: TimePrecisionFilter | null | undefined;
  readonly to?: string | null | undefined;
  readonly yearKnown?: boolean | null | undefined;
};

/** How precisely a time is known. MONTH_DAY and MONTH_ONLY: the year is not stated. */
export type TimePrecision =
  | 'DAY'
  | 'DECADE'
  | 'MONTH'
  | 'MONTH_DAY'
  | 'MONTH_ONLY'
  | 'YEAR';

export type TimePrecisionFilter = {
  readonly eq?: TimePrecision | null | undefined;
  readonly in?: ReadonlyArray<TimePrecision> | null | undefined;
};

export type DatasetInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetInfoQuery = { readonly dataset: { readonly version: string, readonly entityCount: number, readonly statementCount: number, readonly positionCount: number, readonly documentCount: number, readonly mentionCount: number } };

export type DocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DocumentsQuery = { readonly documents: ReadonlyArray<{ readonly id: string, readonly file: string, readonly sha256: string, readonly length: number, readonly paragraphCount: number, readonly title: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly outlet: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly author: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly published: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly publishedTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly url: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly sourceUrl: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly language: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly genre: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly reports:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null }> };

export type DocumentByIdQueryVariables = Exact<{
  id: string;
}>;


export type DocumentByIdQuery = { readonly document: { readonly text: string, readonly id: string, readonly file: string, readonly sha256: string, readonly length: number, readonly paragraphCount: number, readonly title: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly outlet: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly author: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly published: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly publishedTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly url: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly sourceUrl: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly language: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly genre: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly reports:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null } | null };

export type EntityByAliasQueryVariables = Exact<{
  alias: string;
}>;


export type EntityByAliasQuery = { readonly entity:
    | { readonly __typename: 'Agreement', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Company', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Country', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Event', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Office', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Organization', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Outlet', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Person', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Place', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Project', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Region', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Territory', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Topic', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
    | { readonly __typename: 'Work', readonly aliases: ReadonlyArray<string>, readonly lookupAliases: ReadonlyArray<string>, readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string, readonly attributes: ReadonlyArray<{ readonly key: string, readonly value: string }> }
   | null };

export type EntityRelationsQueryVariables = Exact<{
  alias: string;
  direction?: StatementDirection | null | undefined;
  predicates?: ReadonlyArray<string> | string | null | undefined;
}>;


export type EntityRelationsQuery = { readonly entity:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
   | null };

export type EntityPositionsQueryVariables = Exact<{
  alias: string;
}>;


export type EntityPositionsQuery = { readonly entity:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly positionsAbout: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
   | null };

export type EntityMentionsQueryVariables = Exact<{
  alias: string;
}>;


export type EntityMentionsQuery = { readonly entity:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly mentions: ReadonlyArray<{ readonly alias: string, readonly start: number, readonly end: number, readonly paragraph: number, readonly document: { readonly id: string } }>, readonly mentionedIn: ReadonlyArray<{ readonly id: string }>, readonly supportedBy: ReadonlyArray<{ readonly id: string }> }
   | null };

export type EntitiesQueryVariables = Exact<{
  kind?: EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EntitiesQuery = { readonly entities: { readonly totalCount: number, readonly nodes: ReadonlyArray<
      | { readonly __typename: 'Agreement', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly description: string | null, readonly id: string, readonly kind: EntityKind, readonly name: string }
    >, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type ExplorerDatasetQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDatasetQuery = { readonly dataset: { readonly version: string, readonly entityCount: number, readonly statementCount: number, readonly positionCount: number, readonly documentCount: number } };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type ExplorerSearchQuery = { readonly search: ReadonlyArray<
    | { readonly score: number }
    | { readonly score: number, readonly entity:
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
       }
    | { readonly score: number }
    | { readonly score: number }
  > };

type ExplorerNode_Agreement_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Company_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Country_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Event_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Office_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Organization_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Outlet_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Person_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Place_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Project_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Region_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Territory_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Topic_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

type ExplorerNode_Work_Fragment = { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number };

export type ExplorerNodeFragment =
  | ExplorerNode_Agreement_Fragment
  | ExplorerNode_Company_Fragment
  | ExplorerNode_Country_Fragment
  | ExplorerNode_Event_Fragment
  | ExplorerNode_Office_Fragment
  | ExplorerNode_Organization_Fragment
  | ExplorerNode_Outlet_Fragment
  | ExplorerNode_Person_Fragment
  | ExplorerNode_Place_Fragment
  | ExplorerNode_Project_Fragment
  | ExplorerNode_Region_Fragment
  | ExplorerNode_Territory_Fragment
  | ExplorerNode_Topic_Fragment
  | ExplorerNode_Work_Fragment
;

export type ExplorerEdgeFragment = { readonly id: string, readonly kind: GraphEdgeKind, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
  , readonly target:
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
    | { readonly id: string }
  , readonly statement: { readonly id: string, readonly sourceCount: number, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null, readonly position: { readonly id: string, readonly stance: Stance, readonly sourceCount: number, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  entity: string;
  limit?: number | null | undefined;
  includePositions?: boolean | null | undefined;
  predicates?: ReadonlyArray<string> | string | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { readonly egoNetwork: { readonly truncated: boolean, readonly edgesTruncated: boolean, readonly center:
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
    , readonly nodes: ReadonlyArray<{ readonly distance: number, readonly entity:
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
        | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
       }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly kind: GraphEdgeKind, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly target:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly statement: { readonly id: string, readonly sourceCount: number, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null, readonly position: { readonly id: string, readonly stance: Stance, readonly sourceCount: number, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null }> } | null };

export type ExplorerEvidenceFragment = { readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly sentenceStart: number, readonly sentenceEnd: number, readonly document: { readonly id: string, readonly title: { readonly value: string } | null, readonly outlet: { readonly value: string } | null, readonly published: { readonly value: string } | null } };

export type ExplorerStatementQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerStatementQuery = { readonly statement: { readonly id: string, readonly sourceCount: number, readonly subject:
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
    , readonly predicate: { readonly label: string }, readonly object:
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
     | null, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly sentenceStart: number, readonly sentenceEnd: number, readonly document: { readonly id: string, readonly title: { readonly value: string } | null, readonly outlet: { readonly value: string } | null, readonly published: { readonly value: string } | null } }> } | null };

export type ExplorerPositionQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerPositionQuery = { readonly position: { readonly id: string, readonly stance: Stance, readonly summary: string, readonly sourceCount: number, readonly holder:
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
    , readonly topic:
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
      | { readonly id: string, readonly name: string }
    , readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly sentenceStart: number, readonly sentenceEnd: number, readonly document: { readonly id: string, readonly title: { readonly value: string } | null, readonly outlet: { readonly value: string } | null, readonly published: { readonly value: string } | null } }> } | null };

export type ExplorerEntityQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerEntityQuery = { readonly entity:
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
    | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly aliases: ReadonlyArray<string>, readonly description: string | null, readonly statementCount: number, readonly sourceCount: number, readonly outgoing: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly incoming: ReadonlyArray<{ readonly label: string, readonly direction: StatementDirection, readonly statement: { readonly id: string }, readonly other:
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
          | { readonly id: string, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string }
         | null }>, readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly summary: string, readonly topic:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         }> }
   | null };

export type ExplorerDocumentQueryVariables = Exact<{
  id: string;
}>;


export type ExplorerDocumentQuery = { readonly document: { readonly id: string, readonly text: string, readonly title: { readonly value: string } | null, readonly outlet: { readonly value: string } | null, readonly published: { readonly value: string } | null, readonly annotations: ReadonlyArray<{ readonly evidence: { readonly start: number, readonly end: number }, readonly statement: { readonly id: string, readonly subject:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
        , readonly predicate: { readonly label: string }, readonly object:
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
          | { readonly name: string }
         | null } | null, readonly position: { readonly id: string, readonly stance: Stance, readonly summary: string } | null }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { readonly paths: ReadonlyArray<{ readonly length: number, readonly nodes: ReadonlyArray<
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
      | { readonly id: string, readonly kind: EntityKind, readonly name: string, readonly statementCount: number }
    >, readonly hops: ReadonlyArray<{ readonly from:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly to:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly links: ReadonlyArray<{ readonly direction: HopDirection, readonly edge: { readonly id: string, readonly kind: GraphEdgeKind, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly sentence: string, readonly document: { readonly id: string } }>, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
          , readonly target:
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
            | { readonly id: string }
          , readonly statement: { readonly id: string, readonly sourceCount: number, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null, readonly position: { readonly id: string, readonly stance: Stance, readonly sourceCount: number, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } | null } }> }> }> };

export type ExplorerTimelineQueryVariables = Exact<{
  entity: string;
}>;


export type ExplorerTimelineQuery = { readonly timeline: { readonly items: ReadonlyArray<
      | { readonly yearKnown: boolean, readonly position: { readonly id: string, readonly stance: Stance, readonly summary: string }, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } }
      | { readonly role: StatementTimeRole, readonly yearKnown: boolean, readonly statement: { readonly id: string, readonly subject:
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
          , readonly predicate: { readonly label: string }, readonly object:
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
           | null }, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } }
    > } | null };

type EntityRef_Agreement_Fragment = { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Company_Fragment = { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Country_Fragment = { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Event_Fragment = { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Office_Fragment = { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Organization_Fragment = { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Outlet_Fragment = { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Person_Fragment = { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Place_Fragment = { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Project_Fragment = { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Region_Fragment = { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Territory_Fragment = { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Topic_Fragment = { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string };

type EntityRef_Work_Fragment = { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string };

export type EntityRefFragment =
  | EntityRef_Agreement_Fragment
  | EntityRef_Company_Fragment
  | EntityRef_Country_Fragment
  | EntityRef_Event_Fragment
  | EntityRef_Office_Fragment
  | EntityRef_Organization_Fragment
  | EntityRef_Outlet_Fragment
  | EntityRef_Person_Fragment
  | EntityRef_Place_Fragment
  | EntityRef_Project_Fragment
  | EntityRef_Region_Fragment
  | EntityRef_Territory_Fragment
  | EntityRef_Topic_Fragment
  | EntityRef_Work_Fragment
;

export type TimeFieldsFragment = { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null };

export type EvidenceFieldsFragment = { readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } };

export type StatementFieldsFragment = { readonly id: string, readonly subject:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
   | null, readonly value:
    | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
    | { readonly __typename: 'StringValue', readonly text: string }
    | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
   | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null, readonly counterpart:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null, readonly via:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> };

export type PositionFieldsFragment = { readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  , readonly onBehalfOf:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
   | null, readonly topic:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  , readonly about: ReadonlyArray<
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  >, readonly venue:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
   | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> };

export type MetaFieldFieldsFragment = { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null };

export type DocumentFieldsFragment = { readonly id: string, readonly file: string, readonly sha256: string, readonly length: number, readonly paragraphCount: number, readonly title: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly outlet: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly author: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly published: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly publishedTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly url: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly sourceUrl: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly language: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly genre: { readonly value: string, readonly inferred: string | null, readonly evidence: { readonly quote: string, readonly start: number, readonly end: number } | null } | null, readonly reports:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
   | null };

export type GraphEdgeFieldsFragment = { readonly id: string, readonly kind: GraphEdgeKind, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  , readonly target:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
  , readonly statement: { readonly id: string } | null, readonly position: { readonly id: string, readonly stance: Stance } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> };

export type TimeSpanFieldsFragment = { readonly datedCount: number, readonly yearUnknownCount: number, readonly undatedCount: number, readonly earliest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly latest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null };

export type GroupCountFieldsFragment = { readonly key: string | null, readonly label: string | null, readonly count: number, readonly entity:
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
    | { readonly id: string, readonly kind: EntityKind }
   | null, readonly document: { readonly id: string } | null };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  includePositions?: boolean | null | undefined;
}>;


export type ShortestPathQuery = { readonly path: { readonly length: number, readonly nodes: ReadonlyArray<
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    >, readonly hops: ReadonlyArray<{ readonly from:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly to:
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
        | { readonly id: string }
      , readonly links: ReadonlyArray<{ readonly direction: HopDirection, readonly edge: { readonly id: string, readonly kind: GraphEdgeKind, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
          , readonly target:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
          , readonly statement: { readonly id: string } | null, readonly position: { readonly id: string, readonly stance: Stance } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } }> }> } | null };

export type EgoNetworkQueryVariables = Exact<{
  entity: string;
  depth?: number | null | undefined;
  includePositions?: boolean | null | undefined;
  limit?: number | null | undefined;
}>;


export type EgoNetworkQuery = { readonly egoNetwork: { readonly depth: number, readonly truncated: boolean, readonly center:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly nodes: ReadonlyArray<{ readonly distance: number, readonly entity:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       }>, readonly edges: ReadonlyArray<{ readonly id: string, readonly kind: GraphEdgeKind, readonly predicate: { readonly id: string, readonly label: string } | null, readonly source:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly target:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly statement: { readonly id: string } | null, readonly position: { readonly id: string, readonly stance: Stance } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> } | null };

export type TimelineQueryVariables = Exact<{
  entity: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TimelineQuery = { readonly timeline: { readonly entity:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly items: ReadonlyArray<
      | { readonly __typename: 'PositionTimelineItem', readonly yearKnown: boolean, readonly position: { readonly id: string, readonly stance: Stance, readonly summary: string }, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } }
      | { readonly __typename: 'StatementTimelineItem', readonly yearKnown: boolean, readonly statement: { readonly id: string, readonly predicate: { readonly label: string }, readonly subject:
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
          , readonly object:
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
            | { readonly name: string }
           | null }, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } }
    > } | null };

export type ProvenanceQueryVariables = Exact<{
  id: string;
}>;


export type ProvenanceQuery = { readonly provenance: { readonly sourceCount: number, readonly singleSource: boolean, readonly sources: ReadonlyArray<{ readonly document: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> } | null };

export type SearchQueryVariables = Exact<{
  query: string;
  types?: ReadonlyArray<SearchResultType> | SearchResultType | null | undefined;
  kinds?: ReadonlyArray<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
}>;


export type SearchQuery = { readonly search: ReadonlyArray<
    | { readonly __typename: 'DocumentHit', readonly score: number, readonly document: { readonly id: string }, readonly matches: ReadonlyArray<{ readonly field: SearchField, readonly terms: ReadonlyArray<string> }> }
    | { readonly __typename: 'EntityHit', readonly score: number, readonly entity:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly matches: ReadonlyArray<{ readonly field: SearchField, readonly terms: ReadonlyArray<string> }> }
    | { readonly __typename: 'PositionHit', readonly score: number, readonly position: { readonly id: string, readonly summary: string }, readonly matches: ReadonlyArray<{ readonly field: SearchField, readonly terms: ReadonlyArray<string> }> }
    | { readonly __typename: 'StatementHit', readonly score: number, readonly statement: { readonly id: string, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly document: { readonly id: string } }> }, readonly matches: ReadonlyArray<{ readonly field: SearchField, readonly terms: ReadonlyArray<string> }> }
  > };

export type StatementsQueryVariables = Exact<{
  where?: StatementWhere | null | undefined;
  sort?: ReadonlyArray<StatementSort> | StatementSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type StatementsQuery = { readonly statements: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly subject:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null, readonly value:
        | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
        | { readonly __typename: 'StringValue', readonly text: string }
        | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
       | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly counterpart:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly via:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type PositionsQueryVariables = Exact<{
  where?: PositionWhere | null | undefined;
  sort?: ReadonlyArray<PositionSort> | PositionSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PositionsQuery = { readonly positions: { readonly totalCount: number, readonly nodes: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly onBehalfOf:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null, readonly topic:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly about: ReadonlyArray<
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      >, readonly venue:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }>, readonly pageInfo: { readonly hasNextPage: boolean, readonly endCursor: string | null } } };

export type RelationshipQueryVariables = Exact<{
  a: string;
  b: string;
}>;


export type RelationshipQuery = { readonly relationship: { readonly statementCount: number, readonly positionCount: number, readonly a:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly b:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly byPredicate: ReadonlyArray<{ readonly direction: RelationshipDirection, readonly label: string, readonly count: number, readonly sourceCount: number, readonly predicate: { readonly id: string, readonly label: string }, readonly statements: ReadonlyArray<{ readonly id: string, readonly subject:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly value:
          | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
          | { readonly __typename: 'StringValue', readonly text: string }
          | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
         | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly counterpart:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null, readonly via:
            | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
            | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
           | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }>, readonly byTopic: ReadonlyArray<{ readonly count: number, readonly sourceCount: number, readonly topic:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
      , readonly positions: ReadonlyArray<{ readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly onBehalfOf:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly topic:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly about: ReadonlyArray<
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        >, readonly venue:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
         | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }>, readonly documents: ReadonlyArray<{ readonly statementCount: number, readonly positionCount: number, readonly evidenceCount: number, readonly document: { readonly id: string, readonly title: { readonly value: string } | null } }>, readonly timeSpan: { readonly datedCount: number, readonly yearUnknownCount: number, readonly undatedCount: number, readonly earliest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly latest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } } };

export type PositionCountsQueryVariables = Exact<{
  where?: PositionWhere | null | undefined;
  by: PositionGroupBy;
  limit?: number | null | undefined;
}>;


export type PositionCountsQuery = { readonly positions: { readonly totalCount: number, readonly aggregate: { readonly count: number, readonly distinct: number, readonly groupBy: ReadonlyArray<{ readonly key: string | null, readonly label: string | null, readonly count: number, readonly entity:
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
         | null, readonly document: { readonly id: string } | null }>, readonly timeSpan: { readonly datedCount: number, readonly yearUnknownCount: number, readonly undatedCount: number, readonly earliest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly latest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } } } };

export type StatementCountsQueryVariables = Exact<{
  where?: StatementWhere | null | undefined;
  by: StatementGroupBy;
  limit?: number | null | undefined;
}>;


export type StatementCountsQuery = { readonly statements: { readonly totalCount: number, readonly aggregate: { readonly count: number, readonly distinct: number, readonly groupBy: ReadonlyArray<{ readonly key: string | null, readonly label: string | null, readonly count: number, readonly entity:
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
          | { readonly id: string, readonly kind: EntityKind }
         | null, readonly document: { readonly id: string } | null }>, readonly timeSpan: { readonly datedCount: number, readonly yearUnknownCount: number, readonly undatedCount: number, readonly earliest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly latest: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null } } } };

export type DatedEntitiesQueryVariables = Exact<{
  kind?: EntityKind | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type DatedEntitiesQuery = { readonly entities: { readonly totalCount: number, readonly nodes: ReadonlyArray<
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly time: { readonly value: string, readonly precision: TimePrecision, readonly yearKnown: boolean, readonly inferred: boolean, readonly reason: string | null, readonly source: EntityTimeSource, readonly role: StatementTimeRole, readonly statement: { readonly id: string }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null }
    >, readonly aggregate: { readonly groupBy: ReadonlyArray<{ readonly key: string | null, readonly count: number }> } } };

export type MembershipsQueryVariables = Exact<{
  alias: string;
  direction?: StatementDirection | null | undefined;
  predicates?: ReadonlyArray<string> | string | null | undefined;
}>;


export type MembershipsQuery = { readonly entity:
    | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
    | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string, readonly memberships: ReadonlyArray<{ readonly direction: StatementDirection, readonly label: string, readonly role: string | null, readonly sourceCount: number, readonly entity:
          | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
          | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
        , readonly predicate: { readonly id: string, readonly label: string }, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> }> }
   | null };

export type StatementByIdQueryVariables = Exact<{
  id: string;
}>;


export type StatementByIdQuery = { readonly statement: { readonly id: string, readonly subject:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly predicate: { readonly id: string, readonly label: string, readonly inverse: string, readonly symmetric: boolean, readonly wikidata: string | null }, readonly object:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null, readonly value:
      | { readonly __typename: 'Quantity', readonly amount: number, readonly unit: string, readonly comparator: Comparator }
      | { readonly __typename: 'StringValue', readonly text: string }
      | { readonly __typename: 'TimeValue', readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null }
     | null, readonly qualifiers: { readonly role: string | null, readonly characterization: string | null, readonly note: string | null, readonly areas: ReadonlyArray<string>, readonly pointInTime: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly start: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly end: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly location:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null, readonly counterpart:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null, readonly via:
        | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
        | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
       | null }, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null };

export type PositionByIdQueryVariables = Exact<{
  id: string;
}>;


export type PositionByIdQuery = { readonly position: { readonly id: string, readonly stance: Stance, readonly polarity: Polarity, readonly summary: string, readonly speech: Speech, readonly holder:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly onBehalfOf:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null, readonly topic:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    , readonly about: ReadonlyArray<
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
    >, readonly venue:
      | { readonly __typename: 'Agreement', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Company', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Country', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Event', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Office', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Organization', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Outlet', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Person', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Place', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Project', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Region', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Territory', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Topic', readonly id: string, readonly kind: EntityKind, readonly name: string }
      | { readonly __typename: 'Work', readonly id: string, readonly kind: EntityKind, readonly name: string }
     | null, readonly date: { readonly value: string, readonly precision: TimePrecision, readonly earliest: string | null, readonly latest: string | null, readonly inferred: string | null } | null, readonly evidence: ReadonlyArray<{ readonly quote: string, readonly exact: string, readonly start: number, readonly end: number, readonly sentence: string, readonly paragraph: number, readonly document: { readonly id: string } }> } | null };

export const ExplorerNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}}]} as unknown as DocumentNode<ExplorerNodeFragment, unknown>;
export const TimeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<TimeFieldsFragment, unknown>;
export const ExplorerEdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<ExplorerEdgeFragment, unknown>;
export const ExplorerEvidenceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceEnd"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEvidenceFragment, unknown>;
export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<StatementFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<PositionFieldsFragment, unknown>;
export const MetaFieldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<MetaFieldFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const GraphEdgeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<GraphEdgeFieldsFragment, unknown>;
export const TimeSpanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSpan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datedCount"}},{"kind":"Field","name":{"kind":"Name","value":"yearUnknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"undatedCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<TimeSpanFieldsFragment, unknown>;
export const GroupCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GroupCountFieldsFragment, unknown>;
export const DatasetInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}}]}}]} as unknown as DocumentNode<DatasetInfoQuery, DatasetInfoQueryVariables>;
export const DocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}}]} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}}]} as unknown as DocumentNode<DocumentByIdQuery, DocumentByIdQueryVariables>;
export const EntityByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"lookupAliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityByAliasQuery, EntityByAliasQueryVariables>;
export const EntityRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDirection"}},"defaultValue":{"kind":"EnumValue","value":"BOTH"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const EntityPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionsAbout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<EntityPositionsQuery, EntityPositionsQueryVariables>;
export const EntityMentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityMentions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentionedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityMentionsQuery, EntityMentionsQueryVariables>;
export const EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntitiesQuery, EntitiesQueryVariables>;
export const ExplorerDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}}]}}]}}]} as unknown as DocumentNode<ExplorerDatasetQuery, ExplorerDatasetQueryVariables>;
export const ExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ENTITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerNeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNeighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egoNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePositions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}},{"kind":"Argument","name":{"kind":"Name","value":"edgeLimit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"edgesTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEdge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerNeighbourhoodQuery, ExplorerNeighbourhoodQueryVariables>;
export const ExplorerStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvidence"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceEnd"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerStatementQuery, ExplorerStatementQueryVariables>;
export const ExplorerPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEvidence"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEvidence"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceStart"}},{"kind":"Field","name":{"kind":"Name","value":"sentenceEnd"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerPositionQuery, ExplorerPositionQueryVariables>;
export const ExplorerEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","alias":{"kind":"Name","value":"outgoing"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"incoming"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerDocumentQuery, ExplorerDocumentQueryVariables>;
export const ExplorerPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"4"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePositions"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerNode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerEdge"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerEdge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const ExplorerTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearKnown"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionTimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ShortestPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePositions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"edge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const EgoNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EgoNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"egoNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"includePositions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includePositions"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distance"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphEdgeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphEdgeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GraphEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<EgoNetworkQuery, EgoNetworkQueryVariables>;
export const TimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Timeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"yearKnown"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementTimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionTimelineItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<TimelineQuery, TimelineQueryVariables>;
export const ProvenanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Provenance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provenance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"singleSource"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<ProvenanceQuery, ProvenanceQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResultType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EntityHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatementHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PositionHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const StatementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<StatementsQuery, StatementsQueryVariables>;
export const PositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Positions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionSort"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<PositionsQuery, PositionsQueryVariables>;
export const RelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"byPredicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byTopic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSpan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeSpanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSpan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datedCount"}},{"kind":"Field","name":{"kind":"Name","value":"yearUnknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"undatedCount"}}]}}]} as unknown as DocumentNode<RelationshipQuery, RelationshipQueryVariables>;
export const PositionCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"distinct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}]},{"kind":"Field","name":{"kind":"Name","value":"groupBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSpan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeSpanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSpan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datedCount"}},{"kind":"Field","name":{"kind":"Name","value":"yearUnknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"undatedCount"}}]}}]} as unknown as DocumentNode<PositionCountsQuery, PositionCountsQueryVariables>;
export const StatementCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"distinct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}]},{"kind":"Field","name":{"kind":"Name","value":"groupBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeSpan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeSpanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeSpanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeSpan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earliest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datedCount"}},{"kind":"Field","name":{"kind":"Name","value":"yearUnknownCount"}},{"kind":"Field","name":{"kind":"Name","value":"undatedCount"}}]}}]} as unknown as DocumentNode<StatementCountsQuery, StatementCountsQueryVariables>;
export const DatedEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"time"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"exists"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"time"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"time"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"yearKnown"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"statement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"Argument","name":{"kind":"Name","value":"order"},"value":{"kind":"EnumValue","value":"KEY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<DatedEntitiesQuery, DatedEntitiesQueryVariables>;
export const MembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Memberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDirection"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<MembershipsQuery, MembershipsQueryVariables>;
export const StatementByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<StatementByIdQuery, StatementByIdQueryVariables>;
export const PositionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<PositionByIdQuery, PositionByIdQueryVariables>;