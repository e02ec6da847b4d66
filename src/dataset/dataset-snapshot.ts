import type { Dataset, DocumentRecord, Entity, MetaField, Predicate, TimeValue } from './model.js';
import {
  RecordPacker,
  RecordUnpacker,
  type PackedEvidence,
  type PackedMention,
  type PackedPosition,
  type PackedStatement,
  type StringRef,
} from './snapshot-records.js';

/**
 * A validated dataset written as bytes, to be loaded without validating again when its sources
 * have not changed (same dataset version): a header line, then each section's records in lines
 * of JSON arrays (batches), sections in a fixed order, all ASCII (other characters escaped), so
 * that lines decode as Latin-1, without UTF-8 decoding.
 * Mentions, derived from the texts and aliases and the most numerous records, are written
 * {@link MENTION_BATCH} to a line and read only when first used (`Dataset.mentions` is then a
 * getter that parses them once).
 * Statements, positions and mentions are arrays in field order; evidence is offsets into its
 * document (read back as `LocatedEvidence`); times are indexes into a table of times. Read back,
 * it has the layout of a built dataset: frozen, equal times and entity ids shared. Bump
 * {@link SNAPSHOT_FORMAT} whenever the model changes.
 */
const SNAPSHOT_FORMAT = 'diplomacy-graph dataset snapshot 5';

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
  readonly times: readonly TimeValue[];
  /** Ids, files and aliases, referred to by index (see `RecordPacker.ref`). */
  readonly strings: readonly string[];
  readonly counts: Readonly<Record<Section, number>>;
}

type MetaKey = 'title' | 'outlet' | 'author' | 'published' | 'url' | 'sourceUrl' | 'language' | 'genre';
const META_KEYS: readonly MetaKey[] = ['title', 'outlet', 'author', 'published', 'url', 'sourceUrl', 'language', 'genre'];

/** A document with its time as a reference and its metadata evidence as offsets. */
function packDocument(d: DocumentRecord, packer: RecordPacker): unknown {
  const meta = Object.fromEntries(
    META_KEYS.map((key) => {
      const field = d[key];
      return [key, field && { ...field, evidence: field.evidence && packer.evidence(field.evidence) }];
    }),
  );
  return { ...d, ...meta, id: packer.ref(d.id), publishedTime: packer.time(d.publishedTime) };
}

function unpackDocument(d: DocumentRecord, unpacker: RecordUnpacker): DocumentRecord {
  const id = unpacker.string(d.id as unknown as StringRef);
  const meta = (field: MetaField | null): MetaField | null =>
    field && Object.freeze({ ...field, evidence: field.evidence && unpacker.evidence(field.evidence as unknown as PackedEvidence) });
  return Object.freeze({
    ...d,
    id,
    ...Object.fromEntries(META_KEYS.map((key) => [key, meta(d[key])])),
    publishedTime: unpacker.time(d.publishedTime as unknown as number | null),
    paragraphs: Object.freeze(d.paragraphs.map((p) => Object.freeze(p))),
  });
}

/** JSON text with every character past ASCII escaped (`\\uXXXX`, as JSON allows): the same value, in ASCII. */
function asciiJson(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A batch line is written once its records' JSON passes this many characters. */
const BATCH_CHARS = 1 << 20;

/** Mentions per line: every line of the section holds this many but the last, so lines are counted without parsing them. */
const MENTION_BATCH = 8192;

/** JSON texts joined into lines of JSON arrays of at most about {@link BATCH_CHARS} characters, or of `count` records. */
class BatchWriter {
  readonly buffers: Buffer[] = [];
  private batch: string[] = [];
  private chars = 0;

  add(json: string, count?: number): void {
    this.batch.push(json);
    this.chars += json.length;
    if (count === undefined ? this.chars >= BATCH_CHARS : this.batch.length === count) this.flush();
  }

  flush(): void {
    if (this.batch.length > 0) this.buffers.push(Buffer.from(`[${asciiJson(this.batch.join(','))}]\n`, 'latin1'));
    this.batch = [];
    this.chars = 0;
  }
}

/** Writes `dataset` as snapshot bytes (see {@link SNAPSHOT_FORMAT}). */
export function encodeDatasetSnapshot(dataset: Dataset): Buffer {
  const packer = new RecordPacker();
  const pack: Record<Section, (record: never) => unknown> = {
    documents: (d: DocumentRecord) => packDocument(d, packer),
    entities: (e: Entity) => ({ ...e, id: packer.ref(e.id) }),
    predicates: (p: Predicate) => p,
    statements: (s: Dataset['statements'][number]) => packer.statement(s),
    positions: (p: Dataset['positions'][number]) => packer.position(p),
    mentions: (m: Dataset['mentions'][number]) => packer.mention(m),
    excusedParagraphs: (p: object) => p,
    excusedNames: (n: object) => n,
  };
  // Lines of batches, each section's own: a million-statement snapshot is larger than the longest
  // string V8 allows, and a line per record would cost a decode and a parse per record.
  const writer = new BatchWriter();
  for (const section of SECTIONS) {
    const count = section === 'mentions' ? MENTION_BATCH : undefined;
    for (const record of dataset[section]) writer.add(JSON.stringify(pack[section](record as never)), count);
    writer.flush();
  }
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    version: dataset.version,
    times: packer.times,
    strings: packer.strings,
    counts: Object.fromEntries(SECTIONS.map((s) => [s, dataset[s].length])) as Record<Section, number>,
  };
  return Buffer.concat([Buffer.from(`${asciiJson(JSON.stringify(header))}\n`, 'latin1'), ...writer.buffers]);
}

/**
 * Yields the lines of the snapshot (ASCII, each ended by a newline), decoded one at a time, from
 * its bytes in one buffer or in chunks. A line that spans chunks is the only one copied.
 */
function* lines(chunks: Iterable<Buffer>): Generator<string, void> {
  let rest: Buffer[] = [];
  for (const chunk of chunks) {
    let start = 0;
    let end = chunk.indexOf(10);
    if (end < 0) {
      rest.push(chunk);
      continue;
    }
    if (rest.length > 0) {
      yield Buffer.concat([...rest, chunk.subarray(0, end)]).toString('latin1');
      rest = [];
      start = end + 1;
      end = chunk.indexOf(10, start);
    }
    for (; end >= 0; end = chunk.indexOf(10, start)) {
      yield chunk.toString('latin1', start, end);
      start = end + 1;
    }
    if (start < chunk.length) rest.push(chunk.subarray(start));
  }
  if (rest.length > 0) throw new Error('snapshot is cut short');
}

/** How each section's records are read back. */
function unpackers(header: Header): Record<Section, (record: never) => unknown> {
  const texts = new Map<string, string>();
  const unpacker = new RecordUnpacker(
    header.times.map((t) => Object.freeze(t)),
    header.strings,
    texts,
  );
  return {
    documents: (d: DocumentRecord) => {
      // Known before its metadata's evidence is read back from offsets into it.
      texts.set(unpacker.string(d.id as unknown as StringRef), d.text);
      return unpackDocument(d, unpacker);
    },
    entities: (e: Entity) =>
      Object.freeze({
        ...e,
        id: unpacker.string(e.id as unknown as StringRef),
        aliases: Object.freeze(e.aliases),
        lookupAliases: Object.freeze(e.lookupAliases),
        attributes: Object.freeze(e.attributes),
        source: Object.freeze(e.source),
      }),
    predicates: (p: Predicate) =>
      Object.freeze({ ...p, subjectKinds: Object.freeze(p.subjectKinds), objectKinds: Object.freeze(p.objectKinds) }),
    statements: (s: PackedStatement) => unpacker.statement(s),
    positions: (p: PackedPosition) => unpacker.position(p),
    mentions: (m: PackedMention) => unpacker.mention(m),
    excusedParagraphs: (p: object) => Object.freeze(p),
    excusedNames: (n: object) => Object.freeze(n),
  };
}

/** The mention lines of a snapshot, parsed when first read. */
type DeferredMentions = () => readonly unknown[];

/** Reads the mentions' lines without parsing them; null when there are not as many as the count needs. */
function deferMentions(input: Iterator<string, void>, count: number, unpack: (record: never) => unknown): DeferredMentions | null {
  const pending: string[] = [];
  for (let i = 0; i < Math.ceil(count / MENTION_BATCH); i++) {
    const next = input.next();
    if (next.done || !next.value.startsWith('[') || !next.value.endsWith(']')) return null;
    pending.push(next.value);
  }
  let mentions: readonly unknown[] | null = null;
  return () => {
    if (mentions === null) {
      const records = new Array<unknown>(count);
      pending.forEach((line, i) => {
        const batch = JSON.parse(line) as never[];
        if (batch.length !== Math.min(MENTION_BATCH, count - i * MENTION_BATCH))
          throw new Error('the dataset snapshot in the entry cache is damaged (its mentions): remove it to rebuild it');
        for (let j = 0; j < batch.length; j++) records[i * MENTION_BATCH + j] = unpack(batch[j] as never);
      });
      mentions = Object.freeze(records);
      pending.length = 0;
    }
    return mentions;
  };
}

/** Reads the records of each section, in order (the mentions deferred); null when a section is cut short or overfull. */
function readSections(input: Iterator<string, void>, header: Header): Record<Section, readonly unknown[] | DeferredMentions> | null {
  const unpack = unpackers(header);
  const sections = {} as Record<Section, readonly unknown[] | DeferredMentions>;
  for (const section of SECTIONS) {
    if (section === 'mentions') {
      const deferred = deferMentions(input, header.counts.mentions, unpack.mentions);
      if (deferred === null) return null;
      sections.mentions = deferred;
      continue;
    }
    const records = new Array<unknown>(header.counts[section]);
    const one = unpack[section];
    for (let i = 0; i < records.length;) {
      const next = input.next();
      if (next.done) return null;
      const batch = JSON.parse(next.value) as never[];
      if (i + batch.length > records.length) return null;
      for (let j = 0; j < batch.length; j++) records[i++] = one(batch[j] as never);
    }
    sections[section] = Object.freeze(records);
  }
  return sections;
}

/** The dataset of the sections, frozen, with `mentions` read when first used. */
function datasetOf(version: string, directory: string, sections: Record<Section, readonly unknown[] | DeferredMentions>): Dataset {
  const { mentions, ...rest } = sections;
  const dataset = { version, directory, ...rest };
  Object.defineProperty(dataset, 'mentions', { enumerable: true, get: mentions as DeferredMentions });
  return Object.freeze(dataset) as unknown as Dataset;
}

/**
 * Reads a snapshot written by {@link encodeDatasetSnapshot} for `version`, from its bytes in one
 * buffer or in chunks (read as they are decoded, so the file is never whole in memory): the
 * dataset (in `directory`), frozen; null when the bytes are of another version or format, or
 * damaged.
 */
export function decodeDatasetSnapshot(bytes: Buffer | Iterable<Buffer>, version: string, directory: string): Dataset | null {
  const input = lines(Buffer.isBuffer(bytes) ? [bytes] : bytes);
  try {
    const first = input.next();
    const header = first.done ? null : (JSON.parse(first.value) as Header | null);
    if (header?.format !== SNAPSHOT_FORMAT || header.version !== version) return null;
    const sections = readSections(input, header);
    if (sections === null || !input.next().done) return null;
    return datasetOf(version, directory, sections);
  } catch {
    return null;
  } finally {
    // Closes a chunked source read only in part.
    input.return();
  }
}
