import { locateQuote, type SearchableDocument } from '../dataset/locate-quote.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a text may write a date given as YYYY-MM-DD, YYYY-MM or YYYY. */
function dateForms(value: string): string[] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return [value];
  const [, year, month, day] = m;
  const name = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (name === undefined) return [value];
  const short = `${name.slice(0, 3)}.`;
  if (day === undefined) return [value, `${name} ${year}`];
  const d = String(Number(day));
  return [
    value,
    `${d} ${name} ${year}`,
    `${name} ${d}, ${year}`,
    `${short} ${d}, ${year}`,
    `${d} ${short} ${year}`,
    `${day}.${month}.${year}`,
  ];
}

/** A metadata field for documents.yaml: with the quote where the text states it, else inferred with the reason. */
export type MetadataField = { readonly value: string; readonly quote: string } | { readonly value: string; readonly inferred: string };

/**
 * The documents.yaml field for a value the curator gave `add-document`: `{ value, quote }` when
 * the document states it (a date also in its usual written forms: "3 January 2025", "Jan. 3,
 * 2025"), otherwise `{ value, inferred }` saying it came from the curator, not from the text.
 */
export function locateMetadata(doc: SearchableDocument, field: string, value: string): MetadataField {
  const forms = field === 'published' ? dateForms(value) : [value];
  for (const form of forms) {
    const located = locateQuote(doc, form);
    if (typeof located !== 'string') return { value, quote: located.exact };
  }
  return { value, inferred: `Given by the curator (add-document --${field}); the text does not state it.` };
}
