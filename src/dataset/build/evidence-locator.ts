import { ReferenceHints } from '../diagnostics/reference-hints.js';
import { locateQuote, type SearchableDocument } from '../locate-quote.js';
import type { Evidence, SourceLocation } from '../model.js';
import type { Checker } from './checker.js';

/** A quote as curated: the document, the exact text, and which occurrence when it repeats. */
interface QuoteRef {
  readonly document: string;
  readonly quote: string;
  readonly occurrence?: number | undefined;
}

/** Locates the quotes of one entry's `field`; a quote not found (or an unknown document) is a problem and is left out. */
export type LocateEvidence = (at: SourceLocation, entry: string, field: string, list: readonly QuoteRef[]) => Evidence[];

/** Finds quotes in the dataset's documents, reporting an unknown document with the nearest ids. */
export function evidenceLocator(check: Checker, searchable: Pick<ReadonlyMap<string, SearchableDocument>, 'get' | 'keys'>): LocateEvidence {
  const documentHints = new ReferenceHints(() => searchable.keys());
  return (at, entry, field, list) => {
    // Sized up front: a pushed-to array keeps spare capacity (17 slots for one entry).
    const out: Evidence[] = new Array<Evidence>(list.length);
    let found = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as QuoteRef;
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
}
