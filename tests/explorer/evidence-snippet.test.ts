import { describe, expect, it } from 'vitest';
import { evidenceSnippet } from '../../src/explorer/model/evidence-snippet.js';

const TEXT = 'Kazakhstan signed the agreement. Later, Kazakhstan signed the agreement again; logistics matter.';

describe('evidenceSnippet (select to cite)', () => {
  it('widens a selection to whole words, trims it, and gives the YAML to paste', () => {
    expect(evidenceSnippet(TEXT, 'document:d', 80, 85)).toEqual({
      quote: 'logistics',
      start: 79,
      end: 88,
      occurrence: null,
      yaml: '- document: document:d\n  quote: "logistics"\n',
    });
    expect(evidenceSnippet(TEXT, 'document:d', 31, 33)).toBeNull();
  });

  it('adds occurrence when the quote repeats, counted as the loader counts', () => {
    const second = TEXT.indexOf('Kazakhstan signed', 1);
    expect(evidenceSnippet(TEXT, 'document:d', second + 2, second + 31)).toMatchObject({
      quote: 'Kazakhstan signed the agreement',
      occurrence: 2,
      yaml: '- document: document:d\n  quote: "Kazakhstan signed the agreement"\n  occurrence: 2\n',
    });
  });
});
