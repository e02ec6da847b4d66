import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, normalizeQuote, normalizeText, type NormalizedText } from '../../src/dataset/normalized-text.js';

/** The offset of every normalised character. */
function offsetsOf(normalized: NormalizedText): number[] {
  return Array.from({ length: normalized.text.length }, (_, i) => normalized.offsetAt(i));
}

/** The definition, one character at a time. */
function naiveNormalize(text: string): { text: string; offsets: number[] } {
  const out: string[] = [];
  const offsets: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out.push(' ');
        offsets.push(i);
        inSpace = true;
      }
      continue;
    }
    inSpace = false;
    out.push(foldChar(ch));
    offsets.push(i);
  }
  return { text: out.join(''), offsets };
}

describe('normalizeText', () => {
  it('folds typography and white space runs, keeping offsets into the original', () => {
    const result = normalizeText('“Hi”  –\u00a0it’s\n\tok');
    expect(result.text).toBe('"Hi" - it\'s ok');
    expect(offsetsOf(result)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15]);
  });

  it('matches the character-by-character definition', () => {
    const chars = fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u00a0', '\u2028', '“', '”', '«', '’', '–', '—', '\u2212', '"', '-', 'Ж');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(chars).map((c) => c.join('')),
          fc.string(),
        ),
        (text) => {
          const result = normalizeText(text);
          expect({ text: result.text, offsets: offsetsOf(result) }).toEqual(naiveNormalize(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('normalizes quotes like texts, trimmed', () => {
    const chars = fc.constantFrom('a', 'é', ' ', '\n', '\t', '\u00a0', '\u2028', '“', '”', '«', '’', '–', '—', '\u2212', '"', '-', 'Ж');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(chars).map((c) => c.join('')),
          fc.string(),
        ),
        (text) => {
          expect(normalizeQuote(text)).toBe(normalizeText(text.trim()).text);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('maps original offsets back to the first normalised character at or after them', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, at) => {
        const result = normalizeText(text);
        const offsets = offsetsOf(result);
        const offset = text.length === 0 ? 0 : at % (text.length + 1);
        const expected = offsets.findIndex((o) => o >= offset);
        expect(result.indexAtOrAfter(offset)).toBe(expected === -1 ? offsets.length : expected);
      }),
      { numRuns: 2000 },
    );
  });
});
