import type { EntityKind, Polarity, SpeechType, Stance, TimePrecision } from '../../dataset/model.js';

/**
 * Filter and sort inputs of the graph layer, in the shape of Neo4j GraphQL `where` inputs. They
 * mirror the GraphQL input types of schema/*.graphql (whose generated types are assignable to
 * these), but do not depend on GraphQL. Every field is optional; `null` and `undefined` both mean
 * "no constraint".
 */
type Opt<T> = T | null | undefined;

/** Exact (`eq`, `in`) and case- and diacritic-insensitive (`contains`, `startsWith`) string operators. */
export interface StringFilter {
  readonly eq?: Opt<string>;
  readonly in?: Opt<readonly string[]>;
  readonly contains?: Opt<string>;
  readonly startsWith?: Opt<string>;
}

/** Exact operators on an id, or on an enum value. */
export interface ValueFilter<T extends string = string> {
  readonly eq?: Opt<T>;
  readonly in?: Opt<readonly T[]>;
}

/** Comparison operators on a count. */
export interface IntFilter {
  readonly eq?: Opt<number>;
  readonly in?: Opt<readonly number[]>;
  readonly lt?: Opt<number>;
  readonly lte?: Opt<number>;
  readonly gt?: Opt<number>;
  readonly gte?: Opt<number>;
}

/** How a time must relate to a range: overlap it (may fall in it) or lie within it (certainly in it). */
export type RangeMatch = 'OVERLAPS' | 'WITHIN';

/** Operators on a time; see {@link compileTimeFilter} for the range rule. */
export interface TimeFilter {
  readonly from?: Opt<string>;
  readonly to?: Opt<string>;
  readonly match?: Opt<RangeMatch>;
  readonly exists?: Opt<boolean>;
  readonly yearKnown?: Opt<boolean>;
  readonly precision?: Opt<ValueFilter<TimePrecision>>;
  readonly inferred?: Opt<boolean>;
}

/** A relationship filter: `some`, `none` or `all` items of a list match (`all` holds for an empty list). */
export interface ListFilter<W> {
  readonly some?: Opt<W>;
  readonly none?: Opt<W>;
  readonly all?: Opt<W>;
}

/** Filter on entities. */
export interface EntityWhere {
  /** An id or alias, resolved like `resolveEntity`; an unknown name is an `UnknownEntityError`. */
  readonly is?: Opt<string>;
  /** Exact entity ids; an id that is no entity's is an `UnknownEntityError`. */
  readonly id?: Opt<ValueFilter>;
  readonly kind?: Opt<ValueFilter<EntityKind>>;
  readonly name?: Opt<StringFilter>;
  /** Canonical name, any alias or lookup alias. */
  readonly anyName?: Opt<StringFilter>;
  readonly description?: Opt<StringFilter>;
  readonly statementCount?: Opt<IntFilter>;
  readonly sourceCount?: Opt<IntFilter>;
  /** The entity's time (see `entityTime`): an event's date, an agreement's signing, … */
  readonly time?: Opt<TimeFilter>;
  readonly statements?: Opt<ListFilter<StatementWhere>>;
  readonly subjectOf?: Opt<ListFilter<StatementWhere>>;
  readonly objectOf?: Opt<ListFilter<StatementWhere>>;
  readonly memberOf?: Opt<ListFilter<RelatedEntityWhere>>;
  readonly members?: Opt<ListFilter<RelatedEntityWhere>>;
  readonly positions?: Opt<ListFilter<PositionWhere>>;
  readonly positionsAbout?: Opt<ListFilter<PositionWhere>>;
  readonly mentionedIn?: Opt<ListFilter<DocumentWhere>>;
  readonly AND?: Opt<readonly EntityWhere[]>;
  readonly OR?: Opt<readonly EntityWhere[]>;
  readonly NOT?: Opt<EntityWhere>;
}

/** Filter on one statement seen from an entity: the other entity and the statement's qualifiers. */
export interface RelatedEntityWhere {
  readonly entity?: Opt<EntityWhere>;
  readonly role?: Opt<StringFilter>;
  readonly pointInTime?: Opt<TimeFilter>;
  readonly start?: Opt<TimeFilter>;
  readonly end?: Opt<TimeFilter>;
}

/** Filter on a statement's qualifiers. */
export interface QualifiersWhere {
  readonly pointInTime?: Opt<TimeFilter>;
  readonly start?: Opt<TimeFilter>;
  readonly end?: Opt<TimeFilter>;
  readonly role?: Opt<StringFilter>;
  readonly characterization?: Opt<StringFilter>;
  readonly note?: Opt<StringFilter>;
  /** Matches when any area matches. */
  readonly areas?: Opt<StringFilter>;
  readonly location?: Opt<EntityWhere>;
  readonly counterpart?: Opt<EntityWhere>;
  readonly via?: Opt<EntityWhere>;
}

/** Filter on statements. */
export interface StatementWhere {
  readonly id?: Opt<ValueFilter>;
  readonly subject?: Opt<EntityWhere>;
  readonly predicate?: Opt<ValueFilter>;
  readonly object?: Opt<EntityWhere>;
  /** Subject, object or an entity named in a qualifier. */
  readonly involves?: Opt<EntityWhere>;
  readonly hasObject?: Opt<boolean>;
  /** The state an office-holder acted for (`Statement.onBehalfOf`). */
  readonly onBehalfOf?: Opt<EntityWhere>;
  /** True: inferred statements only; false: stated ones only. */
  readonly inferred?: Opt<boolean>;
  readonly qualifiers?: Opt<QualifiersWhere>;
  /** The statement's date, see `statementTime`. */
  readonly time?: Opt<TimeFilter>;
  readonly sourceCount?: Opt<IntFilter>;
  readonly documents?: Opt<ListFilter<DocumentWhere>>;
  readonly evidence?: Opt<ListFilter<EvidenceWhere>>;
  readonly AND?: Opt<readonly StatementWhere[]>;
  readonly OR?: Opt<readonly StatementWhere[]>;
  readonly NOT?: Opt<StatementWhere>;
}

/** Filter on positions. */
export interface PositionWhere {
  readonly id?: Opt<ValueFilter>;
  readonly holder?: Opt<EntityWhere>;
  readonly onBehalfOf?: Opt<EntityWhere>;
  readonly topic?: Opt<EntityWhere>;
  readonly about?: Opt<ListFilter<EntityWhere>>;
  /** The topic or any entity in `about`. */
  readonly concerns?: Opt<EntityWhere>;
  readonly stance?: Opt<ValueFilter<Stance>>;
  readonly polarity?: Opt<ValueFilter<Polarity>>;
  readonly speech?: Opt<ValueFilter<SpeechType>>;
  readonly summary?: Opt<StringFilter>;
  readonly venue?: Opt<EntityWhere>;
  readonly date?: Opt<TimeFilter>;
  readonly sourceCount?: Opt<IntFilter>;
  readonly documents?: Opt<ListFilter<DocumentWhere>>;
  readonly evidence?: Opt<ListFilter<EvidenceWhere>>;
  readonly AND?: Opt<readonly PositionWhere[]>;
  readonly OR?: Opt<readonly PositionWhere[]>;
  readonly NOT?: Opt<PositionWhere>;
}

/** Filter on documents (metadata fields filter on their value). */
export interface DocumentWhere {
  readonly id?: Opt<ValueFilter>;
  readonly title?: Opt<StringFilter>;
  readonly outlet?: Opt<StringFilter>;
  readonly author?: Opt<StringFilter>;
  readonly language?: Opt<StringFilter>;
  readonly genre?: Opt<StringFilter>;
  readonly published?: Opt<TimeFilter>;
  readonly text?: Opt<StringFilter>;
  readonly mentions?: Opt<ListFilter<EntityWhere>>;
  readonly AND?: Opt<readonly DocumentWhere[]>;
  readonly OR?: Opt<readonly DocumentWhere[]>;
  readonly NOT?: Opt<DocumentWhere>;
}

/** Filter on one evidence entry. */
export interface EvidenceWhere {
  readonly document?: Opt<DocumentWhere>;
  readonly quote?: Opt<StringFilter>;
  readonly sentence?: Opt<StringFilter>;
}

/** Sort order of one key. */
export type SortDirection = 'ASC' | 'DESC';

/** One sort key: an object with exactly one field set (a GraphQL `@oneOf` input). */
export type SortKey<K extends string> = { readonly [P in K]?: Opt<SortDirection> };

export type EntitySortField = 'id' | 'name' | 'kind' | 'statementCount' | 'sourceCount' | 'mentionCount' | 'positionCount' | 'time';
export type StatementSortField = 'id' | 'time' | 'sourceCount' | 'predicate' | 'subjectName';
export type PositionSortField = 'id' | 'date' | 'sourceCount';
export type DocumentSortField = 'id' | 'published' | 'title';
