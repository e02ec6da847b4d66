import { z } from 'zod';
import { COMPARATORS, ENTITY_KINDS, POLARITIES, SPEECH_TYPES, STANCES } from './model.js';

/**
 * Shapes of the curated YAML entries, before references are checked. Objects are strict:
 * a misspelt key is an error, not a silently ignored field.
 */
const kindPattern = ENTITY_KINDS.join('|');
const entityIdSchema = z
  .string()
  .regex(new RegExp(`^(${kindPattern}):[a-z0-9]+(?:-[a-z0-9]+)*$`), 'must be <kind>:<slug> with a known kind and a kebab-case slug');
const prefixedId = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[a-z0-9]+(?:-[a-z0-9]+)*$`), `must be ${prefix}:<kebab-case-slug>`);
export const documentIdSchema = prefixedId('document');
/**
 * References, as distinct schema objects from the ids that declare: a dataset-specific JSON
 * Schema (`datasetJsonSchemas`) lists the known ids for references, never for declarations.
 */
export const entityRefSchema = entityIdSchema.meta({ description: 'The id of an entity of the dataset.' });
export const documentRefSchema = documentIdSchema.meta({ description: 'The id of a document in documents.yaml.' });
export const predicateRefSchema = z.string().meta({ description: 'The id of a predicate of vocabulary/*.yaml.' });
const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** A statement or document id: the record a derived time is taken from. */
const timeSourceId = z
  .string()
  .regex(/^(statement|document):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the id of a statement or a document (statement:… or document:…)');

const rawTimeSchema = z.union([
  z.string(),
  z.strictObject({ value: z.string(), inferred: nonEmpty.optional() }),
  z.strictObject({ derivedFrom: timeSourceId }),
]);
export type RawTime = z.infer<typeof rawTimeSchema>;

const rawEvidenceSchema = z.strictObject({
  document: documentRefSchema,
  quote: nonEmpty,
  occurrence: z.number().int().positive().optional(),
});

const rawMetaFieldSchema = z
  .union([z.strictObject({ value: nonEmpty, quote: nonEmpty }), z.strictObject({ value: nonEmpty, inferred: nonEmpty })])
  .nullable()
  .optional();

export const rawDocumentSchema = z.strictObject({
  id: documentIdSchema,
  file: z.string().regex(/^[^/\\]+\.txt$/, 'must be a .txt file name inside documents/'),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be the hex sha256 of the file')
    .optional()
    .meta({ description: 'sha256 of the file when it was added: the loader refuses a text that changed since.' }),
  title: rawMetaFieldSchema,
  outlet: rawMetaFieldSchema,
  author: rawMetaFieldSchema,
  published: rawMetaFieldSchema,
  url: rawMetaFieldSchema,
  sourceUrl: rawMetaFieldSchema,
  language: rawMetaFieldSchema,
  genre: rawMetaFieldSchema,
  reports: entityRefSchema.nullable().optional(),
});
/** An entry as rawDocumentSchema returns it. */
export type RawDocument = z.infer<typeof rawDocumentSchema>;

export const rawEntitySchema = z.strictObject({
  id: entityIdSchema,
  kind: z.enum(ENTITY_KINDS),
  name: nonEmpty,
  aliases: z.array(nonEmpty).min(1, 'needs at least one alias'),
  lookupAliases: z.array(nonEmpty).optional(),
  description: nonEmpty.nullable().optional(),
  attributes: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)).optional(),
});
/** An entry as rawEntitySchema returns it. */
export type RawEntity = z.infer<typeof rawEntitySchema>;

export const rawPredicateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
  label: nonEmpty,
  inverse: nonEmpty,
  description: nonEmpty.optional(),
  subject: z.array(z.enum(ENTITY_KINDS)).min(1),
  object: z.array(z.enum(ENTITY_KINDS)).optional(),
  value: z.enum(['string', 'quantity', 'time']).optional(),
  symmetric: z.boolean().optional(),
  wikidata: z
    .string()
    .regex(/^P\d+$/, 'must be a Wikidata property id like P463')
    .optional(),
});

const rawValueSchema = z.union([
  z.strictObject({ amount: z.number().finite(), unit: nonEmpty, comparator: z.enum(COMPARATORS).optional() }),
  z.strictObject({ text: nonEmpty }),
  z.strictObject({ time: rawTimeSchema }),
]);

const rawQualifiersSchema = z.strictObject({
  pointInTime: rawTimeSchema.optional(),
  start: rawTimeSchema.optional(),
  end: rawTimeSchema.optional(),
  role: nonEmpty.optional(),
  characterization: nonEmpty.optional(),
  note: nonEmpty.optional(),
  areas: z.array(nonEmpty).optional(),
  location: entityRefSchema.optional(),
  counterpart: entityRefSchema.optional(),
  via: entityRefSchema.optional(),
});

/** The state an office-holder acted for: named in the evidence (an id), or inferred with the reason. */
const rawOnBehalfOfSchema = z.union([entityIdSchema, z.strictObject({ entity: entityIdSchema, inferred: nonEmpty })]);
export type RawOnBehalfOf = z.infer<typeof rawOnBehalfOfSchema>;

export const rawStatementSchema = z.strictObject({
  id: prefixedId('statement'),
  subject: entityRefSchema,
  predicate: predicateRefSchema,
  object: entityRefSchema.optional(),
  value: rawValueSchema.optional(),
  qualifiers: rawQualifiersSchema.optional(),
  onBehalfOf: rawOnBehalfOfSchema.optional(),
  inferred: nonEmpty.optional(),
  inferredFrom: z
    .string()
    .regex(/^(statement|position):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the id of a statement or a position')
    .optional(),
  evidence: z.array(rawEvidenceSchema).min(1, 'needs at least one evidence entry'),
});
export type RawStatement = z.infer<typeof rawStatementSchema>;

export const rawPositionSchema = z.strictObject({
  id: prefixedId('position'),
  holder: entityRefSchema,
  onBehalfOf: entityRefSchema.nullable().optional(),
  topic: entityRefSchema,
  about: z.array(entityRefSchema).optional(),
  stance: z.enum(STANCES),
  polarity: z.enum(POLARITIES),
  summary: nonEmpty,
  speech: z.enum(SPEECH_TYPES),
  venue: entityRefSchema.nullable().optional(),
  date: rawTimeSchema.nullable().optional(),
  evidence: z.array(rawEvidenceSchema).min(1, 'needs at least one evidence entry'),
});
export type RawPosition = z.infer<typeof rawPositionSchema>;

/** An entry of coverage.yaml: a paragraph without claims (located by a quote), or a name left unlinked. */
export const rawCoverageNoteSchema = z.union([
  z.strictObject({ document: documentRefSchema, quote: nonEmpty, reason: nonEmpty, occurrence: z.number().int().positive().optional() }),
  z.strictObject({ name: nonEmpty, reason: nonEmpty }),
]);
