import { describe, expect, it } from 'vitest';
import { normalizeAlias } from '../../src/dataset/normalize-alias.js';

describe('normalizeAlias', () => {
  it.each([
    ['Tokaev', 'tokaev'],
    ['TOKÁEV', 'tokaev'],
    ['U.S.', 'us'],
    ['US', 'us'],
    ['Kassym-Jomart Tokayev', 'kassymjomarttokayev'],
    ['Council  for   Peace', 'councilforpeace'],
    ['Қасым-Жомарт Тоқаев', 'қасымжомарттоқаев'],
    ['“Board of Peace”', 'boardofpeace'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeAlias(input)).toBe(expected);
  });
});
