/**
 * How text becomes search terms, the same for indexed text and queries: split on white space,
 * punctuation and symbols, then normalised (see {@link processSearchTerm}).
 */

/** Frequent English words that carry no meaning for a lookup ("Council for Peace" is about council and peace). */
const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in is it its of on or that the this to was were will with'.split(' '),
);

const DOTTED_ACRONYM = /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu;
const TOKEN_SEPARATOR = /[\s\p{Z}\p{P}\p{S}]+/u;

/**
 * Splits text into terms on white space, punctuation and symbols. Dotted acronyms stay one term
 * ("U.S." → "US", "U.N." → "UN"), so they can be found at all.
 */
export function tokenizeSearchText(text: string): string[] {
  // Without a full stop there is no dotted acronym to join (most quotes): skip that pass.
  const joined = text.includes('.') ? text.replace(DOTTED_ACRONYM, (acronym) => acronym.replaceAll('.', '')) : text;
  return joined.split(TOKEN_SEPARATOR).filter((term) => term.length > 0);
}

/**
 * Normalises a term for indexing and search: lower case, diacritics removed ("Tokáev" → "tokaev").
 * Stop words and single letters ("s" of "Kazakhstan's") are dropped.
 */
export function processSearchTerm(term: string): string | null {
  const normalized = term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (STOP_WORDS.has(normalized) || /^\p{L}$/u.test(normalized)) return null;
  return normalized;
}
