import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { search, type SearchHit } from '../../src/graph/search.js';
import { searchIndexOf } from '../../src/graph/search-index-of.js';
import { processSearchTerm, tokenizeSearchText } from '../../src/graph/search-index.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

const kg = tinyGraph({
  edges: [
    ['project:tungsten-deposit', 'located_in', 'country:kz', { id: 'deposit-in-kz' }],
    ['company:cove-capital', 'invests_in', 'project:tungsten-deposit', { id: 'cove-invests' }],
    ['person:tokayev', 'leads', 'country:kz', { id: 'tokayev-leads' }],
  ],
  positions: [{ id: 'tokayev-on-deposit', holder: 'person:tokayev', topic: 'project:tungsten-deposit' }],
});

const ids = (hits: readonly SearchHit[]): string[] => hits.map((h) => `${h.type} ${h.id}`);

describe('search terms', () => {
  it('keeps dotted acronyms whole and splits on punctuation and symbols', () => {
    expect(tokenizeSearchText('U.S. and the U.N. met in Astana; $45 billion')).toEqual([
      'US',
      'and',
      'the',
      'UN',
      'met',
      'in',
      'Astana',
      '45',
      'billion',
    ]);
    expect(tokenizeSearchText('Kazakhstan’s “Council for Peace”')).toEqual(['Kazakhstan', 's', 'Council', 'for', 'Peace']);
  });

  it('lower-cases, strips diacritics, drops stop words and single letters', () => {
    expect(['Tokáev', 'US', 'for', 'The', 's', '5'].map(processSearchTerm)).toEqual(['tokaev', 'us', null, null, null, '5']);
  });
});

describe('search', () => {
  it('ranks an entity named by the term above statements quoting it, with the matched fields', () => {
    const hits = search(kg, 'tungsten');
    expect(hits[0]).toMatchObject({ type: 'entity', id: 'project:tungsten-deposit', matches: [{ field: 'name', terms: ['tungsten'] }] });
    expect(ids(hits).sort()).toEqual([
      'document document:tiny',
      'entity project:tungsten-deposit',
      'position position:tokayev-on-deposit',
      'statement statement:cove-invests',
      'statement statement:deposit-in-kz',
    ]);
    const statementHit = hits.find((h) => h.id === 'statement:deposit-in-kz');
    expect(statementHit?.matches).toEqual([{ field: 'quotes', terms: ['tungsten'] }]);
    expect(hits.find((h) => h.type === 'document')?.matches).toEqual([{ field: 'text', terms: ['tungsten'] }]);
    const positionHit = hits.find((h) => h.type === 'position');
    expect(positionHit?.matches).toEqual([
      { field: 'quotes', terms: ['tungsten'] },
      { field: 'summary', terms: ['tungsten'] },
    ]);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('matches prefixes and typos, unless turned off', () => {
    expect(search(kg, 'tungs')[0]?.id).toBe('project:tungsten-deposit');
    expect(search(kg, 'tungs', { prefix: false })).toEqual([]);
    expect(search(kg, 'tungstn')[0]).toMatchObject({ id: 'project:tungsten-deposit', matches: [{ field: 'name', terms: ['tungsten'] }] });
    expect(search(kg, 'tungstn', { fuzzy: 0 })).toEqual([]);
    expect(search(kg, 'TOKÁYEV')[0]?.id).toBe('person:tokayev');
  });

  it('scores exact matches above fuzzy ones', () => {
    const exact = search(kg, 'tungsten', { types: ['entity'] })[0]!.score;
    const fuzzy = search(kg, 'tungstan', { types: ['entity'] })[0]!.score;
    expect(exact).toBeGreaterThan(fuzzy);
  });

  it('filters by result type and entity kind', () => {
    expect(ids(search(kg, 'tungsten', { types: ['statement'] })).sort()).toEqual([
      'statement statement:cove-invests',
      'statement statement:deposit-in-kz',
    ]);
    expect(ids(search(kg, 'tungsten kz', { kinds: ['country'] }))).toEqual(['entity country:kz']);
    expect(ids(search(kg, 'tungsten kz', { kinds: ['country'], types: ['entity', 'position'] }))).toEqual([
      'entity country:kz',
      'position position:tokayev-on-deposit',
    ]);
  });

  it('requires every term with combineWith and', () => {
    expect(ids(search(kg, 'tungsten kz', { combineWith: 'and' })).sort()).toEqual([
      'document document:tiny',
      'statement statement:deposit-in-kz',
    ]);
    expect(search(kg, 'tungsten kz').length).toBeGreaterThan(1);
  });

  it('bounds the number of results', () => {
    expect(search(kg, 'tungsten', { first: 2 })).toHaveLength(2);
    expect(search(kg, 'record', { first: 1000 }).length).toBeLessThanOrEqual(100);
  });

  it.each([
    ['', {}],
    ['   ', {}],
    ['the of and', {}],
    ['?!', {}],
    ['tungsten', { fuzzy: 2 }],
    ['tungsten', { fuzzy: -0.1 }],
    ['tungsten', { first: 0 }],
  ])('rejects %j %j', (query, options) => {
    expect(() => search(kg, query, options)).toThrow(InvalidArgumentError);
  });

  it('builds the index once per knowledge graph', () => {
    expect(searchIndexOf(kg)).toBe(searchIndexOf(kg));
    expect(searchIndexOf(kg).documentCount).toBe(
      kg.dataset.entities.length + kg.dataset.statements.length + kg.dataset.positions.length + kg.dataset.documents.length,
    );
  });
});
