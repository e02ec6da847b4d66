import { LocatedEvidence } from './located-evidence.js';
import type { Dataset, DocumentRecord, Evidence, MetaField, Position, Qualifiers, Statement, TimeValue } from './model.js';

/**
 * A validated dataset written as bytes, to be loaded without validating again when its sources
 * have not changed (same dataset version): one JSON record per line, sections in a fixed order.
 * Evidence is written as offsets into its document (read back as `LocatedEvidence`, which derives
 * the exact text, prefix, suffix and sentence from them), and equal times and entity ids are shared again when
 * read, so a loaded snapshot has the layout of a built dataset. Bumped {@link SNAPSHOT_FORMAT}
 * whenever the model changes.
 */
const SNAPSHOT_FORMAT = 'diplomacy-graph dataset snapshot 1';

const SECTIONS = [
  'documents',
  'entities',
  'predicates',
  'statements',
  'positions',
  'mentions',
  'excusedParagraphs',
  'excusedNames',
] as const;
type Section = (typeof SECTIONS)[number];

interface Header {
  readonly format: string;
  readonly version: string;
  readonly counts: Readonly<Record<Section, number>>;
}

/** Evidence as offsets into its document: [document, quote, start, end, sentence start, sentence end, paragraph, occurrences]. */
type PackedEvidence = [string, string, number, number, number, number, number, number];

const packEvidence = (e: Evidence): PackedEvidence => [
  e.document,
  e.quote,
  e.start,
  e.end,
  e.sentenceStart,
  e.sentenceEnd,
  e.paragraph,
  e.occurrences,
];

/** Writes `dataset` as snapshot bytes (see {@link SNAPSHOT_FORMAT}). */
export function encodeDatasetSnapshot(dataset: Dataset): Buffer {
  // Evidence reaches the replacer as its toJSON() object.
  const replacer = (_key: string, value: unknown): unknown =>
    value !== null && typeof value === 'object' && 'sentenceStart' in value ? packEvidence(value as Evidence) : value;
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    version: dataset.version,
    counts: Object.fromEntries(SECTIONS.map((s) => [s, dataset[s].length])) as Record<Section, number>,
  };
  const lines: string[] = [JSON.stringify(header)];
  for (const section of SECTIONS) for (const record of dataset[section]) lines.push(JSON.stringify(record, replacer));
  // One buffer per line: a million-statement snapshot is larger than the longest string V8 allows.
  const buffers = lines.map((line) => Buffer.from(`${line}\n`, 'utf8'));
  return Buffer.concat(buffers);
}

/** Reads records back, restoring shared values: equal times, entity ids, evidence slices. */
class Reader {
  private readonly times = new Map<string, TimeValue>();
  private readonly ids = new Map<string, string>();
  private readonly texts = new Map<string, string>();

  document(record: DocumentRecord): DocumentRecord {
    this.texts.set(record.id, record.text);
    const meta = (field: MetaField | null): MetaField | null =>
      field === null
        ? null
        : Object.freeze({ ...field, evidence: field.evidence && this.evidence(field.evidence as unknown as PackedEvidence) });
    return Object.freeze({
      ...record,
      title: meta(record.title),
      outlet: meta(record.outlet),
      author: meta(record.author),
      published: meta(record.published),
      publishedTime: this.time(record.publishedTime),
      url: meta(record.url),
      sourceUrl: meta(record.sourceUrl),
      language: meta(record.language),
      genre: meta(record.genre),
      paragraphs: Object.freeze(record.paragraphs.map((p) => Object.freeze(p))),
    });
  }

  /** The entity's own id string, shared by every reference to it. */
  id<T extends string | null>(id: T): T {
    if (id === null) return id;
    const known = this.ids.get(id);
    if (known !== undefined) return known as T;
    this.ids.set(id, id);
    return id;
  }

  time(time: TimeValue | null): TimeValue | null {
    if (time === null) return null;
    const key = `${time.value}\u0000${time.inferred ?? ''}\u0000${time.derivedFrom ?? ''}`;
    let shared = this.times.get(key);
    if (shared === undefined) {
      shared = Object.freeze(time);
      this.times.set(key, shared);
    }
    return shared;
  }

  evidence(packed: PackedEvidence): Evidence {
    const [document, quote, start, end, sentenceStart, sentenceEnd, paragraph, occurrences] = packed;
    const text = this.texts.get(document) ?? '';
    return new LocatedEvidence(this.id(document), text, quote, { start, end, sentenceStart, sentenceEnd }, paragraph, occurrences);
  }

  evidenceList(list: readonly PackedEvidence[]): readonly Evidence[] {
    return Object.freeze(list.map((e) => this.evidence(e)));
  }

  qualifiers(q: Qualifiers): Qualifiers {
    return Object.freeze({
      ...q,
      pointInTime: this.time(q.pointInTime),
      start: this.time(q.start),
      end: this.time(q.end),
      areas: Object.freeze(q.areas),
      location: this.id(q.location),
      counterpart: this.id(q.counterpart),
      via: this.id(q.via),
    });
  }

  statement(s: Statement): Statement {
    const value = s.value === null ? null : s.value.type === 'time' ? { ...s.value, time: this.time(s.value.time) as TimeValue } : s.value;
    return Object.freeze({
      ...s,
      subject: this.id(s.subject),
      predicate: this.id(s.predicate),
      object: this.id(s.object),
      value: value && Object.freeze(value),
      qualifiers: this.qualifiers(s.qualifiers),
      onBehalfOf: s.onBehalfOf && Object.freeze({ ...s.onBehalfOf, entity: this.id(s.onBehalfOf.entity) }),
      evidence: this.evidenceList(s.evidence as unknown as PackedEvidence[]),
      source: Object.freeze(s.source),
    });
  }

  position(p: Position): Position {
    return Object.freeze({
      ...p,
      holder: this.id(p.holder),
      onBehalfOf: this.id(p.onBehalfOf),
      topic: this.id(p.topic),
      about: Object.freeze(p.about.map((id) => this.id(id))),
      venue: this.id(p.venue),
      date: this.time(p.date),
      evidence: this.evidenceList(p.evidence as unknown as PackedEvidence[]),
      source: Object.freeze(p.source),
    });
  }
}

/** Yields the lines of `bytes` (UTF-8, each ended by a newline), decoded one at a time. */
function* lines(bytes: Buffer): Generator<string, void> {
  let start = 0;
  while (start < bytes.length) {
    const end = bytes.indexOf(10, start);
    if (end < 0) throw new Error('snapshot is cut short');
    yield bytes.toString('utf8', start, end);
    start = end + 1;
  }
}

/**
 * Reads snapshot bytes written by {@link encodeDatasetSnapshot} for `version`: the dataset (in
 * `directory`), frozen; null when the bytes are of another version or format, or damaged.
 */
export function decodeDatasetSnapshot(bytes: Buffer, version: string, directory: string): Dataset | null {
  try {
    const input = lines(bytes);
    const first: string | undefined = input.next().value ?? undefined;
    const header = JSON.parse(first ?? 'null') as Header | null;
    if (header?.format !== SNAPSHOT_FORMAT || header.version !== version) return null;
    const reader = new Reader();
    const revive: Record<Section, (record: never) => unknown> = {
      documents: (d: DocumentRecord) => reader.document(d),
      entities: (e: { id: string; aliases: string[]; lookupAliases: string[]; attributes: object; source: object }) =>
        Object.freeze({
          ...e,
          id: reader.id(e.id),
          aliases: Object.freeze(e.aliases),
          lookupAliases: Object.freeze(e.lookupAliases),
          attributes: Object.freeze(e.attributes),
          source: Object.freeze(e.source),
        }),
      predicates: (p: { subjectKinds: string[]; objectKinds: string[] }) =>
        Object.freeze({ ...p, subjectKinds: Object.freeze(p.subjectKinds), objectKinds: Object.freeze(p.objectKinds) }),
      statements: (s: Statement) => reader.statement(s),
      positions: (p: Position) => reader.position(p),
      mentions: (m: { entity: string; document: string }) =>
        Object.freeze({ ...m, entity: reader.id(m.entity), document: reader.id(m.document) }),
      excusedParagraphs: (p: object) => Object.freeze(p),
      excusedNames: (n: object) => Object.freeze(n),
    };
    const sections = {} as Record<Section, readonly unknown[]>;
    for (const section of SECTIONS) {
      const records = new Array<unknown>(header.counts[section]);
      for (let i = 0; i < records.length; i++) {
        const next = input.next();
        if (next.done) return null;
        records[i] = revive[section](JSON.parse(next.value) as never);
      }
      sections[section] = Object.freeze(records);
    }
    if (!input.next().done) return null;
    return Object.freeze({ version, directory, ...sections }) as unknown as Dataset;
  } catch {
    return null;
  }
}
