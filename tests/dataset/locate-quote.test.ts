import { describe, expect, it } from 'vitest';
import { locateQuote, type SearchableDocument } from '../../src/dataset/locate-quote.js';
import { normalizeText } from '../../src/dataset/normalized-text.js';
import { splitParagraphs } from '../../src/dataset/text-structure.js';

function doc(text: string): SearchableDocument {
  return { id: 'document:t', text, normalized: normalizeText(text), paragraphs: splitParagraphs(text) };
}

describe('locateQuote', () => {
  const text = 'Heading\n\nThe U.S. President said “peace  is\nnear”. Kazakhstan agreed — twice. Peace is near.\n';

  it('tolerates white space and typographic quotes and dashes, and records offsets and context', () => {
    const found = locateQuote(doc(text), '"peace is near"');
    expect(found).toMatchObject({ exact: '“peace  is\nnear”', paragraph: 1, occurrences: 1 });
    if (typeof found === 'string') throw new Error(found);
    expect(text.slice(found.start, found.end)).toBe(found.exact);
    expect(found.sentence).toBe('The U.S. President said “peace  is\nnear”.');
    expect(found.prefix.endsWith('said ')).toBe(true);
    expect(found.suffix.startsWith('. Kazakhstan')).toBe(true);
  });

  it('does not split sentences at abbreviations', () => {
    const found = locateQuote(doc(text), 'President said');
    expect(typeof found !== 'string' && found.sentence).toBe('The U.S. President said “peace  is\nnear”.');
  });

  it('matches an em dash with a hyphen', () => {
    const found = locateQuote(doc(text), 'agreed - twice');
    expect(typeof found !== 'string' && found.exact).toBe('agreed — twice');
  });

  it('is case-sensitive and otherwise exact', () => {
    expect(locateQuote(doc(text), 'kazakhstan agreed')).toBe(
      'quote not found in document:t: "kazakhstan agreed"; closest passage at 51-68: "[-kazakhstan-]{+Kazakhstan+} agreed" ([-…-] only in the quote, {+…+} only in the document)',
    );
  });

  it('picks the requested occurrence and counts them', () => {
    const first = locateQuote(doc(text), 'is near');
    const second = locateQuote(doc(text), 'is near', 2);
    expect(typeof first !== 'string' && first.occurrences).toBe(2);
    expect(typeof first !== 'string' && typeof second !== 'string' && second.start > first.start).toBe(true);
    expect(locateQuote(doc(text), 'is near', 3)).toBe('occurrence 3 requested but the quote occurs 2 time(s) in document:t');
  });

  it('serialises every field, derived ones included', () => {
    const found = locateQuote(doc(text), '"peace is near"');
    if (typeof found === 'string') throw new Error(found);
    expect(JSON.parse(JSON.stringify(found))).toEqual({
      document: 'document:t',
      quote: '"peace is near"',
      exact: '“peace  is\nnear”',
      start: found.start,
      end: found.end,
      prefix: found.prefix,
      suffix: found.suffix,
      sentence: 'The U.S. President said “peace  is\nnear”.',
      sentenceStart: found.sentenceStart,
      sentenceEnd: found.sentenceEnd,
      paragraph: 1,
      occurrences: 1,
    });
    expect(Object.isFrozen(found)).toBe(true);
  });
});
