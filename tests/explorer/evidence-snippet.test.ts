import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/dataset/locate-quote.js';
import { normalizeText } from '../../src/dataset/normalized-text.js';
import { splitParagraphs } from '../../src/dataset/text-structure.js';
import { evidenceSnippet } from '../../src/explorer/model/evidence-snippet.js';

const TINY_TEXT = 'Kazakhstan joined the “Council for Peace” on Jan. 22 — a step the U.S. welcomed.';
const TEXT = 'Kazakhstan signed the agreement. Later, Kazakhstan signed the agreement again; logistics matter.';

describe('evidenceSnippet (select to cite)', () => {
  it('widens a selection to whole words, trims it, and gives the YAML to paste', () => {
    expect(evidenceSnippet(TEXT, 'document:d', 80, 85)).toEqual({
      quote: 'logistics',
      start: 79,
      end: 88,
      occurrence: null,
      occurrences: 1,
      yaml: '- document: document:d\n  quote: "logistics"\n',
    });
    expect(evidenceSnippet(TEXT, 'document:d', 31, 33)).toBeNull();
  });

  it('adds occurrence when the quote repeats, counted as the loader counts', () => {
    const second = TEXT.indexOf('Kazakhstan signed', 1);
    expect(evidenceSnippet(TEXT, 'document:d', second + 2, second + 31)).toMatchObject({
      quote: 'Kazakhstan signed the agreement',
      occurrence: 2,
      occurrences: 2,
      yaml: '- document: document:d\n  quote: "Kazakhstan signed the agreement"\n  occurrence: 2\n',
    });
  });

  it('counts a repeat that differs only in white space or typographic quotes and dashes, as the loader does', () => {
    const text = 'The “Board of Peace” — said Tokayev —\nmet.\n\nThe "Board of Peace" - said Tokayev - met again.';
    const second = text.lastIndexOf('The');
    const snippet = evidenceSnippet(text, 'document:d', second, text.lastIndexOf(' again'));
    expect(snippet).toMatchObject({ quote: 'The "Board of Peace" - said Tokayev - met', occurrence: 2, occurrences: 2 });
    const first = evidenceSnippet(text, 'document:d', 0, text.indexOf('.'));
    expect(first).toMatchObject({ quote: 'The “Board of Peace” — said Tokayev —\nmet', occurrence: 1, occurrences: 2 });
  });

  it('gives, for every word-bounded selection of a text, the quote and occurrence the loader locates at the same offsets', () => {
    const text = `${TINY_TEXT} “Kazakhstan signed”\n\nKazakhstan  signed — again; Kazakhstan's and Kazakhstan’s.`;
    const doc = { id: 'document:d', text, normalized: normalizeText(text), paragraphs: splitParagraphs(text) };
    const words: Array<readonly [number, number]> = [];
    const word = /[\p{L}\p{N}]+/gu;
    for (let m = word.exec(text); m !== null; m = word.exec(text)) words.push([m.index, m.index + m[0].length]);
    for (let n = 1; n <= 4; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const snippet = evidenceSnippet(text, 'document:d', words[i]![0], words[i + n - 1]![1])!;
        const located = locateQuote(doc, snippet.quote, snippet.occurrence ?? 1);
        expect(located, snippet.quote).toMatchObject({ start: snippet.start, end: snippet.end, occurrences: snippet.occurrences });
      }
    }
  });
});
