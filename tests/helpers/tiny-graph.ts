import { stringify } from 'yaml';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import type { DatasetFile } from '../../src/dataset/build/dataset-files.js';
import { ENTITY_KINDS } from '../../src/dataset/model.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.js';

/**
 * A statement of a tiny graph: `[subject, predicate, object]`, optionally with the documents whose
 * quotes support it (default: the one document `document:tiny`) and an explicit id slug.
 */
export type TinyEdge = readonly [subject: string, predicate: string, object: string, options?: TinyEdgeOptions];

interface TinyEdgeOptions {
  /** Statement id slug (`statement:<id>`); default `s<1-based row>`. */
  readonly id?: string;
  /** Slugs of the documents that quote the statement (`document:<slug>`); default `['tiny']`. */
  readonly documents?: readonly string[];
}

/** A position of a tiny graph: holder, topic, and the other entities it is about. */
interface TinyPosition {
  readonly id?: string;
  readonly holder: string;
  readonly topic: string;
  readonly about?: readonly string[];
  readonly documents?: readonly string[];
}

export interface TinyGraphSpec {
  /** The statement table. Entities are created from the ids used (`person:alice` → "Alice"). */
  readonly edges?: readonly TinyEdge[];
  readonly positions?: readonly TinyPosition[];
  /** Entities that take part in no statement (isolated nodes), or that only free text mentions. */
  readonly entities?: readonly string[];
  /**
   * Extra paragraphs per document slug, appended after the generated quote paragraphs: free text
   * for mention tests. Names in it are entity names (see {@link tinyName}).
   */
  readonly paragraphs?: Readonly<Record<string, readonly string[]>>;
}

/** The name (and only alias) of a tiny-graph entity: its slug in title case, `country:saudi-arabia` → "Saudi Arabia". */
function tinyName(id: string): string {
  const slug = id.slice(id.indexOf(':') + 1);
  return slug
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** The verbatim sentence generated for statement `id` (also its evidence quote). */
function tinyQuote(subject: string, predicate: string, object: string, id: string): string {
  return `${tinyName(subject)} ${predicate.replaceAll('_', ' ')} ${tinyName(object)} (record ${id})`;
}

/**
 * Builds a {@link KnowledgeGraph} from an in-memory dataset described by a small edge table, in
 * the graphology test style: every statement gets a generated sentence, which is its quote, in each
 * of its documents (one paragraph per sentence). Goes through the real loader, so offsets, mentions
 * and indexes are exactly what the seeds would produce.
 */
export function tinyGraph(spec: TinyGraphSpec): KnowledgeGraph {
  const entityIds = new Set<string>();
  const paragraphs = new Map<string, string[]>();
  const addParagraph = (doc: string, text: string): void => {
    const list = paragraphs.get(doc) ?? [];
    list.push(text);
    paragraphs.set(doc, list);
  };
  const predicates = new Set<string>();
  const triples = new Set<string>();
  const statements = (spec.edges ?? []).map(([subject, predicate, object, options], i) => {
    const slug = options?.id ?? `s${i + 1}`;
    const quote = tinyQuote(subject, predicate, object, slug);
    const documents = options?.documents ?? ['tiny'];
    entityIds.add(subject).add(object);
    predicates.add(predicate);
    for (const doc of documents) addParagraph(doc, `${quote}.`);
    // A parallel edge is a second fact about the same triple: the loader refuses a duplicate
    // statement, so it differs by a note, as a curated one would differ by its qualifiers.
    const triple = `${subject} ${predicate} ${object}`;
    const parallel = triples.has(triple);
    triples.add(triple);
    return {
      id: `statement:${slug}`,
      subject,
      predicate,
      object,
      ...(parallel ? { qualifiers: { note: `parallel record ${slug}` } } : {}),
      evidence: documents.map((doc) => ({ document: `document:${doc}`, quote })),
    };
  });
  const positions = (spec.positions ?? []).map((p, i) => {
    const slug = p.id ?? `p${i + 1}`;
    const about = p.about ?? [];
    const quote = `${tinyName(p.holder)} spoke about ${[p.topic, ...about].map(tinyName).join(' and ')} (record ${slug})`;
    const documents = p.documents ?? ['tiny'];
    entityIds.add(p.holder).add(p.topic);
    for (const id of about) entityIds.add(id);
    for (const doc of documents) addParagraph(doc, `${quote}.`);
    return {
      id: `position:${slug}`,
      holder: p.holder,
      topic: p.topic,
      about,
      stance: 'assesses',
      polarity: 'neutral',
      summary: quote,
      speech: 'reported',
      evidence: documents.map((doc) => ({ document: `document:${doc}`, quote })),
    };
  });
  for (const [doc, list] of Object.entries(spec.paragraphs ?? {})) for (const text of list) addParagraph(doc, text);
  for (const id of spec.entities ?? []) entityIds.add(id);

  // Every alias must occur in a document: name the entities no paragraph mentions yet.
  const allText = [...paragraphs.values()].flat().join('\n');
  const unmentioned = [...entityIds].filter(
    (id) => !new RegExp(`(^|[^\\p{L}\\p{N}])${tinyName(id)}($|[^\\p{L}\\p{N}])`, 'u').test(allText),
  );
  for (const id of unmentioned) addParagraph('tiny', `${tinyName(id)} exists.`);

  const entities = [...entityIds].map((id) => {
    const kind = id.slice(0, id.indexOf(':'));
    const entry: Record<string, unknown> = { id, kind, name: tinyName(id), aliases: [tinyName(id)] };
    if (kind === 'country') entry['attributes'] = { iso2: id.slice('country:'.length).toUpperCase() };
    return entry;
  });
  const vocabulary = [...predicates].map((id) => ({
    id,
    label: id.replaceAll('_', ' '),
    inverse: `inverse of ${id.replaceAll('_', ' ')}`,
    subject: [...ENTITY_KINDS],
    object: [...ENTITY_KINDS],
  }));
  const texts = new Map<string, DatasetFile>();
  const documents = [...paragraphs.keys()].sort().map((slug) => {
    const file = `${slug}.txt`;
    texts.set(file, { path: `documents/${file}`, text: `${(paragraphs.get(slug) ?? []).join('\n\n')}\n` });
    return { id: `document:${slug}`, file };
  });
  const yaml = (path: string, value: unknown): DatasetFile => ({ path, text: stringify(value) });
  const dataset = buildDataset({
    directory: '<tiny>',
    documentsYaml: yaml('documents.yaml', documents),
    texts,
    vocabulary: vocabulary.length > 0 ? [yaml('vocabulary/tiny.yaml', vocabulary)] : [],
    entities: [yaml('entities/tiny.yaml', entities)],
    statements: statements.length > 0 ? [yaml('statements/tiny.yaml', statements)] : [],
    positions: positions.length > 0 ? [yaml('positions/tiny.yaml', positions)] : [],
  });
  return createKnowledgeGraph(dataset);
}
