/**
 * Normalises a name or alias for lookups: case, diacritics, punctuation and white space are
 * ignored, so "Tokaev", "TOKAEV" and "Tokáev" match, and "U.S." matches "US".
 */
export function normalizeAlias(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
