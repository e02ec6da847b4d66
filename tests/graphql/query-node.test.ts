import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { queryApiGraph } from '../graph/query-api-fixture.js';

const kg = await queryApiGraph();

describe('Query.node and Query.nodes', () => {
  it('fetches any object by its global id, entities also by alias', async () => {
    const result = await gql(
      kg,
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id
          ... on Country { iso2 } ... on Statement { predicate { id } } ... on Position { stance }
          ... on Document { file } ... on Predicate { inverse } } }`,
      {
        ids: [
          'country:xa',
          'NU',
          'statement:xa-member-of-union',
          'position:ortiz-water-sharing',
          'document:forum-notes',
          'member_of',
          'statement:missing',
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toEqual([
      { __typename: 'Country', id: 'country:xa', iso2: 'XA' },
      { __typename: 'Organization', id: 'organization:northern-union' },
      { __typename: 'Statement', id: 'statement:xa-member-of-union', predicate: { id: 'member_of' } },
      { __typename: 'Position', id: 'position:ortiz-water-sharing', stance: 'SUPPORTS' },
      { __typename: 'Document', id: 'document:forum-notes', file: 'b.txt' },
      { __typename: 'Predicate', id: 'member_of', inverse: 'has member' },
      null,
    ]);
  });

  it('returns null for an unknown id', async () => {
    const result = await gql(kg, '{ node(id: "person:nobody") { id } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it('resolves an alias insensitive to case, diacritics and punctuation', async () => {
    const result = await gql(kg, '{ node(id: "DÓRLANDIA republic!") { id ... on Entity { name } } }');
    expect(result.data.node).toEqual({ id: 'country:xd', name: 'Dorlandia' });
  });

  it('rejects more than 100 ids with BAD_USER_INPUT', async () => {
    const result = await gql(kg, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array<string>(101).fill('country:xa') });
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('ids: at most 100 ids per request, got 101');
  });
});
