import type { Evidence } from '../../dataset/model.js';
import type { TableField } from './tidy-table.js';

/** Columns of one piece of evidence in a table row. */
export interface EvidenceColumns {
  /** 0-based index of this evidence among the record's evidence. */
  readonly evidenceIndex: number;
  /** How many pieces of evidence the record has (rows per record). */
  readonly evidenceCount: number;
  /** Document id. */
  readonly document: string;
  /** The quote as curated. */
  readonly quote: string;
  /** The document's text between `start` and `end`. */
  readonly exact: string;
  /** Start offset of the quote in the document text (UTF-16 code units). */
  readonly start: number;
  /** End offset (exclusive). */
  readonly end: number;
  /** The sentence around the quote. */
  readonly sentence: string;
  /** 0-based paragraph index. */
  readonly paragraph: number;
}

/** The {@link EvidenceColumns} of the `index`-th of `all`. */
export function evidenceColumns(all: readonly Evidence[], index: number): EvidenceColumns {
  const evidence = all[index] as Evidence;
  return {
    evidenceIndex: index,
    evidenceCount: all.length,
    document: evidence.document,
    quote: evidence.quote,
    exact: evidence.exact,
    start: evidence.start,
    end: evidence.end,
    sentence: evidence.sentence,
    paragraph: evidence.paragraph,
  };
}

/** The table fields of {@link EvidenceColumns}, in column order. */
export const EVIDENCE_FIELDS: ReadonlyArray<TableField<keyof EvidenceColumns>> = [
  { name: 'evidenceIndex', type: 'integer', required: true, description: "0-based index of this evidence among the record's evidence." },
  {
    name: 'evidenceCount',
    type: 'integer',
    required: true,
    description: 'How many pieces of evidence the record has (its number of rows).',
  },
  { name: 'document', type: 'string', required: true, description: 'Id of the document the quote is in.' },
  { name: 'quote', type: 'string', required: true, description: 'The quote as curated.' },
  { name: 'exact', type: 'string', required: true, description: "The document's text between start and end." },
  { name: 'start', type: 'integer', required: true, description: 'Start offset of the quote in the document text (UTF-16 code units).' },
  { name: 'end', type: 'integer', required: true, description: 'End offset of the quote (exclusive).' },
  { name: 'sentence', type: 'string', required: true, description: 'The sentence around the quote.' },
  { name: 'paragraph', type: 'integer', required: true, description: '0-based index of the paragraph the quote starts in.' },
];
