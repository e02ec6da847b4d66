/**
 * The immutable dataset model: what the loader produces from seeds/ and every later layer reads.
 * All objects are frozen after loading.
 */

/** The kinds of entity the graph knows. */
export const ENTITY_KINDS = [
  'person',
  'country',
  'territory',
  'region',
  'place',
  'organization',
  'company',
  'outlet',
  'agreement',
  'event',
  'project',
  'topic',
  'office',
  'work',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** How precisely a time is known. `monthDay`/`monthOnly` have no known year. */
export type TimePrecision = 'day' | 'month' | 'year' | 'decade' | 'monthDay' | 'monthOnly';

/** A time with its precision, as stated (or inferred, with the reason) in a source. */
export interface TimeValue {
  /** The time as written in the curated file: `2025-01-03`, `2024-11`, `1992`, `1990s`, `--01-22`. */
  readonly value: string;
  readonly precision: TimePrecision;
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Earliest ISO day the value can denote (null when the year is unknown). */
  readonly earliest: string | null;
  /** Latest ISO day the value can denote (null when the year is unknown). */
  readonly latest: string | null;
  /** Why the value is inferred rather than stated; null when the text states it. */
  readonly inferred: string | null;
  /**
   * The record the value is taken from when it is derived rather than stated in the fact's own
   * evidence: a statement id (its point in time, e.g. an article's publication date) or a document
   * id (its publication date). Null when the fact's own evidence states it (or it is inferred).
   */
  readonly derivedFrom: string | null;
}

/** A verbatim quote located in its document (W3C TextQuoteSelector + TextPositionSelector). */
export interface Evidence {
  readonly document: string;
  /** The quote as curated. */
  readonly quote: string;
  /** The document's text between start and end (may differ from `quote` in white space or typography). */
  readonly exact: string;
  /** Start offset in the document text (UTF-16 code units). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** Up to 32 characters of text before the quote. */
  readonly prefix: string;
  /** Up to 32 characters of text after the quote. */
  readonly suffix: string;
  /** The sentence (or sentences) containing the quote. */
  readonly sentence: string;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /** 0-based index of the paragraph the quote starts in. */
  readonly paragraph: number;
  /** How many times the quote occurs in the document. */
  readonly occurrences: number;
}

/** A metadata field of a document: stated (with its quote) or inferred (with a reason). */
export interface MetaField {
  readonly value: string;
  /** The located quote when stated; null when inferred. */
  readonly evidence: Evidence | null;
  readonly inferred: string | null;
}

/** A character range of a document. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A source document with its metadata and text. */
export interface DocumentRecord {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly title: MetaField | null;
  readonly outlet: MetaField | null;
  readonly author: MetaField | null;
  readonly published: MetaField | null;
  /** Time parsed from `published.value`. */
  readonly publishedTime: TimeValue | null;
  readonly url: MetaField | null;
  readonly sourceUrl: MetaField | null;
  readonly language: MetaField | null;
  readonly genre: MetaField | null;
  /** Entity id of the work (article, interview) the document reports on. */
  readonly reports: string | null;
  /** Non-empty paragraphs (blocks separated by blank lines). */
  readonly paragraphs: readonly TextRange[];
}

/** Where a curated entry was written. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number | null;
}

/** A person, country, organization, … */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  /** Surface forms used in the documents. */
  readonly aliases: readonly string[];
  /** Extra forms accepted for lookups only. */
  readonly lookupAliases: readonly string[];
  readonly description: string | null;
  readonly attributes: Readonly<Record<string, string>>;
  readonly source: SourceLocation;
}

/** The literal type of a predicate's value, for predicates without an entity object. */
export type ValueType = 'string' | 'quantity' | 'time';

/** An entry of the predicate vocabulary. */
export interface Predicate {
  readonly id: string;
  readonly label: string;
  readonly inverse: string;
  readonly description: string | null;
  readonly subjectKinds: readonly EntityKind[];
  readonly objectKinds: readonly EntityKind[];
  readonly valueType: ValueType | null;
  readonly symmetric: boolean;
  readonly wikidata: string | null;
}

export const COMPARATORS = ['exact', 'about', 'more_than', 'exceeded', 'reached', 'at_least', 'less_than'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** A literal value of a statement. */
export type StatementValue =
  | { readonly type: 'quantity'; readonly amount: number; readonly unit: string; readonly comparator: Comparator }
  | { readonly type: 'string'; readonly text: string }
  | { readonly type: 'time'; readonly time: TimeValue };

/** Wikidata-style qualifiers of a statement. */
export interface Qualifiers {
  readonly pointInTime: TimeValue | null;
  readonly start: TimeValue | null;
  readonly end: TimeValue | null;
  readonly role: string | null;
  readonly characterization: string | null;
  readonly note: string | null;
  readonly areas: readonly string[];
  readonly location: string | null;
  readonly counterpart: string | null;
  readonly via: string | null;
}

/** The state or organization an office-holder acted for, and how that is known. */
export interface OnBehalfOf {
  readonly entity: string;
  /** Why it is inferred (e.g. the person holds the office); null when an evidence sentence names it. */
  readonly inferred: string | null;
}

/** One relation (subject, predicate, object or value) with qualifiers and evidence. */
export interface Statement {
  readonly id: string;
  readonly subject: string;
  readonly predicate: string;
  readonly object: string | null;
  readonly value: StatementValue | null;
  readonly qualifiers: Qualifiers;
  /** For an act (signed, made, visited…) of an office-holder: the state they acted for. */
  readonly onBehalfOf: OnBehalfOf | null;
  /**
   * Why the statement is inferred rather than stated (e.g. a state's relation implied by its
   * president's act); null when its evidence states it.
   */
  readonly inferred: string | null;
  /** The statement or position an inferred statement is inferred from; null otherwise. */
  readonly inferredFrom: string | null;
  readonly evidence: readonly Evidence[];
  readonly source: SourceLocation;
}

export const STANCES = ['supports', 'opposes', 'proposes', 'commits', 'assesses', 'rejects', 'hopes', 'expects'] as const;
export type Stance = (typeof STANCES)[number];

export const POLARITIES = ['positive', 'negative', 'neutral', 'mixed'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const SPEECH_TYPES = ['direct', 'reported'] as const;
export type SpeechType = (typeof SPEECH_TYPES)[number];

/** A stated position: what a person said they think, want or will do. */
export interface Position {
  readonly id: string;
  readonly holder: string;
  readonly onBehalfOf: string | null;
  readonly topic: string;
  readonly about: readonly string[];
  readonly stance: Stance;
  readonly polarity: Polarity;
  readonly summary: string;
  readonly speech: SpeechType;
  readonly venue: string | null;
  readonly date: TimeValue | null;
  readonly evidence: readonly Evidence[];
  readonly source: SourceLocation;
}

/** An occurrence of an entity's alias in a document, computed by the loader. */
export interface Mention {
  readonly entity: string;
  readonly document: string;
  readonly alias: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
}

/** A paragraph the curators declare has no claim or opinion (a heading, share buttons, a caption). */
export interface ExcusedParagraph {
  readonly document: string;
  /** Paragraph index in the document. */
  readonly paragraph: number;
  readonly reason: string;
}

/** A capitalised name in the texts that deliberately links to no entity, with the reason. */
export interface ExcusedName {
  readonly name: string;
  readonly reason: string;
}

/** The whole validated dataset. */
export interface Dataset {
  /** `sha256:` + hex digest over every file of the dataset directory. */
  readonly version: string;
  /** Absolute path of the directory it was loaded from. */
  readonly directory: string;
  readonly documents: readonly DocumentRecord[];
  readonly entities: readonly Entity[];
  readonly predicates: readonly Predicate[];
  readonly statements: readonly Statement[];
  readonly positions: readonly Position[];
  readonly mentions: readonly Mention[];
  /** From coverage.yaml: paragraphs without claims, and names left unlinked, each with a reason. */
  readonly excusedParagraphs: readonly ExcusedParagraph[];
  readonly excusedNames: readonly ExcusedName[];
}
