import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, separateOperations } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { loadJit } from '../../src/graphql/jit-compiled.js';
import { createJsonLogger } from '../../src/server/logger.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/server-options.js';
import { seedsGraph } from '../helpers/graphs.js';
import { post, server } from './http.js';

/** Every client operation (operations/*.graphql) in one document, fragments included. */
const OPERATIONS_DIR = fileURLToPath(new URL('../../operations', import.meta.url));
const DOCUMENT = readdirSync(OPERATIONS_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => readFileSync(`${OPERATIONS_DIR}/${f}`, 'utf8'))
  .join('\n');
/**
 * Each operation alone, with the fragments it uses, as a client sends it: the whole document is
 * larger than the server's token limit.
 */
const BY_NAME = separateOperations(parse(DOCUMENT));
const operationSource = (name: string): string => print(BY_NAME[name] ?? parse(`query ${name} { __typename }`));

/** Variables for each operation; the ones with input-object variables stay on graphql-js. */
const RUNS: ReadonlyArray<readonly [operationName: string, variables: Record<string, unknown>, compiled: boolean]> = [
  ['DatasetInfo', {}, true],
  ['Documents', {}, true],
  ['DocumentById', { id: 'document:001' }, true],
  ['EntityByAlias', { alias: 'Tokaev' }, true],
  ['EntityRelations', { alias: 'Kazakhstan' }, true],
  ['EntityRelations', { alias: 'Kazakhstan', direction: 'IN', predicates: ['member_of'] }, true],
  ['EntityPositions', { alias: 'Tokayev' }, true],
  ['EntityMentions', { alias: 'Council for Peace' }, true],
  ['Entities', { kind: 'COUNTRY', first: 5 }, true],
  ['ShortestPath', { from: 'Donald Trump', to: 'Central Asia', includePositions: true }, true],
  ['EgoNetwork', { entity: 'Board of Peace', depth: 2, limit: 30 }, true],
  ['Timeline', { entity: 'Tokayev' }, true],
  ['Search', { query: 'peace in the Middle East', first: 5 }, true],
  ['Statements', { where: { predicate: { eq: 'member_of' } }, first: 5 }, false],
  ['Relationship', { a: 'Kazakhstan', b: 'China' }, true],
  ['DatedEntities', { kind: 'EVENT', from: '2024' }, true],
  ['Memberships', { alias: 'Kazakhstan' }, true],
  ['PositionCounts', { where: { holder: { is: 'Tokayev' } }, by: 'TOPIC', limit: 5 }, false],
];

function capture() {
  const lines: string[] = [];
  return { logger: createJsonLogger({ level: 'debug', write: (line) => void lines.push(line) }), lines };
}

describe('graphql-jit execution in the server', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await seedsGraph();
    // Compiling waits for graphql-jit to load; loaded, the decision falls on the second run.
    await loadJit();
  });

  it('gives byte-identical answers compiled (from the second run) and on graphql-js (the first)', async () => {
    const { logger, lines } = capture();
    const yoga = server(kg, { responseCache: false, logger });
    const seen = new Set<string>();
    for (const [operationName, variables, compiled] of RUNS) {
      const request = { query: operationSource(operationName), operationName, variables };
      const first = await post(yoga, request);
      expect(first.status, operationName).toBe(200);
      expect(first.body.errors, operationName).toBeUndefined();
      for (let run = 2; run <= 3; run++) expect((await post(yoga, request)).text, `${operationName} run ${run}`).toBe(first.text);
      const outcome = lines
        .map((l) => JSON.parse(l) as { msg?: string; operationName?: string })
        .filter((r) => r.operationName === operationName && r.msg?.startsWith('graphql-jit'))
        .map((r) => r.msg);
      // Decided once per operation, on its second run.
      const decision = compiled ? 'graphql-jit compiled an operation' : 'graphql-jit left an operation to graphql-js';
      expect(outcome, operationName).toEqual(seen.has(operationName) ? [] : [decision]);
      seen.add(operationName);
      lines.length = 0;
    }
  });

  it('answers with graphql-js errors when the compiled run has errors (null for an unknown entity is no error)', async () => {
    const yoga = server(kg, { responseCache: false });
    const query = 'query Q($id: String!) { entity(id: $id) { id name } path(from: $id, to: "Kazakhstan", maxHops: 9) { length } }';
    const answers = [];
    for (let run = 0; run < 3; run++) answers.push(await post(yoga, { query, variables: { id: 'Tokaev' } }));
    for (const answer of answers) {
      expect(answer.body.errors?.[0]?.message).toBe('maxHops must be an integer from 1 to 6, got 9');
      expect(answer.body.errors?.[0]?.path).toEqual(['path']);
      expect(answer.text).toBe(answers[0]?.text);
    }
    const bad = await post(yoga, { query, variables: { id: 42 } });
    expect(bad.status).toBe(400);
  });

  it('keeps the execution budget: a compiled run that exceeds it ends with data null and RESULT_TOO_LARGE', async () => {
    const yoga = server(kg, { responseCache: false, limits: { ...DEFAULT_QUERY_LIMITS, maxResultFields: 50 } });
    const query = 'query Big { entities(first: 100) { edges { node { id name aliases } } } }';
    for (let run = 0; run < 3; run++) {
      const answer = await post(yoga, { query });
      expect(answer.body.data, `run ${run}`).toBeNull();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors[0].extensions.code).toBe('RESULT_TOO_LARGE');
    }
  });
});
