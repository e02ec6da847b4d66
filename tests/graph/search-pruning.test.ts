import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/synthetic/generate.js';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import type { Dataset, EntityKind } from '../../src/dataset/model.js';
import { readDatasetFiles } from '../../src/dataset/read-dataset-files.js';
import { SearchIndex, type SearchIndexQuery } from '../../src/graph/search-index.js';
import { SearchIndexBuilder } from '../../src/graph/search-index-builder.js';
import { SEARCH_FIELD_TYPES, SEARCH_FIELDS, searchItems } from '../../src/graph/search-items.js';
import { seedsGraph } from '../helpers/graphs.js';

type Filter = NonNullable<SearchIndexQuery['filter']>;
const FILTERS: ReadonlyArray<[string, Filter | undefined]> = [
  ['no filter', undefined],
  ['entities', (type) => type === 'entity'],
  ['statements', (type) => type === 'statement'],
  ['positions and documents', (type) => type === 'position' || type === 'document'],
  ['countries and persons', (type, kind) => type === 'entity' && (kind === 'country' || kind === 'person')],
  ['all but organizations', (type, kind) => type !== 'entity' || kind !== 'organization'],
];
const FIRSTS = [1, 3, 10, 25, 100];

const query = (first: number, strategy: 'exhaustive' | 'pruned', filter: Filter | undefined): SearchIndexQuery => ({
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  first,
  strategy,
  ...(filter ? { filter } : {}),
});

/** Every query × first × filter: the pruned top-k is the exhaustive one (ids, types, scores bit for bit, order, matched fields). */
function expectSameTopK(index: SearchIndex, queries: readonly string[]): number {
  let compared = 0;
  for (const q of queries) {
    for (const first of FIRSTS) {
      for (const [name, filter] of FILTERS) {
        const exhaustive = index.search(q, query(first, 'exhaustive', filter));
        const pruned = index.search(q, query(first, 'pruned', filter));
        expect(pruned, `${q} / first ${first} / ${name}`).toEqual(exhaustive);
        compared += exhaustive.length;
      }
    }
  }
  return compared;
}

/** Indexes of `dataset` whose long lists carry score bounds from `boundedListPostings` postings on (1 = every list). */
const indexesOf = (dataset: Dataset): SearchIndex[] =>
  [1, 4, 64].map((boundedListPostings) => new SearchIndex(new SearchIndexBuilder(dataset, { boundedListPostings }).finish()));

describe('top-k pruning (MaxScore) gives exactly the exhaustive results', () => {
  it('every field belongs to the result types SEARCH_FIELD_TYPES says (the pruning relies on it)', async () => {
    const { dataset } = await seedsGraph();
    for (const item of searchItems(dataset)) {
      for (const field of SEARCH_FIELDS) {
        if (item[field] !== undefined) expect(SEARCH_FIELD_TYPES[field], `${item.id} ${field}`).toContain(item.type);
      }
    }
  });

  it('on the seeds: names, common words, prefixes, typos and repeated terms, with and without type filters', async () => {
    const { dataset } = await seedsGraph();
    const names = dataset.entities.slice(0, 12).map((e) => e.name);
    const queries = [
      ...names,
      'peace',
      'Council for Peace',
      'president minister foreign',
      'agreement signed summit cooperation',
      'kaz',
      'Tokaev',
      'tokaiev kazakstan',
      'peace peace council',
      'the Middle East peace plan of the United States',
      'uranium tungsten rare earth',
    ];
    let compared = 0;
    for (const index of indexesOf(dataset)) compared += expectSameTopK(index, queries);
    expect(compared).toBeGreaterThan(10_000);
  });

  describe('on a generated synthetic dataset (3,000 statements)', () => {
    let directory = '';
    let dataset: Dataset;
    beforeAll(async () => {
      directory = mkdtempSync(join(tmpdir(), 'search-pruning-'));
      const generated = await generateDataset(3000, directory);
      dataset = buildDataset(await readDatasetFiles(generated.directory));
    }, 60_000);
    afterAll(() => rmSync(directory, { recursive: true, force: true }));

    it('entity names (ties at equal scores broken by id), their words alone, and words of the generated text', () => {
      const kinds = new Set<EntityKind>();
      const names = dataset.entities.filter((e) => !kinds.has(e.kind) && kinds.add(e.kind)).map((e) => e.name);
      const words = names.flatMap((name) => name.split(/\s+/));
      const quoteWords = (dataset.statements[0]?.evidence[0]?.quote ?? '').split(/\s+/).slice(0, 6);
      const queries = [...names, ...words.slice(0, 10), quoteWords.join(' '), ...quoteWords.slice(0, 3), 'pre', 'minister foreign affairs'];
      let compared = 0;
      for (const index of indexesOf(dataset)) compared += expectSameTopK(index, queries);
      expect(compared).toBeGreaterThan(10_000);
    });
  });
});
