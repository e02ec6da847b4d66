import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/model.js';
import { createKnowledgeGraph, type KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { SearchIndexBuilder } from '../../src/graph/search-index-builder.js';
import {
  buildSearchIndex,
  processSearchTerm,
  SearchIndex,
  SEARCH_FIELD_BOOSTS,
  SEARCH_FIELDS,
  searchItems,
  tokenizeSearchText,
  type SearchItem,
} from '../../src/graph/search-index.js';
import { searchIndexOf, searchIndexWork } from '../../src/graph/search-index-of.js';
import { runToEnd } from '../../src/graph/steps.js';
import { SearchVocabulary } from '../../src/graph/search-vocabulary.js';
import { seedsGraph } from '../helpers/graphs.js';

/** minisearch as the project used it before the compact index: the reference for scores. */
function minisearchIndex(dataset: Dataset): MiniSearch<SearchItem> {
  const index = new MiniSearch<SearchItem>({
    fields: SEARCH_FIELDS,
    storeFields: ['type', 'kind'],
    tokenize: tokenizeSearchText,
    processTerm: processSearchTerm,
  });
  index.addAll(searchItems(dataset));
  return index;
}

interface Options {
  readonly prefix: boolean;
  readonly fuzzy: number;
  readonly and: boolean;
}

/** Results as comparable rows: id, score, and the sorted (term, fields) pairs. */
function ours(index: SearchIndex, query: string, o: Options): Map<string, { score: number; match: string[] }> {
  const results = index.search(query, {
    prefix: (term) => o.prefix && term.length >= 3,
    fuzzy: (term) => (o.fuzzy > 0 && term.length >= 5 ? o.fuzzy : false),
    combineWith: o.and ? 'AND' : 'OR',
  });
  return new Map(results.map((r) => [r.id, { score: r.score, match: [...r.match].map(([t, f]) => `${t}:${f.join(',')}`).sort() }]));
}

function reference(index: MiniSearch<SearchItem>, query: string, o: Options): Map<string, { score: number; match: string[] }> {
  const results = index.search(query, {
    boost: SEARCH_FIELD_BOOSTS,
    prefix: (term) => o.prefix && term.length >= 3,
    fuzzy: (term) => (o.fuzzy > 0 && term.length >= 5 ? o.fuzzy : false),
    combineWith: o.and ? 'AND' : 'OR',
  });
  return new Map(
    results.map((r) => [
      r.id as string,
      {
        score: r.score,
        match: Object.entries(r.match)
          .map(([t, f]) => `${t}:${f.join(',')}`)
          .sort(),
      },
    ]),
  );
}

function expectSame(index: SearchIndex, mini: MiniSearch<SearchItem>, query: string, o: Options): void {
  const actual = ours(index, query, o);
  const expected = reference(mini, query, o);
  expect([...actual.keys()].sort(), `ids for ${JSON.stringify(query)} ${JSON.stringify(o)}`).toEqual([...expected.keys()].sort());
  for (const [id, { score, match }] of expected) {
    const got = actual.get(id)!;
    expect(Math.abs(got.score - score), `score of ${id} for ${JSON.stringify(query)}`).toBeLessThanOrEqual(1e-9 * Math.max(1, score));
    expect(got.match, `match of ${id} for ${JSON.stringify(query)}`).toEqual(match);
  }
}

describe('SearchIndex', () => {
  it('scores every item like minisearch (BM25+, boosts, prefix, fuzzy, AND / OR) on the seeds', async () => {
    const kg = await seedsGraph();
    const index = buildSearchIndex(kg.dataset);
    const mini = minisearchIndex(kg.dataset);
    expect(index.documentCount).toBe(mini.documentCount);
    expect(index.termCount).toBe(mini.termCount);
    const vocabulary = index.vocabulary.terms;
    // Words from the vocabulary, cut to prefixes, with typos, and combined.
    const word = fc.constantFrom(...vocabulary);
    const mangled = fc.oneof(
      word,
      fc.tuple(word, fc.nat()).map(([w, n]) => w.slice(0, Math.max(3, w.length - (n % 4)))),
      fc.tuple(word, fc.nat(), fc.constantFrom('a', 'e', 'x', '')).map(([w, n, c]) => {
        const at = n % Math.max(1, w.length);
        return w.slice(0, at) + c + w.slice(at + 1);
      }),
      fc.constantFrom('Tokaev', 'Council for Peace', 'U.N.', 'Kazakhstan’s', 'the of', 'tungstan'),
    );
    fc.assert(
      fc.property(
        fc.array(mangled, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.constantFrom(0, 0.2, 0.5, 2),
        fc.boolean(),
        (words, prefix, fuzzy, and) => expectSame(index, mini, words.join(' '), { prefix, fuzzy, and }),
      ),
      { numRuns: 300 },
    );
  });

  it('returns the best `first` results, ranked by score then id, with the same matches as the full ranking', async () => {
    const kg = await seedsGraph();
    const index = buildSearchIndex(kg.dataset);
    const word = fc.constantFrom(...index.vocabulary.terms);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 30 }), (words, first) => {
        const options = { prefix: (t: string) => t.length >= 3, fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) as number | false };
        const all = index.search(words.join(' '), options);
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [all[i - 1]!, all[i]!];
          expect(a.score > b.score || (a.score === b.score && a.id < b.id)).toBe(true);
        }
        expect(index.search(words.join(' '), { ...options, first })).toEqual(all.slice(0, first));
      }),
      { numRuns: 100 },
    );
  });

  it('a filter that throws leaves the index as it was', async () => {
    const kg = await seedsGraph();
    const index = buildSearchIndex(kg.dataset);
    const options = { prefix: () => true, fuzzy: () => false as const };
    const before = index.search('peace', options);
    let calls = 0;
    expect(() =>
      index.search('peace', {
        ...options,
        filter: () => {
          if (++calls === 3) throw new Error('boom');
          return true;
        },
      }),
    ).toThrow('boom');
    expect(index.search('peace', options)).toEqual(before);
  });

  it('filters results after scoring', async () => {
    const kg = await seedsGraph();
    const index = buildSearchIndex(kg.dataset);
    const all = index.search('peace', { prefix: () => true, fuzzy: () => false });
    const entities = index.search('peace', { prefix: () => true, fuzzy: () => false, filter: (type) => type === 'entity' });
    expect(entities.length).toBeGreaterThan(0);
    expect(entities).toEqual(all.filter((r) => r.type === 'entity'));
  });
});

describe('SearchVocabulary', () => {
  const words = ['', 'a', 'ab', 'abc', 'abd', 'b', 'ba', 'peace', 'peacekeeping', 'peaces', 'piece', 'place', 'tokaev', 'tokayev', 'ü'];
  const vocabulary = new SearchVocabulary([...words].sort());

  it('finds terms and prefix ranges', () => {
    expect(vocabulary.find('peace')).toBe(vocabulary.terms.indexOf('peace'));
    expect(vocabulary.find('peac')).toBe(-1);
    const { start, end } = vocabulary.withPrefix('peace');
    expect(vocabulary.terms.slice(start, end)).toEqual(['peace', 'peacekeeping', 'peaces']);
    const none = vocabulary.withPrefix('zz');
    expect(none.end - none.start).toBe(0);
    const all = vocabulary.withPrefix('');
    expect(all.end - all.start).toBe(words.length);
  });

  /** Levenshtein distance, the textbook way. */
  function levenshtein(a: string, b: string): number {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j]!;
        row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length]!;
  }

  it('fuzzy: exactly the terms within the distance, with their distances (against a brute force)', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'e', 'p');
    const term = fc.array(letters, { maxLength: 7 }).map((l) => l.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(term, { maxLength: 60 }), term, fc.integer({ min: 0, max: 3 }), (list, query, distance) => {
        const v = new SearchVocabulary([...list].sort());
        const expected = new Map<number, number>();
        v.terms.forEach((t, i) => {
          const d = levenshtein(query, t);
          if (d <= distance) expected.set(i, d);
        });
        expect(v.fuzzy(query, distance)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('building the search index in slices and in the background', () => {
  /** A knowledge graph of the seeds with no search index yet. */
  const freshGraph = async (): Promise<KnowledgeGraph> => createKnowledgeGraph((await seedsGraph()).dataset);
  const QUERIES = ['Council for Peace', 'Tokaev', 'peace in the Middle East', 'tungstan'];
  const options = {
    prefix: (t: string) => t.length >= 3,
    fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) as number | false,
    first: 20,
  };

  it('builds the same index in slices as at once', async () => {
    const kg = await freshGraph();
    const builder = new SearchIndexBuilder(kg.dataset);
    let slices = 0;
    while (!builder.addSome(() => true)) slices++;
    expect(slices).toBeGreaterThan(3);
    expect(builder.progress).toBe(1);
    const sliced = new SearchIndex(builder.finish());
    const whole = buildSearchIndex(kg.dataset);
    expect(sliced.termCount).toBe(whole.termCount);
    for (const q of QUERIES) expect(sliced.search(q, options)).toEqual(whole.search(q, options));
  });

  it('searchIndexWork: steps that build the index and memoise it for searchIndexOf; a synchronous search mid-way finishes the build', async () => {
    const kg = await freshGraph();
    const work = searchIndexWork(kg);
    expect(work.key).toBe('search-index');
    expect(work.done).toBe(false);
    const steps = work.steps();
    for (let i = 0; i < 3; i++) expect(steps.next().done).toBe(false);
    // Mid-way, a synchronous lookup finishes what the steps began; the steps then end at once.
    const index = searchIndexOf(kg);
    expect(work.done).toBe(true);
    expect(steps.next().done).toBe(true);
    expect(searchIndexOf(kg)).toBe(index);
    expect(index.search('Tokaev', options)).toEqual(buildSearchIndex(kg.dataset).search('Tokaev', options));
    // Done work has no steps left.
    expect(runToEnd(searchIndexWork(kg).steps())).toBeUndefined();
    expect(searchIndexOf(kg)).toBe(index);
  });

  it('searchIndexWork run to the end memoises the same index a build at once gives', async () => {
    const kg = await freshGraph();
    runToEnd(searchIndexWork(kg).steps());
    const whole = buildSearchIndex(kg.dataset);
    for (const q of QUERIES) expect(searchIndexOf(kg).search(q, options)).toEqual(whole.search(q, options));
  });
});
