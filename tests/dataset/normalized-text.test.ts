import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldChar, normalizeQuote, normalizeText } from '../../src/dataset/normalized-text.js';

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
    expect([...result.offsets]).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15]);
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
          expect({ text: result.text, offsets: [...result.offsets] }).toEqual(naiveNormalize(text));
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
});
