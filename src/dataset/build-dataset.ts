import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { DatasetError, type DatasetIssue } from '../errors.js';
import { computeMentions } from './compute-mentions.js';
import { deepFreeze } from './deep-freeze.js';
import { checkEntityYears } from './check-entity-years.js';
import { checkStatementTimes } from './check-statement-times.js';
import { derivedTime, unearnedTime } from './earned-time.js';
import { DuplicateStatements } from './duplicate-statements.js';
import { namesEntity } from './names-entity.js';
import { timeFromSource } from './time-source.js';
import { explainShapeIssues } from './diagnostics/explain-shape-issues.js';
import { looseReferences } from './diagnostics/loose-references.js';
import { didYouMean } from './diagnostics/nearest-names.js';
import { ReferenceHints } from './diagnostics/reference-hints.js';
import { fastRawPosition, fastRawStatement } from './fast-raw-entries.js';
import { findAliasOccurrences } from './find-alias-occurrences.js';
import { locateQuote, type SearchableDocument } from './locate-quote.js';
import type {
  Dataset,
  DocumentRecord,
  Entity,
  Evidence,
  ExcusedName,
  ExcusedParagraph,
  MetaField,
  OnBehalfOf,
  Position,
  Predicate,
  Qualifiers,
  SourceLocation,
  Statement,
  StatementValue,
  TimeValue,
} from './model.js';
import { normalizeAlias } from './normalize-alias.js';
import { normalizeQuote, normalizeText } from './normalized-text.js';
import { parseTime } from './parse-time.js';
import {
  rawCoverageNoteSchema,
  rawDocumentSchema,
  rawEntitySchema,
  rawPositionSchema,
  rawPredicateSchema,
  rawStatementSchema,
  type RawOnBehalfOf,
  type RawTime,
} from './raw-schema.js';
import { readYamlEntries, type YamlEntry } from './read-yaml-entries.js';
import { splitParagraphs } from './text-structure.js';

/** A file of the dataset directory, by its path relative to the directory. */
export interface DatasetFile {
  readonly path: string;
  readonly text: string;
}

/** The raw files of a dataset directory, as read from disk (or built by a test). */
export interface DatasetFiles {
  readonly directory: string;
  /** `documents.yaml`. */
  readonly documentsYaml: DatasetFile | null;
  /** `documents/*.txt`, keyed by file name. */
  readonly texts: ReadonlyMap<string, DatasetFile>;
  readonly vocabulary: readonly DatasetFile[];
  readonly entities: readonly DatasetFile[];
  readonly statements: readonly DatasetFile[];
  readonly positions: readonly DatasetFile[];
  /** `coverage.yaml`: paragraphs without claims and names deliberately left unlinked. */
  readonly coverage?: DatasetFile | null;
}

/** Content hash over every file, in a fixed order: the dataset version. */
export function datasetVersion(files: DatasetFiles): string {
  const all = [
    ...(files.documentsYaml ? [files.documentsYaml] : []),
    ...(files.coverage ? [files.coverage] : []),
    ...files.texts.values(),
    ...files.vocabulary,
    ...files.entities,
    ...files.statements,
    ...files.positions,
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  for (const file of all) {
    hash.update(file.path).update('\0').update(file.text).update('\0');
  }
  return `sha256:${hash.digest('hex')}`;
}

/** Shared by every entry that has none. */
const NONE: readonly never[] = Object.freeze([]);
const NO_QUALIFIERS: Qualifiers = Object.freeze({
  pointInTime: null,
  start: null,
  end: null,
  role: null,
  characterization: null,
  note: null,
  areas: NONE,
  location: null,
  counterpart: null,
  via: null,
});

class Checker {
  readonly issues: DatasetIssue[] = [];
  /** Parsed times by value (and reason, when inferred). */
  readonly times = new Map<string, TimeValue>();
  /** Where {@link add} puts issues while {@link forEachEntry} runs (see there); null otherwise. */
  private deferred: DatasetIssue[] | null = null;
  /**
   * Ids of entries that are written but could not be loaded (a shape problem, a missing file):
   * references to them are not reported again, so one mistake gives one problem, not one per
   * reference.
   */
  readonly broken = new Set<string>();
  /** Entries dropped for a shape problem so far. */
  failedEntries = 0;

  add(where: SourceLocation, entry: string | null, reason: string): void {
    (this.deferred ?? this.issues).push({ file: where.file, line: where.line, entry, reason });
  }

  /**
   * Parses the YAML entries of `files`, one file at a time, with `schema` (after `fast`, when
   * given: a check that returns the entry itself when the schema would accept it unchanged), and
   * hands each valid entry to `each`; entries that fail are reported and dropped. Handling a file's
   * entries before reading the next keeps the parsed YAML of a million statements from being alive
   * all at once. Issues `each` adds are reported after every parse problem of `files`, so the
   * order of issues is the same as when all files are parsed first.
   */
  forEachEntry<S extends z.ZodType>(
    files: readonly DatasetFile[],
    schema: S,
    each: (raw: z.infer<S>, at: SourceLocation, entry: string) => void,
    fast?: (value: unknown) => z.infer<S> | null,
    invalid?: (value: unknown, at: SourceLocation, entry: string) => void,
  ): void {
    const outer = this.deferred;
    const deferred: DatasetIssue[] = [];
    for (const file of files) {
      for (const item of readYamlEntries(file.path, file.text, this.issues)) {
        const entry = entryName(item);
        const at: SourceLocation = Object.freeze({ file: item.file, line: item.line });
        const quick = fast?.(item.value) ?? null;
        let raw: z.infer<S>;
        if (quick !== null) raw = quick;
        else {
          const parsed = schema.safeParse(item.value);
          if (!parsed.success) {
            for (const reason of explainShapeIssues(schema, item.value, parsed.error.issues)) {
              this.issues.push({ file: at.file, line: at.line, entry, reason });
            }
            this.failedEntries++;
            if (!entry.startsWith('#')) this.broken.add(entry);
            if (invalid) {
              this.deferred = deferred;
              try {
                invalid(item.value, at, entry);
              } finally {
                this.deferred = outer;
              }
            }
            continue;
          }
          raw = parsed.data;
        }
        this.deferred = deferred;
        try {
          each(raw, at, entry);
        } finally {
          this.deferred = outer;
        }
      }
    }
    const target = outer ?? this.issues;
    for (const issue of deferred) target.push(issue);
  }

  /** Parses each YAML entry with `schema`; entries that fail are reported and dropped. */
  parseAll<S extends z.ZodType>(files: readonly DatasetFile[], schema: S): Array<{ raw: z.infer<S>; at: SourceLocation; entry: string }> {
    const out: Array<{ raw: z.infer<S>; at: SourceLocation; entry: string }> = [];
    this.forEachEntry(files, schema, (raw, at, entry) => out.push({ raw, at, entry }));
    return out;
  }
}

function entryName(item: YamlEntry): string {
  const id = (item.value as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : `#${item.index + 1}`;
}

/** Finds the time a `{ derivedFrom }` names: the value, why there is none, or null when that is already reported. */
type DeriveTime = (from: string) => TimeValue | string | null;

function toTime(
  check: Checker,
  at: SourceLocation,
  entry: string,
  field: string,
  raw: RawTime | null | undefined,
  derive?: DeriveTime,
): TimeValue | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'string' && 'derivedFrom' in raw) {
    const derived = derive ? derive(raw.derivedFrom) : 'a derived time is not allowed here';
    if (typeof derived === 'string') check.add(at, entry, `${field}.derivedFrom: ${derived}`);
    return derived === null || typeof derived === 'string' ? null : derivedTime(derived, raw.derivedFrom);
  }
  const value = typeof raw === 'string' ? raw : raw.value;
  const inferred = typeof raw === 'string' ? null : (raw.inferred ?? null);
  // Equal times share one (frozen) value: a large dataset repeats the same few thousand dates.
  const key = inferred === null ? value : `${value}\u0000${inferred}`;
  const known = check.times.get(key);
  if (known) return known;
  const parsed = parseTime(value, inferred);
  if (typeof parsed === 'string') {
    check.add(at, entry, `${field}: ${parsed}`);
    return null;
  }
  check.times.set(key, Object.freeze(parsed));
  return parsed;
}

/**
 * Validates the raw files and builds the immutable {@link Dataset}. Every problem is collected;
 * if there is any, a {@link DatasetError} listing all of them is thrown and nothing is returned.
 */
export function buildDataset(files: DatasetFiles): Dataset {
  const check = new Checker();
  const ids = new Map<string, SourceLocation>();
  const claimId = (id: string, at: SourceLocation): boolean => {
    const first = ids.get(id);
    if (first) {
      check.add(at, id, `duplicate id: already defined at ${first.file}${first.line === null ? '' : `:${first.line}`}`);
      return false;
    }
    ids.set(id, at);
    return true;
  };

  // Documents and their metadata.
  if (!files.documentsYaml) check.add({ file: 'documents.yaml', line: null }, null, 'file is missing');
  const searchable = new Map<string, SearchableDocument>();
  const rawDocs = check.parseAll(files.documentsYaml ? [files.documentsYaml] : [], rawDocumentSchema);
  // With a document missing, "alias occurs in no document" would be a consequence, not a problem.
  let documentsIncomplete = check.failedEntries > 0;
  const usedFiles = new Set<string>();
  const unclaimedTexts = (): string[] => [...files.texts.keys()].filter((name) => !rawDocs.some(({ raw }) => raw.file === name));
  const excusedTexts = new Set<string>();
  for (const { raw, at, entry } of rawDocs) {
    if (!claimId(raw.id, at)) continue;
    const file = files.texts.get(raw.file);
    if (!file) {
      // The likely intended file is not reported again as having no entry.
      const unclaimed = unclaimedTexts();
      const only = unclaimed.length === 1 ? ` (the only file without an entry is "${unclaimed[0] as string}")` : '';
      const hint = didYouMean(raw.file, unclaimed) || only;
      const intended = /"([^"]+)"/.exec(hint)?.[1];
      if (intended !== undefined) excusedTexts.add(intended);
      check.add(at, entry, `file: documents/${raw.file} does not exist${hint}`);
      check.broken.add(raw.id);
      documentsIncomplete = true;
      continue;
    }
    if (usedFiles.has(raw.file)) check.add(at, entry, `file: documents/${raw.file} is described twice`);
    if (raw.sha256 !== undefined) {
      const actual = createHash('sha256').update(file.text).digest('hex');
      if (actual !== raw.sha256)
        check.add(
          at,
          entry,
          `sha256: documents/${raw.file} has changed since it was added (its sha256 is now ${actual}); source documents are never edited`,
        );
    }
    usedFiles.add(raw.file);
    searchable.set(raw.id, { id: raw.id, text: file.text, normalized: normalizeText(file.text), paragraphs: splitParagraphs(file.text) });
  }
  for (const name of files.texts.keys()) {
    if (!usedFiles.has(name) && !excusedTexts.has(name) && rawDocs.length > 0) {
      check.add({ file: `documents/${name}`, line: null }, null, 'document has no entry in documents.yaml');
    }
  }

  const documentHints = new ReferenceHints(() => searchable.keys());
  const evidenceOf = (
    at: SourceLocation,
    entry: string,
    field: string,
    list: ReadonlyArray<{ document: string; quote: string; occurrence?: number | undefined }>,
  ): Evidence[] => {
    // Sized up front: a pushed-to array keeps spare capacity (17 slots for one entry).
    const out: Evidence[] = new Array<Evidence>(list.length);
    let found = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as (typeof list)[number];
      const doc = searchable.get(item.document);
      if (!doc) {
        if (!check.broken.has(item.document)) {
          check.add(at, entry, `${field}[${i}].document: unknown document ${item.document}${documentHints.for(item.document)}`);
        }
        continue;
      }
      const located = locateQuote(doc, item.quote, item.occurrence ?? 1);
      if (typeof located === 'string') check.add(at, entry, `${field}[${i}]: ${located}`);
      else out[found++] = located;
    }
    // Only when some entry failed, and then nothing is loaded anyway.
    if (found < out.length) out.length = found;
    return out;
  };

  // Predicates.
  const predicates = new Map<string, Predicate>();
  for (const { raw, at, entry } of check.parseAll(files.vocabulary, rawPredicateSchema)) {
    if (predicates.has(raw.id)) {
      check.add(at, entry, 'duplicate predicate id');
      continue;
    }
    if ((raw.object === undefined) === (raw.value === undefined)) {
      check.add(at, entry, 'a predicate needs exactly one of `object` (entity kinds) or `value` (literal type)');
      check.broken.add(raw.id);
      continue;
    }
    predicates.set(raw.id, {
      id: raw.id,
      label: raw.label,
      inverse: raw.inverse,
      description: raw.description ?? null,
      subjectKinds: raw.subject,
      objectKinds: raw.object ?? [],
      valueType: raw.value ?? null,
      symmetric: raw.symmetric ?? false,
      wikidata: raw.wikidata ?? null,
    });
  }

  // Entities.
  const entities = new Map<string, Entity>();
  const aliasOwner = new Map<string, { entity: string; alias: string }>();
  // One scan per document finds every alias of every entity (instead of alias × document
  // searches); the same occurrences then give the mentions.
  const rawEntities = check.parseAll(files.entities, rawEntitySchema);
  const searchableList = [...searchable.values()];
  const aliasNeedles = [...new Set(rawEntities.flatMap(({ raw }) => raw.aliases.map(normalizeQuote)))];
  const aliasOccurrences = findAliasOccurrences(
    searchableList.map((d) => d.normalized.text),
    aliasNeedles,
  );
  const occurringNeedles = new Set<string>();
  for (const found of aliasOccurrences) for (const n of found.needle) occurringNeedles.add(aliasNeedles[n] as string);
  for (const { raw, at, entry } of rawEntities) {
    if (!claimId(raw.id, at)) continue;
    const prefix = raw.id.slice(0, raw.id.indexOf(':'));
    if (prefix !== raw.kind) check.add(at, entry, `id prefix "${prefix}" does not match kind "${raw.kind}"`);
    const attributes = raw.attributes ?? {};
    if (raw.kind === 'country') {
      const iso2 = attributes['iso2'];
      if (!iso2 || !/^[A-Z]{2}$/.test(iso2)) check.add(at, entry, 'attributes.iso2: a country needs its ISO 3166-1 alpha-2 code');
      else if (raw.id !== `country:${iso2.toLowerCase()}`)
        check.add(at, entry, `id must be country:${iso2.toLowerCase()} for iso2 ${iso2}`);
    }
    for (const alias of raw.aliases) {
      if (!documentsIncomplete && !occurringNeedles.has(normalizeQuote(alias))) {
        check.add(at, entry, `alias "${alias}" occurs in no document (move it to lookupAliases if it is only for lookups)`);
      }
    }
    const keys = new Set(
      [raw.name, ...raw.aliases, ...(raw.lookupAliases ?? [])]
        .map((a) => [a, normalizeAlias(a)] as const)
        .filter(([, n]) => n.length > 0)
        .map(([a, n]) => `${n}\u0000${a}`),
    );
    const seen = new Set<string>();
    for (const key of keys) {
      const [normalized = '', alias = ''] = key.split('\u0000');
      if (seen.has(normalized)) continue;
      seen.add(normalized);
      const owner = aliasOwner.get(normalized);
      if (owner && owner.entity !== raw.id) {
        check.add(at, entry, `alias "${alias}" is already claimed by ${owner.entity} (as "${owner.alias}")`);
      } else aliasOwner.set(normalized, { entity: raw.id, alias });
    }
    entities.set(raw.id, {
      id: raw.id,
      kind: raw.kind,
      name: raw.name,
      aliases: raw.aliases,
      lookupAliases: raw.lookupAliases ?? NONE,
      description: raw.description ?? null,
      attributes,
      source: at,
    });
  }
  const entityHints = new ReferenceHints(
    () => entities.keys(),
    (normalized) => aliasOwner.get(normalized)?.entity,
  );
  const unknownEntity = (at: SourceLocation, entry: string, field: string, id: string): void => {
    if (!check.broken.has(id)) check.add(at, entry, `${field}: unknown entity ${id}${entityHints.for(id)}`);
  };
  const predicateHints = new ReferenceHints(() => predicates.keys());
  const unknownPredicate = (at: SourceLocation, entry: string, id: string): void => {
    if (!check.broken.has(id)) check.add(at, entry, `predicate: unknown predicate "${id}"${predicateHints.for(id)}`);
  };
  /** Reports the unknown references of a statement or position that failed its shape check. */
  const looseReferenceProblems =
    (kind: 'statement' | 'position') =>
    (value: unknown, at: SourceLocation, entry: string): void => {
      for (const ref of looseReferences(kind, value)) {
        if (ref.kind === 'entity' && !entities.has(ref.id)) unknownEntity(at, entry, ref.field, ref.id);
        else if (ref.kind === 'predicate' && !predicates.has(ref.id)) unknownPredicate(at, entry, ref.id);
        else if (ref.kind === 'document' && !searchable.has(ref.id) && !check.broken.has(ref.id)) {
          check.add(at, entry, `${ref.field}: unknown document ${ref.id}${documentHints.for(ref.id)}`);
        }
      }
    };
  const requireEntity = (at: SourceLocation, entry: string, field: string, id: string | null | undefined): void => {
    if (id !== null && id !== undefined && !entities.has(id)) unknownEntity(at, entry, field, id);
  };
  /**
   * `requireEntity` and the reference in one lookup, for the million references of a large
   * dataset: reports an unknown entity and returns the reference. References share the entity's
   * own id string instead of keeping a copy per reference.
   */
  const checkedRef = (at: SourceLocation, entry: string, field: string, id: string | null | undefined): string | null => {
    if (id === null || id === undefined) return null;
    const entity = entities.get(id);
    if (entity) return entity.id;
    unknownEntity(at, entry, field, id);
    return id;
  };

  // Document metadata (needs entities for `reports`).
  const documents: DocumentRecord[] = [];
  for (const { raw, at, entry } of rawDocs) {
    const doc = searchable.get(raw.id);
    if (!doc) continue;
    requireEntity(at, entry, 'reports', raw.reports);
    const meta = (field: string, value: (typeof raw)['title']): MetaField | null => {
      if (!value) return null;
      if ('quote' in value) {
        const [evidence] = evidenceOf(at, entry, field, [{ document: raw.id, quote: value.quote }]);
        return { value: value.value, evidence: evidence ?? null, inferred: null };
      }
      return { value: value.value, evidence: null, inferred: value.inferred };
    };
    const published = meta('published', raw.published);
    documents.push({
      id: raw.id,
      file: raw.file,
      text: doc.text,
      sha256: createHash('sha256').update(doc.text).digest('hex'),
      title: meta('title', raw.title),
      outlet: meta('outlet', raw.outlet),
      author: meta('author', raw.author),
      published,
      publishedTime: published ? toTime(check, at, entry, 'published.value', published.value) : null,
      url: meta('url', raw.url),
      sourceUrl: meta('sourceUrl', raw.sourceUrl),
      language: meta('language', raw.language),
      genre: meta('genre', raw.genre),
      reports: raw.reports ?? null,
      paragraphs: doc.paragraphs,
    });
  }

  // Statements.
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const statements: Statement[] = [];
  const duplicates = new DuplicateStatements();
  const inferredFromChecks: Array<{ at: SourceLocation; entry: string; from: string }> = [];
  const onBehalfOfOf = (at: SourceLocation, entry: string, raw: RawOnBehalfOf, evidence: readonly Evidence[]): OnBehalfOf => {
    const id = typeof raw === 'string' ? raw : raw.entity;
    const inferred = typeof raw === 'string' ? null : raw.inferred;
    const entity = entities.get(id);
    if (!entity) check.add(at, entry, `onBehalfOf: unknown entity ${id}`);
    else if (inferred === null && !evidence.some((e) => namesEntity(e.sentence, entity))) {
      check.add(at, entry, `onBehalfOf: ${entity.name} is named in none of the evidence sentences; mark it { entity, inferred: <reason> }`);
    }
    return Object.freeze({ entity: entity?.id ?? id, inferred });
  };
  check.forEachEntry(
    files.statements,
    rawStatementSchema,
    (raw, at, entry) => {
      if (!claimId(raw.id, at)) return;
      const predicate = predicates.get(raw.predicate);
      const subject = entities.get(raw.subject);
      if (!subject) unknownEntity(at, entry, 'subject', raw.subject);
      const object = raw.object === undefined ? undefined : entities.get(raw.object);
      if (!predicate) unknownPredicate(at, entry, raw.predicate);
      else {
        if (subject && !predicate.subjectKinds.includes(subject.kind)) {
          check.add(
            at,
            entry,
            `subject: ${predicate.id} does not take a ${subject.kind} subject (allowed: ${predicate.subjectKinds.join(', ')})`,
          );
        }
        if (predicate.valueType === null) {
          if (raw.object === undefined) check.add(at, entry, `object: ${predicate.id} needs an entity object`);
          if (raw.value !== undefined) check.add(at, entry, `value: ${predicate.id} takes an object, not a value`);
          if (object && !predicate.objectKinds.includes(object.kind)) {
            check.add(
              at,
              entry,
              `object: ${predicate.id} does not take a ${object.kind} object (allowed: ${predicate.objectKinds.join(', ')})`,
            );
          }
        } else {
          if (raw.object !== undefined) check.add(at, entry, `object: ${predicate.id} takes a ${predicate.valueType} value, not an object`);
          const actual = raw.value === undefined ? null : 'amount' in raw.value ? 'quantity' : 'text' in raw.value ? 'string' : 'time';
          if (actual !== predicate.valueType) check.add(at, entry, `value: ${predicate.id} needs a ${predicate.valueType} value`);
        }
      }
      if (raw.object !== undefined && !object) unknownEntity(at, entry, 'object', raw.object);
      const q = raw.qualifiers ?? {};
      const derive = (from: string): TimeValue | string =>
        timeFromSource(from, {
          documents: documentById,
          evidenceDocuments: raw.evidence.map((e) => e.document),
          statement: null,
          venue: null,
        });
      const location = checkedRef(at, entry, 'qualifiers.location', q.location);
      const counterpart = checkedRef(at, entry, 'qualifiers.counterpart', q.counterpart);
      const via = checkedRef(at, entry, 'qualifiers.via', q.via);
      const qualifiers: Qualifiers =
        raw.qualifiers === undefined
          ? NO_QUALIFIERS
          : Object.freeze({
              pointInTime: toTime(check, at, entry, 'qualifiers.pointInTime', q.pointInTime, derive),
              start: toTime(check, at, entry, 'qualifiers.start', q.start, derive),
              end: toTime(check, at, entry, 'qualifiers.end', q.end, derive),
              role: q.role ?? null,
              characterization: q.characterization ?? null,
              note: q.note ?? null,
              areas: q.areas ? Object.freeze(q.areas) : NONE,
              location,
              counterpart,
              via,
            });
      let value: StatementValue | null = null;
      if (raw.value) {
        if ('amount' in raw.value)
          value = Object.freeze({
            type: 'quantity',
            amount: raw.value.amount,
            unit: raw.value.unit,
            comparator: raw.value.comparator ?? 'exact',
          });
        else if ('text' in raw.value) value = Object.freeze({ type: 'string', text: raw.value.text });
        else {
          const time = toTime(check, at, entry, 'value.time', raw.value.time, derive);
          if (time) value = Object.freeze({ type: 'time', time });
        }
      }
      // Frozen here, each part as it is made (times, values, qualifiers, evidence, source), so that
      // the final deepFreeze does not walk a million statements key by key.
      const evidence = Object.freeze(evidenceOf(at, entry, 'evidence', raw.evidence));
      const statement: Statement = Object.freeze({
        id: raw.id,
        subject: subject?.id ?? raw.subject,
        predicate: predicate?.id ?? raw.predicate,
        object: object?.id ?? raw.object ?? null,
        value,
        qualifiers,
        onBehalfOf: raw.onBehalfOf === undefined ? null : onBehalfOfOf(at, entry, raw.onBehalfOf, evidence),
        inferred: raw.inferred ?? null,
        inferredFrom: raw.inferredFrom ?? null,
        evidence,
        source: at,
      });
      if (statement.inferredFrom !== null) {
        if (statement.inferred === null)
          check.add(at, entry, 'inferredFrom: only an inferred statement (with `inferred: <reason>`) names what it is inferred from');
        inferredFromChecks.push({ at, entry, from: statement.inferredFrom });
      }
      // Only with every quote located: a quote not found is its own problem, not also the time's.
      if (evidence.length === raw.evidence.length) checkStatementTimes(check, at, entry, statement);
      statements.push(statement);
      const twin = duplicates.add(statements, statements.length - 1);
      if (twin) {
        const where = `${twin.source.file}${twin.source.line === null ? '' : `:${twin.source.line}`}`;
        check.add(at, entry, `duplicate statement: same subject, predicate, object/value and qualifiers as ${twin.id} (${where})`);
      }
    },
    fastRawStatement,
    looseReferenceProblems('statement'),
  );

  // An entry that failed to parse is reported once; a reference to it is not reported again.
  const statementFiles = new Set(files.statements.map((f) => f.path));
  const statementsComplete = !check.issues.some((issue) => statementFiles.has(issue.file) && issue.entry === null);

  // Positions.
  let statementIndex: Map<string, Statement> | null = null;
  /** Statements by id, indexed on first use (only a derived position date needs it). */
  const statementById = (id: string): Statement | undefined => (statementIndex ??= new Map(statements.map((x) => [x.id, x]))).get(id);
  const positions: Position[] = [];
  check.forEachEntry(
    files.positions,
    rawPositionSchema,
    (raw, at, entry) => {
      if (!claimId(raw.id, at)) return;
      const holder = checkedRef(at, entry, 'holder', raw.holder) as string;
      const onBehalfOf = checkedRef(at, entry, 'onBehalfOf', raw.onBehalfOf);
      const topic = checkedRef(at, entry, 'topic', raw.topic) as string;
      const venue = checkedRef(at, entry, 'venue', raw.venue);
      const about = raw.about ? raw.about.map((id, i) => checkedRef(at, entry, `about[${i}]`, id) as string) : NONE;
      const derive = (from: string): TimeValue | string | null =>
        !statementsComplete && from.startsWith('statement:') && statementById(from) === undefined
          ? null
          : timeFromSource(from, {
              documents: documentById,
              evidenceDocuments: raw.evidence.map((e) => e.document),
              statement: statementById,
              venue,
            });
      const evidence = Object.freeze(evidenceOf(at, entry, 'evidence', raw.evidence));
      const date = toTime(check, at, entry, 'date', raw.date, derive);
      const unearned = evidence.length === raw.evidence.length ? unearnedTime('date', date, evidence) : null;
      if (unearned !== null) check.add(at, entry, unearned);
      positions.push(
        Object.freeze({
          id: raw.id,
          holder,
          onBehalfOf,
          topic,
          about: about === NONE ? NONE : Object.freeze(about),
          stance: raw.stance,
          polarity: raw.polarity,
          summary: raw.summary,
          speech: raw.speech,
          venue,
          date,
          evidence,
          source: at,
        }),
      );
    },
    fastRawPosition,
    looseReferenceProblems('position'),
  );

  const factIds = new Set<string>([...statements.map((x) => x.id), ...positions.map((x) => x.id)]);
  for (const { at, entry, from } of inferredFromChecks) {
    if (!factIds.has(from) && statementsComplete) check.add(at, entry, `inferredFrom: unknown statement or position ${from}`);
  }

  // Coverage notes.
  const excusedParagraphs: ExcusedParagraph[] = [];
  const excusedNames: ExcusedName[] = [];
  for (const { raw, at, entry } of check.parseAll(files.coverage ? [files.coverage] : [], rawCoverageNoteSchema)) {
    if ('name' in raw) {
      excusedNames.push({ name: raw.name, reason: raw.reason });
      continue;
    }
    const [located] = evidenceOf(at, entry, 'quote', [raw]);
    if (located) excusedParagraphs.push({ document: raw.document, paragraph: located.paragraph, reason: raw.reason });
  }

  const entityList = [...entities.values()];
  const mentions = computeMentions(searchableList, entityList, { needles: aliasNeedles, perDocument: aliasOccurrences });
  checkEntityYears(check, entityList, mentions, searchable);

  if (check.issues.length > 0) throw new DatasetError(check.issues);

  return deepFreeze({
    version: datasetVersion(files),
    directory: files.directory,
    documents,
    entities: entityList,
    predicates: [...predicates.values()],
    statements,
    positions,
    mentions,
    excusedParagraphs,
    excusedNames,
  });
}
