import { describe, expect, it } from 'vitest';
import { gql, type Json } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

const SEARCH = `query($query: String!, $types: [SearchResultType!], $kinds: [EntityKind!], $first: Int, $fuzzy: Float, $matchAll: Boolean) {
  search(query: $query, types: $types, kinds: $kinds, first: $first, fuzzy: $fuzzy, matchAll: $matchAll) {
    __typename
    score
    matches { field terms }
    ... on EntityHit { entity { id kind name } }
    ... on StatementHit { statement { id evidence { quote } } }
    ... on PositionHit { position { id summary } }
    ... on DocumentHit { document { id } }
  }
}`;

const idOf = (hit: Json): string => (hit.entity ?? hit.statement ?? hit.position ?? hit.document).id as string;

describe('Query.search', () => {
  it.each([
    ['Council for Peace', 'organization:board-of-peace'],
    ['tungsten', 'project:tungsten-deposit'],
    ['Tokaev', 'person:kassym-jomart-tokayev'],
    ['Tokayv', 'person:kassym-jomart-tokayev'],
    ['putin', 'person:vladimir-putin'],
  ])('ranks the right entity first for %j', async (query, expected) => {
    const kg = await seedsGraph();
    const result = await gql(kg, SEARCH, { query });
    expect(result.errors).toBeUndefined();
    const hits = result.data.search;
    expect(hits[0].__typename).toBe('EntityHit');
    expect(hits[0].entity.id).toBe(expected);
    for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
  });

  it('says which fields matched: the alias for "Council for Peace", the fuzzy-matched term for a typo', async () => {
    const kg = await seedsGraph();
    const council = (await gql(kg, SEARCH, { query: 'Council for Peace', first: 1 })).data.search[0];
    expect(council.matches).toContainEqual({ field: 'ALIASES', terms: ['council', 'peace'] });
    const typo = (await gql(kg, SEARCH, { query: 'Tokayv', first: 1 })).data.search[0];
    expect(typo.matches).toContainEqual({ field: 'NAME', terms: ['tokayev'] });
  });

  it('finds statements whose quotes contain the term', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, SEARCH, { query: 'tungsten', types: ['STATEMENT'], first: 100 });
    const hits = result.data.search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: Json) => h.__typename === 'StatementHit')).toBe(true);
    for (const hit of hits.filter((h: Json) => h.matches.some((m: Json) => m.field === 'QUOTES') as boolean)) {
      expect(hit.statement.evidence.some((e: Json) => /tungsten/i.test(e.quote as string))).toBe(true);
    }
    // Exactly the statements with "tungsten" in a quote, qualifier or string value.
    const expected = kg.dataset.statements
      .filter((s) =>
        [
          ...s.evidence.map((e) => e.quote),
          s.qualifiers.role,
          s.qualifiers.characterization,
          s.qualifiers.note,
          ...s.qualifiers.areas,
          s.value?.type === 'string' ? s.value.text : null,
        ].some((text) => text !== null && /\btungsten/i.test(text)),
      )
      .map((s) => s.id)
      .sort();
    expect(hits.map(idOf).sort()).toEqual(expected);
  });

  it('filters by entity kind, returning only entities', async () => {
    const kg = await seedsGraph();
    const result = await gql(kg, SEARCH, { query: 'Kazakhstan', kinds: ['COUNTRY'], first: 100 });
    const hits = result.data.search;
    expect(hits[0].entity.id).toBe('country:kz');
    expect(hits.every((h: Json) => h.__typename === 'EntityHit' && h.entity.kind === 'COUNTRY')).toBe(true);
  });

  it('searches positions by their summary', async () => {
    const kg = await seedsGraph();
    for (const position of kg.dataset.positions.slice(0, 5)) {
      const word = position.summary.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
      const result = await gql(kg, SEARCH, { query: word, types: ['POSITION'], first: 100, fuzzy: 0 });
      const hit = result.data.search.find((h: Json) => h.position.id === position.id);
      expect(hit.matches.map((m: Json) => m.field as string)).toContain('SUMMARY');
    }
  });

  it('requires every term with matchAll', async () => {
    const kg = await seedsGraph();
    const any = await gql(kg, SEARCH, { query: 'tungsten Kazakhstan', first: 100 });
    const all = await gql(kg, SEARCH, { query: 'tungsten Kazakhstan', first: 100, matchAll: true });
    expect(all.data.search.length).toBeGreaterThan(0);
    expect(all.data.search.length).toBeLessThan(any.data.search.length);
    for (const hit of all.data.search) {
      const terms = hit.matches.flatMap((m: Json) => m.terms as string[]);
      expect(terms).toContain('tungsten');
      expect(terms).toContain('kazakhstan');
    }
  });

  it('bounds the result count', async () => {
    const kg = await seedsGraph();
    expect((await gql(kg, SEARCH, { query: 'Kazakhstan' })).data.search).toHaveLength(10);
    const many = await gql(kg, '{ search(query: "Kazakhstan", first: 1000) { score } }');
    expect(many.errors).toBeUndefined();
    expect(many.data.search).toHaveLength(100);
  });

  it.each([
    [{ query: '' }, 'query must not be empty'],
    [{ query: '  ' }, 'query must not be empty'],
    [{ query: 'the of' }, 'query "the of" has no searchable term (only stop words or punctuation)'],
    [{ query: 'Putin', fuzzy: 1.5 }, 'fuzzy must be from 0 to 1, got 1.5'],
    [{ query: 'Putin', first: 0 }, 'first must be a positive integer, got 0'],
  ])('rejects %j with BAD_USER_INPUT', async (variables, message) => {
    const kg = await seedsGraph();
    const result = await gql(kg, SEARCH, variables);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
