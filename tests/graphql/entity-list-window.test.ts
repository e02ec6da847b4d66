import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listWindow, MAX_LIST_LIMIT } from '../../src/graph/list-window.js';
import { InvalidArgumentError } from '../../src/errors.js';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

let kg: KnowledgeGraph;
beforeAll(async () => {
  kg = await seedsGraph();
});

const LISTS = `query($limit: Int, $offset: Int) {
  entity(id: "Kazakhstan") {
    statements(sort: [{ id: DESC }], limit: $limit, offset: $offset) { id }
    relations(limit: $limit, offset: $offset) { statement { id } direction }
    positionsAbout(limit: $limit, offset: $offset) { id }
    mentions(limit: $limit, offset: $offset) { document { id } start }
  }
  tokayev: entity(id: "Tokaev") { positions(sort: [{ sourceCount: DESC }], limit: $limit, offset: $offset) { id } }
}`;

describe('limit and offset on the lists of an entity', () => {
  it('cut the same window out of the whole (filtered, sorted) list, for every list', async () => {
    const all = await gql(kg, LISTS, {});
    expect(all.errors).toBeUndefined();
    const whole = all.data;
    for (const [limit, offset] of [
      [3, 0],
      [3, 2],
      [0, 0],
      [1000, 5],
      [5, 10_000],
    ] as const) {
      const page = await gql(kg, LISTS, { limit, offset });
      expect(page.errors).toBeUndefined();
      for (const field of ['statements', 'relations', 'positionsAbout', 'mentions']) {
        expect(page.data.entity[field], `${field} ${limit}/${offset}`).toEqual(whole.entity[field].slice(offset, offset + limit));
      }
      expect(page.data.tokayev.positions).toEqual(whole.tokayev.positions.slice(offset, offset + limit));
    }
    expect(whole.entity.relations.length).toBeGreaterThan(10);
    expect(whole.entity.mentions.length).toBeGreaterThan(10);
  });

  it('offset alone skips; absent limit and offset give everything', async () => {
    const all = await gql(kg, LISTS, {});
    const skipped = await gql(kg, LISTS, { offset: 4 });
    expect(skipped.data.entity.relations).toEqual(all.data.entity.relations.slice(4));
  });

  it.each([
    [{ limit: -1 }, 'limit must be an integer from 0 to 1000, got -1'],
    [{ limit: 1001 }, 'limit must be an integer from 0 to 1000, got 1001'],
    [{ offset: -2 }, `offset must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, got -2`],
  ])('rejects %j with BAD_USER_INPUT', async (variables, message) => {
    const result = await gql(kg, LISTS, variables);
    expect(result.errors?.[0]?.message).toBe(message);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('listWindow returns the list itself when the window covers it', () => {
    const items = [1, 2, 3];
    expect(listWindow(items)).toBe(items);
    expect(listWindow(items, { limit: MAX_LIST_LIMIT })).toBe(items);
    expect(listWindow(items, { limit: 2, offset: 1 })).toEqual([2, 3]);
    expect(() => listWindow(items, { limit: 1.5 })).toThrow(InvalidArgumentError);
  });
});
