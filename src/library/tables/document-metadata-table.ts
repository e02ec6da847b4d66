import type { DocumentRecord, MetaField } from '../../dataset/model.js';
import type { KnowledgeGraph } from '../../graph/knowledge-graph.js';
import { references, type TidyTable } from './tidy-table.js';

/** The metadata fields of a document, in column order of the documents table. */
const DOCUMENT_METADATA_FIELDS = ['title', 'outlet', 'author', 'published', 'url', 'sourceUrl', 'language', 'genre'] as const;

/** A metadata field name. */
export type DocumentMetadataField = (typeof DOCUMENT_METADATA_FIELDS)[number];

/**
 * One row per stated or inferred metadata field of a document: its value and how it is known —
 * the quote that states it (with offsets) or the reason it is inferred.
 */
export interface DocumentMetadataRow {
  readonly document: string;
  readonly field: DocumentMetadataField;
  readonly value: string;
  /** The quote that states it; null when inferred. */
  readonly quote: string | null;
  readonly start: number | null;
  readonly end: number | null;
  /** Why it is inferred; null when stated. */
  readonly inferred: string | null;
}

function metadataRow(d: DocumentRecord, field: DocumentMetadataField, meta: MetaField): DocumentMetadataRow {
  return {
    document: d.id,
    field,
    value: meta.value,
    quote: meta.evidence?.quote ?? null,
    start: meta.evidence?.start ?? null,
    end: meta.evidence?.end ?? null,
    inferred: meta.inferred,
  };
}

/** The document metadata table: each document's fields that have a value, in dataset order. */
export function documentMetadataTable(kg: KnowledgeGraph): DocumentMetadataRow[] {
  return kg.dataset.documents.flatMap((d) =>
    DOCUMENT_METADATA_FIELDS.flatMap((field) => {
      const meta = d[field];
      return meta === null ? [] : [metadataRow(d, field, meta)];
    }),
  );
}

/** The `document_metadata` tidy table (see {@link DocumentMetadataRow}). */
export const DOCUMENT_METADATA_TABLE: TidyTable<DocumentMetadataRow> = {
  name: 'document_metadata',
  title: 'Document metadata with provenance',
  description: 'One row per metadata field of a document that has a value: the quote that states it, or the reason it is inferred.',
  fields: [
    { name: 'document', type: 'string', required: true, description: 'Document id.' },
    {
      name: 'field',
      type: 'string',
      required: true,
      enum: DOCUMENT_METADATA_FIELDS,
      description: 'Which metadata field (GraphQL Document field).',
    },
    { name: 'value', type: 'string', required: true, description: 'The value.' },
    { name: 'quote', type: 'string', description: 'The quote in the document that states it; empty when inferred.' },
    { name: 'start', type: 'integer', description: 'Start offset of the quote (UTF-16 code units).' },
    { name: 'end', type: 'integer', description: 'End offset of the quote (exclusive).' },
    { name: 'inferred', type: 'string', description: 'Why the value is inferred; empty when stated.' },
  ],
  primaryKey: ['document', 'field'],
  foreignKeys: [references('document', 'documents')],
  rows: documentMetadataTable,
};
