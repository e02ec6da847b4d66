import { createHash } from 'node:crypto';
import type { DocumentRecord, MetaField, SourceLocation } from '../model.js';
import type { RawDocument } from '../raw-schema.js';
import type { Checker } from './checker.js';
import type { LocateEvidence } from './evidence-locator.js';
import type { References } from './references.js';
import type { SourceDocuments } from './source-documents.js';
import { toTime } from './to-time.js';

type RawMetaField = RawDocument['title'];

/** A metadata field: quoted (and located) in the document itself, or inferred with its reason. */
function metaField(locate: LocateEvidence, at: SourceLocation, entry: string, document: string) {
  return (field: string, value: RawMetaField): MetaField | null => {
    if (!value) return null;
    if ('quote' in value) {
      const [evidence] = locate(at, entry, field, [{ document, quote: value.quote }]);
      return { value: value.value, evidence: evidence ?? null, inferred: null };
    }
    return { value: value.value, evidence: null, inferred: value.inferred };
  };
}

/** The document records with their metadata (after the entities: `reports` names one). */
export function documentRecords(check: Checker, documents: SourceDocuments, refs: References, locate: LocateEvidence): DocumentRecord[] {
  const records: DocumentRecord[] = [];
  for (const { raw, at, entry } of documents.entries) {
    const doc = documents.searchable.get(raw.id);
    if (!doc) continue;
    refs.requireEntity(at, entry, 'reports', raw.reports);
    const meta = metaField(locate, at, entry, raw.id);
    const published = meta('published', raw.published);
    records.push({
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
  return records;
}
