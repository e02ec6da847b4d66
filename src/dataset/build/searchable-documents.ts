import type { SearchableDocument } from '../locate-quote.js';
import type { DocumentRecord } from '../model.js';
import { normalizeText } from '../normalized-text.js';

/**
 * The documents of a built dataset prepared for quote search as they are asked for: an incremental
 * build locates the quotes of a few changed entries, and normalises only the documents they cite.
 */
export function searchableDocuments(records: readonly DocumentRecord[]): Pick<ReadonlyMap<string, SearchableDocument>, 'get' | 'keys'> {
  const byId = new Map(records.map((d) => [d.id, d]));
  const prepared = new Map<string, SearchableDocument>();
  return {
    keys: () => byId.keys(),
    get(id) {
      let doc = prepared.get(id);
      const record = doc === undefined ? byId.get(id) : undefined;
      if (record !== undefined) {
        doc = { id, text: record.text, normalized: normalizeText(record.text), paragraphs: record.paragraphs };
        prepared.set(id, doc);
      }
      return doc;
    },
  };
}
