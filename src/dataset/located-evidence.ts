import type { Evidence } from './model.js';

/** Characters of context kept before and after a quote (its TextQuoteSelector prefix and suffix). */
const CONTEXT = 32;

/**
 * A located quote that keeps only offsets into its document's text and derives the strings from
 * them when read. A million statements would otherwise hold four slices of the text per quote
 * (`exact`, `prefix`, `suffix`, `sentence`): about 130 bytes and four objects each that every
 * garbage collection has to visit, for strings that queries rarely read. The curated quote is
 * kept only where it differs from the text it matched. The document text is the one the dataset
 * keeps anyway (`DocumentRecord.text`), so nothing else stays alive. Frozen when constructed.
 */
export class LocatedEvidence implements Evidence {
  readonly document: string;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly paragraph: number;
  readonly occurrences: number;
  readonly #text: string;
  /** The curated quote when it differs from `exact`; null when it is the same. */
  readonly #quote: string | null;

  constructor(
    document: string,
    text: string,
    quote: string,
    range: { readonly start: number; readonly end: number; readonly sentenceStart: number; readonly sentenceEnd: number },
    paragraph: number,
    occurrences: number,
  ) {
    this.document = document;
    this.start = range.start;
    this.end = range.end;
    this.sentenceStart = range.sentenceStart;
    this.sentenceEnd = range.sentenceEnd;
    this.paragraph = paragraph;
    this.occurrences = occurrences;
    this.#text = text;
    this.#quote = quote.length === range.end - range.start && text.startsWith(quote, range.start) ? null : quote;
    Object.freeze(this);
  }

  get quote(): string {
    return this.#quote ?? this.exact;
  }

  get exact(): string {
    return this.#text.slice(this.start, this.end);
  }

  get prefix(): string {
    return this.#text.slice(Math.max(0, this.start - CONTEXT), this.start);
  }

  get suffix(): string {
    return this.#text.slice(this.end, this.end + CONTEXT);
  }

  get sentence(): string {
    return this.#text.slice(this.sentenceStart, this.sentenceEnd);
  }

  /** Every field, as a plain object: what `JSON.stringify` wrote when evidence was one. */
  toJSON(): Evidence {
    return {
      document: this.document,
      quote: this.quote,
      exact: this.exact,
      start: this.start,
      end: this.end,
      prefix: this.prefix,
      suffix: this.suffix,
      sentence: this.sentence,
      sentenceStart: this.sentenceStart,
      sentenceEnd: this.sentenceEnd,
      paragraph: this.paragraph,
      occurrences: this.occurrences,
    };
  }
}
