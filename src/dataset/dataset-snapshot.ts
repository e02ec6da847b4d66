import type { Dataset, DocumentRecord, Entity, MetaField, Predicate, TimeValue } from './model.js';
import {
  RecordPacker,
  RecordUnpacker,
  type PackedEvidence,
  type PackedMention,
  type PackedPosition,
  type PackedStatement,
} from './snapshot-records.js';

/**
 * A validated dataset written as bytes, to be loaded without validating again when its sources
 * have not changed (same dataset version): one JSON value per line, sections in a fixed order.
 * Statements, positions and mentions are arrays in field order; evidence is offsets into its
 * document (read back as `LocatedEvidence`); times are indexes into a table of times. Read back,
 * it has the layout of a built dataset: frozen, equal times and entity ids shared. Bump
 * {@link SNAPSHOT_FORMAT} whenever the model changes.
 */
const SNAPSHOT_FORMAT = 'diplomacy-graph dataset snapshot 2';

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
  return { ...d, ...meta, publishedTime: packer.time(d.publishedTime) };
}

function unpackDocument(d: DocumentRecord, unpacker: RecordUnpacker): DocumentRecord {
  const meta = (field: MetaField | null): MetaField | null =>
    field && Object.freeze({ ...field, evidence: field.evidence && unpacker.evidence(field.evidence as unknown as PackedEvidence) });
  return Object.freeze({
    ...d,
    ...Object.fromEntries(META_KEYS.map((key) => [key, meta(d[key])])),
    publishedTime: unpacker.time(d.publishedTime as unknown as number | null),
    paragraphs: Object.freeze(d.paragraphs.map((p) => Object.freeze(p))),
  });
}

/** Writes `dataset` as snapshot bytes (see {@link SNAPSHOT_FORMAT}). */
export function encodeDatasetSnapshot(dataset: Dataset): Buffer {
  const packer = new RecordPacker();
  const pack: Record<Section, (record: never) => unknown> = {
    documents: (d: DocumentRecord) => packDocument(d, packer),
    entities: (e: Entity) => e,
    predicates: (p: Predicate) => p,
    statements: (s: Dataset['statements'][number]) => packer.statement(s),
    positions: (p: Dataset['positions'][number]) => packer.position(p),
    mentions: (m: Dataset['mentions'][number]) => packer.mention(m),
    excusedParagraphs: (p: object) => p,
    excusedNames: (n: object) => n,
  };
  // One buffer per line: a million-statement snapshot is larger than the longest string V8 allows.
  const buffers: Buffer[] = [];
  for (const section of SECTIONS)
    for (const record of dataset[section]) buffers.push(Buffer.from(`${JSON.stringify(pack[section](record as never))}\n`));
  const header: Header = {
    format: SNAPSHOT_FORMAT,
    version: dataset.version,
    times: packer.times,
    counts: Object.fromEntries(SECTIONS.map((s) => [s, dataset[s].length])) as Record<Section, number>,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...buffers]);
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

/** Reads the records of each section, in order; null when a section is cut short. */
function readSections(input: Generator<string, void>, header: Header): Record<Section, readonly unknown[]> | null {
  const texts = new Map<string, string>();
  const unpacker = new RecordUnpacker(
    header.times.map((t) => Object.freeze(t)),
    texts,
  );
  const unpack: Record<Section, (record: never) => unknown> = {
    documents: (d: DocumentRecord) => (texts.set(d.id, d.text), unpackDocument(d, unpacker)),
    entities: (e: Entity) =>
      Object.freeze({
        ...e,
        id: unpacker.shared(e.id),
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
  const sections = {} as Record<Section, readonly unknown[]>;
  for (const section of SECTIONS) {
    const records = new Array<unknown>(header.counts[section]);
    for (let i = 0; i < records.length; i++) {
      const next = input.next();
      if (next.done) return null;
      records[i] = unpack[section](JSON.parse(next.value) as never);
    }
    sections[section] = Object.freeze(records);
  }
  return sections;
}

/**
 * Reads snapshot bytes written by {@link encodeDatasetSnapshot} for `version`: the dataset (in
 * `directory`), frozen; null when the bytes are of another version or format, or damaged.
 */
export function decodeDatasetSnapshot(bytes: Buffer, version: string, directory: string): Dataset | null {
  try {
    const input = lines(bytes);
    const first = input.next();
    const header = first.done ? null : (JSON.parse(first.value) as Header | null);
    if (header?.format !== SNAPSHOT_FORMAT || header.version !== version) return null;
    const sections = readSections(input, header);
    if (sections === null || !input.next().done) return null;
    return Object.freeze({ version, directory, ...sections }) as unknown as Dataset;
  } catch {
    return null;
  }
}
