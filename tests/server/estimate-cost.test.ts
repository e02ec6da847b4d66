import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/server/plugins/estimate-cost.js';

/** A small schema with every shape the estimate distinguishes. */
const schema = buildSchema(`
  type Query {
    thing(id: ID!): Thing
    things: [Thing!]!
    page(first: Int = 20, last: Int): ThingConnection!
    search(limit: Int = 5): [Thing!]!
    byIds(ids: [ID!]!): [Thing]!
    node: Node
  }
  interface Node { id: ID! }
  type Thing implements Node { id: ID! name: String! tags: [String!]! parts: [Part!]! }
  type Part implements Node { id: ID! weight: Int! }
  type ThingConnection { nodes: [Thing!]! edges: [ThingEdge!]! totalCount: Int! aggregate: Aggregate! }
  type Aggregate { count: Int! groups(limit: Int): [Group!]! }
  type Group { key: String count: Int! }
  type ThingEdge { node: Thing! cursor: String! }
`);

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string): number =>
  estimateCost(schema, parse(query), operationName, variables, { defaultListSize: 10 });

describe('estimateCost', () => {
  it('counts every field once outside lists', () => {
    // thing 1 + id 1 + name 1
    expect(cost('{ thing(id: "a") { id name } }')).toBe(3);
  });

  it('multiplies a list without a size argument by defaultListSize', () => {
    // things 10 × (1 + id + tags 10 × 1)
    expect(cost('{ things { id tags } }')).toBe(10 * (1 + 1 + 10));
  });

  it('nests multipliers', () => {
    // things 10 × (1 + parts 10 × (1 + weight))
    expect(cost('{ things { parts { weight } } }')).toBe(10 * (1 + 10 * 2));
  });

  it('reads first from a literal, from a variable, from the variable default, from the argument default', () => {
    const page = (first: string) => `query ($n: Int) { page${first} { nodes { id } } }`;
    // page n × (1 + nodes 1 × (1 + id))
    expect(cost(page('(first: 7)'))).toBe(7 * 3);
    expect(cost(page('(first: $n)'), { n: 1000 })).toBe(1000 * 3);
    expect(cost('query ($n: Int = 40) { page(first: $n) { nodes { id } } }')).toBe(40 * 3);
    expect(cost(page(''))).toBe(20 * 3);
    expect(cost(page('(first: $n)'))).toBe(20 * 3);
  });

  it('takes the largest of first and last', () => {
    expect(cost('{ page(first: 2, last: 9) { totalCount } }')).toBe(9 * 2);
  });

  it('counts a connection’s edges and nodes once under the sized field, but lists below them again', () => {
    // page 3 × (1 + edges 1 × (1 + node (1 + parts 10 × (1 + id))) + nodes 1 × (1 + id))
    expect(cost('{ page(first: 3) { edges { node { parts { id } } } nodes { id } } }')).toBe(3 * (1 + (1 + (1 + 10 * 2)) + 2));
  });

  it('counts a connection’s aggregate once, whatever the page size (it covers the whole list)', () => {
    // page 0 × (1 + …) + aggregate (1 + count + groups 10 × (1 + key))
    expect(cost('{ page(first: 0) { aggregate { count groups { key } } } }')).toBe(1 + 1 + 10 * 2);
    // page 3 × (1 + nodes 1 × (1 + id)) + aggregate (1 + groups 4 × (1 + key + count))
    expect(cost('{ page(first: 3) { nodes { id } aggregate { groups(limit: 4) { key count } } } }')).toBe(3 * (1 + 2) + (1 + 4 * 3));
    // Under a list of connections, the aggregate counts once per connection.
    expect(cost('{ a: page(first: 2) { aggregate { count } } b: page(first: 5) { aggregate { count } } }')).toBe(2 * 1 + 2 + (5 * 1 + 2));
  });

  it('multiplies by the length of an ids list, literal or variable', () => {
    expect(cost('{ byIds(ids: ["a", "b", "c"]) { id } }')).toBe(3 * 2);
    expect(cost('query ($ids: [ID!]!) { byIds(ids: $ids) { id } }', { ids: Array.from({ length: 500 }, (_, i) => `x${i}`) })).toBe(500 * 2);
  });

  it('uses a limit argument’s default', () => {
    expect(cost('{ search { id } }')).toBe(5 * 2);
  });

  it('counts fragments on an abstract type for the most expensive possible type only', () => {
    const query = `{ node { id ... on Thing { parts { weight } } ... on Part { weight } } }`;
    // node (1 + id + max(Thing: parts 10 × 2, Part: weight 1))
    expect(cost(query)).toBe(1 + 1 + 20);
  });

  it('follows named fragments, once per spread', () => {
    const query = `{ a: thing(id: "a") { ...F } b: thing(id: "b") { ...F } } fragment F on Thing { id parts { id } }`;
    // 2 × (thing 1 + id 1 + parts 10 × 2)
    expect(cost(query)).toBe(2 * (1 + 1 + 20));
  });

  it('costs 1 for every __typename (aliased or not, in lists too) and nothing for introspection', () => {
    expect(cost('{ __typename __schema { types { name fields { name } } } }')).toBe(1);
    expect(cost('{ a: __typename b: __typename things { __typename x: __typename } }')).toBe(2 + 10 * (1 + 2));
  });

  it('adds fieldCosts per call, from literal, variable, variable-default and argument-default values', () => {
    const seen: unknown[] = [];
    const withExtra = (query: string, variables: Record<string, unknown> = {}) =>
      estimateCost(schema, parse(query), undefined, variables, {
        defaultListSize: 10,
        fieldCosts: {
          'Thing.tags': (argument) => {
            seen.push(argument('nope'));
            return 7;
          },
          'Query.search': (argument) => {
            const limit = argument('limit');
            seen.push(limit);
            return typeof limit === 'number' ? limit * 100 : 0;
          },
        },
      });
    expect(withExtra('{ search(limit: 2) { id } }')).toBe(2 * 2 + 200);
    expect(withExtra('query Q($n: Int) { search(limit: $n) { id } }', { n: 3 })).toBe(3 * 2 + 300);
    expect(withExtra('query Q($n: Int = 4) { search(limit: $n) { id } }')).toBe(4 * 2 + 400);
    expect(withExtra('{ search { id } }')).toBe(5 * 2 + 500);
    // Inside a list, the extra cost counts once per item.
    expect(withExtra('{ things { tags } }')).toBe(10 * (1 + 1 * 10 + 7));
    expect(seen).toEqual([2, 3, 4, 5, undefined]);
  });

  it('estimates the selected operation only', () => {
    const document = 'query Small { thing(id: "a") { id } } query Large { things { parts { id } } }';
    expect(cost(document, {}, 'Small')).toBe(2);
    expect(cost(document, {}, 'Large')).toBe(10 * (1 + 10 * 2));
    expect(cost(document, {}, 'Missing')).toBe(0);
  });

  it('treats a negative size as zero and an invalid variable as absent', () => {
    expect(cost('{ page(first: -5) { totalCount } }')).toBe(0);
    expect(cost('query ($n: Int) { page(first: $n) { totalCount } }', { n: 'lots' })).toBe(20 * 2);
  });
});
