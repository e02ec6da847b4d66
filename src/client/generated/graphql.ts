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

/** Polarity toward the topic (SemEval stance: FAVOR = POSITIVE, AGAINST = NEGATIVE, NONE = NEUTRAL). */
export type Polarity =
  | 'MIXED'
  | 'NEGATIVE'
  | 'NEUTRAL'
  | 'POSITIVE';

/** DIRECT: the holder's own words. REPORTED: an outlet's paraphrase. */
export type Speech =
  | 'DIRECT'
  | 'REPORTED';

export type Stance =
  | 'ASSESSES'
  | 'COMMITS'
  | 'EXPECTS'
  | 'HOPES'
  | 'OPPOSES'
  | 'PROPOSES'
  | 'REJECTS'
  | 'SUPPORTS';

/** Which statements of an entity: as subject, as object, either, or named in a qualifier. */
export type StatementDirection =
  | 'ANY'
  | 'BOTH'
  | 'IN'
  | 'OUT'
  | 'QUALIFIER';

/** How precisely a time is known. MONTH_DAY and MONTH_ONLY: the year is not stated. */
export type TimePrecision =
  | 'DAY'
  | 'DECADE'
  | 'MONTH'
  | 'MONTH_DAY'
  | 'MONTH_ONLY'
  | 'YEAR';

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

export const EntityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityRefFragment, unknown>;
export const TimeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}}]} as unknown as DocumentNode<TimeFieldsFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const StatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<StatementFieldsFragment, unknown>;
export const PositionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}}]} as unknown as DocumentNode<PositionFieldsFragment, unknown>;
export const MetaFieldFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]} as unknown as DocumentNode<MetaFieldFieldsFragment, unknown>;
export const DocumentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DocumentFieldsFragment, unknown>;
export const DatasetInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"statementCount"}},{"kind":"Field","name":{"kind":"Name","value":"positionCount"}},{"kind":"Field","name":{"kind":"Name","value":"documentCount"}},{"kind":"Field","name":{"kind":"Name","value":"mentionCount"}}]}}]}}]} as unknown as DocumentNode<DatasetInfoQuery, DatasetInfoQueryVariables>;
export const DocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}}]} as unknown as DocumentNode<DocumentsQuery, DocumentsQueryVariables>;
export const DocumentByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DocumentFields"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MetaFieldFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetaField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DocumentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"published"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"url"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceUrl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"genre"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MetaFieldFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphCount"}}]}}]} as unknown as DocumentNode<DocumentByIdQuery, DocumentByIdQueryVariables>;
export const EntityByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityByAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"lookupAliases"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"attributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityByAliasQuery, EntityByAliasQueryVariables>;
export const EntityRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatementDirection"}},"defaultValue":{"kind":"EnumValue","value":"BOTH"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicates"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicates"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const EntityPositionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPositions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positionsAbout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<EntityPositionsQuery, EntityPositionsQueryVariables>;
export const EntityMentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityMentions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"mentions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentionedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntityMentionsQuery, EntityMentionsQueryVariables>;
export const EntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<EntitiesQuery, EntitiesQueryVariables>;
export const StatementByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatementById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Statement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predicate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"inverse"}},{"kind":"Field","name":{"kind":"Name","value":"symmetric"}},{"kind":"Field","name":{"kind":"Name","value":"wikidata"}}]}},{"kind":"Field","name":{"kind":"Name","value":"object"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Quantity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"comparator"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StringValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointInTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"start"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"end"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"characterization"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"areas"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<StatementByIdQuery, StatementByIdQueryVariables>;
export const PositionByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PositionById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PositionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TimeValue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}},{"kind":"Field","name":{"kind":"Name","value":"earliest"}},{"kind":"Field","name":{"kind":"Name","value":"latest"}},{"kind":"Field","name":{"kind":"Name","value":"inferred"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PositionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Position"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onBehalfOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"about"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"polarity"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"speech"}},{"kind":"Field","name":{"kind":"Name","value":"venue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<PositionByIdQuery, PositionByIdQueryVariables>;