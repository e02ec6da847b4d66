/** Cost of each search term: looking it up and scoring its postings. */
export const SEARCH_TERM_COST = 20;
/** Extra cost of a term that also matches as a prefix (3+ letters, `prefix`). */
export const SEARCH_PREFIX_COST = 20;
/** Extra cost of a term that also matches fuzzily (5+ letters, `fuzzy` > 0): a walk of the vocabulary. */
export const SEARCH_FUZZY_COST = 200;

/** Words as the search tokenizer sees them, near enough for an estimate (letters and digits). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The extra cost of one `search` call (see `CostEstimateOptions.fieldCosts`), from its arguments:
 * per term of its query, {@link SEARCH_TERM_COST}, plus {@link SEARCH_PREFIX_COST} when it may
 * match as a prefix and {@link SEARCH_FUZZY_COST} when it may match fuzzily. Thirty aliased fuzzy
 * searches of sixteen terms cost what they do: about 100 000, over the default limit.
 */
export function searchCost(argument: (name: string) => unknown): number {
  const query = argument('query');
  if (typeof query !== 'string') return 0;
  const prefix = argument('prefix') !== false;
  const fuzzy = argument('fuzzy');
  const fuzzyOn = fuzzy === undefined || fuzzy === null || (typeof fuzzy === 'number' && fuzzy > 0);
  let cost = 0;
  for (const [word] of query.slice(0, 10_000).matchAll(WORD)) {
    cost += SEARCH_TERM_COST;
    if (prefix && word.length >= 3) cost += SEARCH_PREFIX_COST;
    if (fuzzyOn && word.length >= 5) cost += SEARCH_FUZZY_COST;
  }
  return cost;
}
