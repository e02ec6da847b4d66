import type { DocumentRecord } from '../dataset/model.js';
import { compareTimes } from './compare-times.js';
import { compileDocumentWhere } from './filters/compile-where.js';
import type { DocumentSortField, DocumentWhere, SortKey } from './filters/types.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { compareIds, compareText, type FieldComparator, sortItems } from './sort-items.js';

/** Filter and sort of {@link listDocuments}. */
export interface DocumentListOptions {
  readonly where?: DocumentWhere | null;
  readonly sort?: ReadonlyArray<SortKey<DocumentSortField>> | null;
}

const DOCUMENT_SORT_FIELDS: Record<DocumentSortField, FieldComparator<DocumentRecord>> = {
  id: (a, b, desc) => compareIds(a.id, b.id, desc),
  published: (a, b, desc) => compareTimes(a.publishedTime, b.publishedTime, desc),
  title: (a, b, desc) => compareText(a.title?.value ?? null, b.title?.value ?? null, desc),
};

/**
 * Source documents filtered by `where` and sorted by `sort`, in dataset order without a sort
 * (ties keep it too). Throws InvalidArgumentError for an invalid filter or sort.
 */
export function listDocuments(kg: KnowledgeGraph, options: DocumentListOptions = {}): readonly DocumentRecord[] {
  const check = compileDocumentWhere(kg, options.where);
  const matching = check === null ? kg.dataset.documents : kg.dataset.documents.filter(check);
  return sortItems(matching, options.sort, DOCUMENT_SORT_FIELDS);
}
