import type { DocumentRecord, MetaField } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { timeColumns, timeFields } from './time-columns.js';
import type { GraphqlEnumValue } from './graphql-enum.js';
import { references, type TidyTable } from './tidy-table.js';

/**
 * One row per source document: its metadata values (how each is known — quote or inference — is
 * in the `document_metadata` table), content hash, size, and what refers to it.
 */
export interface DocumentRow {
  readonly id: string;
  /** File name in the dataset's documents/ folder. */
  readonly file: string;
  /** sha256 of the file's bytes, hex. */
  readonly sha256: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly publishedPrecision: GraphqlEnumValue<'TimePrecision'> | null;
  readonly publishedEarliest: string | null;
  readonly publishedLatest: string | null;
  readonly publishedInferred: string | null;
  /** How the publication date is known: STATED (its quote) or INFERRED. */
  readonly publishedSource: GraphqlEnumValue<'TimeSource'> | null;
  /** Always null: a document's own date is never derived. */
  readonly publishedDerivedFrom: string | null;
  readonly url: string | null;
  readonly sourceUrl: string | null;
  readonly language: string | null;
  readonly genre: string | null;
  /** Entity id of the work (article, interview) the document reports on. */
  readonly reports: string | null;
  /** Length of the text in UTF-16 code units. */
  readonly length: number;
  readonly paragraphCount: number;
}

const value = (field: MetaField | null): string | null => field?.value ?? null;

/** The columns of one document. */
function documentRow(d: DocumentRecord): DocumentRow {
  const published = timeColumns(d.publishedTime);
  return {
    id: d.id,
    file: d.file,
    sha256: d.sha256,
    title: value(d.title),
    outlet: value(d.outlet),
    author: value(d.author),
    published: value(d.published),
    publishedPrecision: published.precision,
    publishedEarliest: published.earliest,
    publishedLatest: published.latest,
    publishedInferred: d.published?.inferred ?? null,
    publishedSource: d.published === null ? null : d.published.inferred === null ? 'STATED' : 'INFERRED',
    publishedDerivedFrom: published.derivedFrom,
    url: value(d.url),
    sourceUrl: value(d.sourceUrl),
    language: value(d.language),
    genre: value(d.genre),
    reports: d.reports,
    length: d.text.length,
    paragraphCount: d.paragraphs.length,
  };
}

/** The documents table: one row per document, in dataset order. */
export function documentsTable(kg: KnowledgeGraph): DocumentRow[] {
  return kg.dataset.documents.map(documentRow);
}

const meta = (name: keyof DocumentRow, what: string) => ({ name, type: 'string' as const, description: what });

/** The `documents` tidy table (see {@link DocumentRow}). */
export const DOCUMENTS_TABLE: TidyTable<DocumentRow> = {
  name: 'documents',
  title: 'Documents',
  description: 'One row per source document: metadata values (their quotes or reasons are in document_metadata), hash and size.',
  fields: [
    { name: 'id', type: 'string', required: true, description: 'Document id (GraphQL Document.id).' },
    { name: 'file', type: 'string', required: true, description: "File name in the dataset's documents/ folder." },
    { name: 'sha256', type: 'string', required: true, description: "sha256 of the file's bytes, hex." },
    meta('title', 'Title.'),
    meta('outlet', 'Outlet that published it.'),
    meta('author', 'Author; empty when the source does not state one.'),
    ...timeFields('published', 'Publication date'),
    meta('url', 'Where it was published.'),
    meta('sourceUrl', 'The source it reports on, when given.'),
    meta('language', 'Language (BCP 47).'),
    meta('genre', 'Genre: news, interview, opinion, …'),
    { name: 'reports', type: 'string', description: 'Entity id of the work (article, interview) the document reports on.' },
    { name: 'length', type: 'integer', required: true, description: 'Length of the text (UTF-16 code units).' },
    { name: 'paragraphCount', type: 'integer', required: true, description: 'Number of non-empty paragraphs.' },
  ],
  primaryKey: ['id'],
  foreignKeys: [references('reports', 'entities')],
  rows: documentsTable,
};
