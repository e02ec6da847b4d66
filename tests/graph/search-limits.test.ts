import { beforeAll, describe, expect, it } from 'vitest';
import { InterruptedError, InvalidArgumentError } from '../../src/errors.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { searchIndexOf } from '../../src/graph/search-index-of.js';
import { MAX_SEARCH_QUERY_CHARS, MAX_SEARCH_TERMS, search } from '../../src/graph/search.js';
import { seedsGraph } from '../helpers/graphs.js';

describe('search: bounded work', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await seedsGraph();
  });

  it('rejects a query longer than MAX_SEARCH_QUERY_CHARS without echoing it', () => {
    const query = 'peace '.repeat(100);
    expect(() => search(kg, query)).toThrow(
      new InvalidArgumentError(`query must be at most ${MAX_SEARCH_QUERY_CHARS} characters, got ${query.length}`),
    );
    expect(() => search(kg, 'x'.repeat(260_000))).toThrow(InvalidArgumentError);
  });

  it('rejects more than MAX_SEARCH_TERMS searchable terms (stop words do not count)', () => {
    const words = Array.from({ length: MAX_SEARCH_TERMS + 1 }, (_, i) => `word${i}`);
    expect(() => search(kg, words.join(' '))).toThrow(
      new InvalidArgumentError(`query must have at most ${MAX_SEARCH_TERMS} searchable terms, got ${MAX_SEARCH_TERMS + 1}`),
    );
    expect(search(kg, `${words.slice(0, MAX_SEARCH_TERMS).join(' ')} the of and`).length).toBeGreaterThanOrEqual(0);
  });

  it('stops with an InterruptedError once shouldStop says so, and the next search is unaffected', () => {
    const expected = search(kg, 'peace council president');
    let calls = 0;
    expect(() => search(kg, 'peace council president', { shouldStop: () => ++calls >= 2 })).toThrow(InterruptedError);
    expect(calls).toBe(2);
    // The interrupted search left no score behind in the shared accumulators.
    expect(search(kg, 'peace council president')).toEqual(expected);
    // Asked before each term at least.
    let asked = 0;
    search(kg, 'peace council president', { shouldStop: () => (asked++, false) });
    expect(asked).toBeGreaterThanOrEqual(3);
  });

  it('an interruption in the middle of scoring postings resets the accumulators too', () => {
    const index = searchIndexOf(kg);
    const options = { prefix: () => true, fuzzy: () => 0.2 };
    const expected = index.search('peace council', options);
    let calls = 0;
    // Calls 1 and 2 come before each term's expansion, 3 before scoring "peace", 4 before scoring "council".
    expect(() => index.search('peace council', { ...options, shouldStop: () => ++calls > 3 })).toThrow(InterruptedError);
    expect(calls).toBe(4);
    // "peace" was scored into the shared accumulators before the stop: they were reset.
    expect(index.search('peace council', options)).toEqual(expected);
  });
});
