/** BM25+ parameters (minisearch's defaults, which the ranking was tuned with). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Inverse document frequency of a term found in `matching` of `documentCount` items (one field's posting list). */
export function bm25Idf(documentCount: number, matching: number): number {
  return Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
}

/**
 * Unweighted BM25+ score of one posting: the term occurs `count` times in a field of `length`
 * tokens, whose average length is `average`. The one expression every scorer uses (the exhaustive
 * one, the pruned one and the per-list upper bounds), so that they compute the same numbers bit
 * for bit.
 */
export function bm25Score(idf: number, count: number, length: number, average: number): number {
  return idf * (BM25.d + (count * (BM25.k + 1)) / (count + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
}
