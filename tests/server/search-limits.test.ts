import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { searchCost, SEARCH_FUZZY_COST, SEARCH_PREFIX_COST, SEARCH_TERM_COST } from '../../src/server/plugins/search-cost.js';
import { ExecutionBudget } from '../../src/server/plugins/execution-budget.js';
import { seedsGraph } from '../helpers/graphs.js';
import { post, server } from './http.js';

describe('search through the server: capped, charged by its terms, stopped by the deadline', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await seedsGraph();
  });

  it('a 260 KB search is refused before it runs (its terms cost too much), without echoing it', async () => {
    const reply = await post(server(kg), {
      query: 'query S($q: String!) { search(query: $q) { score } }',
      variables: { q: 'peace '.repeat(43_000) },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED' });
    expect(reply.text.length).toBeLessThan(500);
  });

  it('a query over 500 characters is a BAD_USER_INPUT error that does not echo it', async () => {
    const reply = await post(server(kg), {
      query: 'query S($q: String!) { search(query: $q, fuzzy: 0, prefix: false) { score } }',
      variables: { q: 'x'.repeat(600) },
    });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toEqual([
      {
        message: 'query must be at most 500 characters, got 600',
        locations: [{ line: 1, column: 24 }],
        path: ['search'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('too many terms is a BAD_USER_INPUT error', async () => {
    const q = Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ');
    const reply = await post(server(kg), { query: `{ search(query: "${q}") { score } }` });
    expect(reply.body.errors[0]).toMatchObject({
      message: 'query must have at most 16 searchable terms, got 17',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('is charged per term and expansion: 30 aliased fuzzy searches of 16 long terms exceed the cost limit', async () => {
    const q = Array.from({ length: 16 }, (_, i) => `diplomacy${i}`).join(' ');
    const aliases = Array.from({ length: 30 }, (_, i) => `s${i}: search(query: "${q}", first: 1) { score }`).join(' ');
    const reply = await post(server(kg), { query: `{ ${aliases} }` });
    expect(reply.status).toBe(400);
    const perSearch = 16 * (SEARCH_TERM_COST + SEARCH_PREFIX_COST + SEARCH_FUZZY_COST) + 1 * (1 + 1);
    expect(reply.body.errors[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 30 * perSearch });
    // The same without fuzzy matching fits.
    const plain = aliases.replaceAll('first: 1)', 'first: 1, fuzzy: 0, prefix: false)');
    const ok = await post(server(kg), { query: `{ ${plain} }` });
    expect(ok.status).toBe(200);
    expect(Object.keys(ok.body.data)).toHaveLength(30);
  });

  it('searchCost reads the query, prefix and fuzzy arguments', () => {
    const args = (values: Record<string, unknown>) => (name: string) => values[name];
    expect(searchCost(args({ query: 'ab peace diplomacy' }))).toBe(3 * SEARCH_TERM_COST + 2 * SEARCH_PREFIX_COST + 2 * SEARCH_FUZZY_COST);
    expect(searchCost(args({ query: 'ab peace diplomacy', fuzzy: 0 }))).toBe(3 * SEARCH_TERM_COST + 2 * SEARCH_PREFIX_COST);
    expect(searchCost(args({ query: 'ab peace diplomacy', fuzzy: 0, prefix: false }))).toBe(3 * SEARCH_TERM_COST);
    expect(searchCost(args({ query: null }))).toBe(0);
  });

  it('the deadline stops a search inside the index work: EXECUTION_TIMEOUT', async () => {
    const reply = await post(server(kg, { limits: { executionTimeoutMs: 0 } }), {
      query: '{ search(query: "peace council president") { score } }',
    });
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors).toEqual([
      {
        message: 'Execution exceeded the time limit of 0 ms. Ask for fewer items or fewer nested lists.',
        extensions: { code: 'EXECUTION_TIMEOUT' },
      },
    ]);
  });

  it('ExecutionBudget.pastDeadline reads the clock and expires the budget', () => {
    let now = 0;
    const budget = new ExecutionBudget({ executionTimeoutMs: 10, maxResultFields: 100, maxResultChars: 100 }, () => now);
    expect(budget.pastDeadline()).toBe(false);
    now = 10;
    expect(budget.pastDeadline()).toBe(true);
    expect(budget.signal.aborted).toBe(true);
    expect((budget.signal.reason as { extensions: { code: string } }).extensions.code).toBe('EXECUTION_TIMEOUT');
  });
});
