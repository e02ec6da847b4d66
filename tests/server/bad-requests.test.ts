import { beforeAll, describe, expect, it } from 'vitest';
import type { DiplomacyGraphServer } from '../../src/server/create-server.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/server/server-options.js';
import { miniGraph } from '../helpers/graphs.js';
import { deepQuery, GRAPHQL_RESPONSE, post, send, server } from './http.js';

/** Every bad request gets a 4xx, or a 200 with a GraphQL error whose code says what is wrong. */
describe('bad requests (production server, in-process)', () => {
  let yoga: DiplomacyGraphServer;
  beforeAll(async () => {
    yoga = server(await miniGraph());
  });

  const json = (body: string, headers: Record<string, string> = {}) =>
    send(yoga, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers }, body });

  it('malformed JSON: 400 BAD_REQUEST', async () => {
    const reply = await json('{"query": "{ dataset { version } }"');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors[0].message).toBe('POST body sent invalid JSON.');
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('a body that is JSON but not an object: 400 BAD_REQUEST', async () => {
    const reply = await json('"{ dataset { version } }"');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: 'POST body is expected to be object but received string', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  it('wrong content type: 415 UNSUPPORTED_MEDIA_TYPE naming the accepted types', async () => {
    const reply = await send(yoga, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{ dataset { version } }',
    });
    expect(reply.status).toBe(415);
    expect(reply.body.errors).toEqual([
      {
        message:
          'Unsupported Content-Type "text/plain"; send one of application/json, application/graphql+json, application/graphql, application/x-www-form-urlencoded.',
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
      },
    ]);
  });

  it('no content type: 415', async () => {
    const reply = await send(yoga, '/graphql', { method: 'POST', body: new Uint8Array([123, 125]) });
    expect(reply.status).toBe(415);
    expect(reply.body.errors[0].message).toMatch(/^Unsupported Content-Type \(none\)/);
  });

  it('empty body: 400 BAD_REQUEST', async () => {
    const reply = await json('');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('an object without a query: 400 BAD_REQUEST', async () => {
    const reply = await json('{}');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ message: 'Must provide query string.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('unknown operation name: 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const reply = await post(yoga, { query: 'query A { dataset { version } } query B { dataset { entityCount } }', operationName: 'C' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: 'Could not determine what operation to execute.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
    ]);
  });

  it('invalid variables: 400 BAD_USER_INPUT', async () => {
    const reply = await post(yoga, { query: 'query ($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 'many' } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: 'Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('variables that are not an object: 400 BAD_REQUEST', async () => {
    const reply = await post(yoga, { query: '{ dataset { version } }', variables: [1, 2] });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('malformed variables JSON in a GET query string: 400 BAD_REQUEST, not a 500', async () => {
    const query = encodeURIComponent('query ($n: Int) { entities(first: $n) { totalCount } }');
    const reply = await send(yoga, `/graphql?query=${query}&variables=%7Bn%3A1`, { headers: { accept: GRAPHQL_RESPONSE } });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(reply.body.errors[0].message).toMatch(/^Invalid JSON in the request parameters \("variables" or "extensions"\): /);
  });

  it('a syntax error: 400 GRAPHQL_PARSE_FAILED with its location', async () => {
    const reply = await post(yoga, { query: '{ dataset { version }' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: 'Syntax Error: Expected Name, found <EOF>.',
        locations: [{ line: 1, column: 22 }],
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
    ]);
  });

  it('a huge query (many tokens): 400 MAX_TOKENS_EXCEEDED before parsing it all', async () => {
    const query = `{ ${'dataset { version } '.repeat(5000)}}`;
    const reply = await post(yoga, { query });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: `Token limit of ${DEFAULT_QUERY_LIMITS.maxTokens} exceeded.`, extensions: { code: 'MAX_TOKENS_EXCEEDED' } },
    ]);
  });

  it('a body over the size limit: 413 REQUEST_ENTITY_TOO_LARGE with both sizes', async () => {
    const body = JSON.stringify({ query: '{ dataset { version } }', variables: { padding: 'x'.repeat(1_200_000) } });
    const reply = await json(body);
    expect(reply.status).toBe(413);
    expect(reply.body.errors).toEqual([
      {
        message: `Request body too large: ${Buffer.byteLength(body)} bytes; the limit is ${DEFAULT_QUERY_LIMITS.maxRequestBodyBytes} bytes.`,
        extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
      },
    ]);
  });

  it('a streamed body over the size limit (no Content-Length): 413', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2_000_000) controller.close();
        else {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        }
      },
    });
    const reply = await send(yoga, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(reply.status).toBe(413);
    expect(reply.body.errors[0].extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('deep nesting through the real schema: 400 MAX_DEPTH_EXCEEDED; the limit itself passes', async () => {
    const limit = DEFAULT_QUERY_LIMITS.maxDepth;
    const atLimit = await post(yoga, { query: deepQuery(limit - 2) });
    expect(atLimit.status).toBe(200);
    expect(atLimit.body.errors).toBeUndefined();
    const tooDeep = await post(yoga, { query: deepQuery(limit - 1) });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.body.errors).toEqual([
      { message: `Query depth limit of ${limit} exceeded, found ${limit + 1}.`, extensions: { code: 'MAX_DEPTH_EXCEEDED' } },
    ]);
  });

  it('depth hidden in fragments counts too', async () => {
    const query = `query { entity(id: "Tokayev") { ...A } }
      fragment A on Entity { statements { subject { ...B } } }
      fragment B on Entity { statements { object { ...C } } }
      fragment C on Entity { statements { subject { ...D } } }
      fragment D on Entity { statements { object { statements { id } } } }`;
    const reply = await post(yoga, { query });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions.code).toBe('MAX_DEPTH_EXCEEDED');
  });

  it('an alias bomb: 400 MAX_ALIASES_EXCEEDED', async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: entity(id: "Tokayev") { id }`).join(' ')} }`;
    const reply = await post(yoga, { query });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { message: `Aliases limit of ${DEFAULT_QUERY_LIMITS.maxAliases} exceeded, found 100.`, extensions: { code: 'MAX_ALIASES_EXCEEDED' } },
    ]);
  });

  it('a directive bomb: 400 MAX_DIRECTIVES_EXCEEDED', async () => {
    const both = '@include(if: true) @skip(if: false)';
    const entityFields = ['id', 'kind', 'name', 'aliases', 'lookupAliases', 'description'];
    const datasetFields = ['version', 'entityCount', 'statementCount', 'positionCount', 'documentCount', 'mentionCount'];
    const query = `{ entity(id: "Tokayev") { ${entityFields.map((f) => `${f} ${both}`).join(' ')} }
      dataset { ${datasetFields.map((f) => `${f} ${both}`).join(' ')} } }`;
    const reply = await post(yoga, { query });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: `Directives limit of ${DEFAULT_QUERY_LIMITS.maxDirectives} exceeded, found 24.`,
        extensions: { code: 'MAX_DIRECTIVES_EXCEEDED' },
      },
    ]);
  });

  it('first: 1000000 passed as a variable: 400 COST_LIMIT_EXCEEDED, before anything runs', async () => {
    const reply = await post(yoga, {
      query: 'query Page($n: Int) { entities(first: $n) { nodes { id name } } }',
      variables: { n: 1_000_000 },
    });
    expect(reply.status).toBe(400);
    // 1 000 000 × (entities 1 + nodes 1 × (1 + id 1 + name 1))
    expect(reply.body.errors).toEqual([
      {
        message: `Query cost 4000000 exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxCost}. Ask for fewer items (first/limit) or fewer nested lists.`,
        extensions: { code: 'COST_LIMIT_EXCEEDED', cost: 4_000_000, maxCost: DEFAULT_QUERY_LIMITS.maxCost },
      },
    ]);
  });

  it('the same page size as a literal costs the same', async () => {
    const reply = await post(yoga, { query: '{ entities(first: 1000000) { nodes { id name } } }' });
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].extensions).toEqual({
      code: 'COST_LIMIT_EXCEEDED',
      cost: 4_000_000,
      maxCost: DEFAULT_QUERY_LIMITS.maxCost,
    });
  });

  it('a modest page from a variable runs (and is capped by the graph layer)', async () => {
    const reply = await post(yoga, { query: 'query ($n: Int) { entities(first: $n) { nodes { id } } }', variables: { n: 1000 } });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data.entities.nodes.length).toBe(13);
  });

  it.each([
    ['search(first: $n)', 'query ($n: Int) { search(query: "peace", first: $n) { score } }', { n: 500_000 }, 1_000_000 + 240], // + "peace": a term (20) that may match as a prefix (20) and fuzzily (200),
    ['paths(limit: $n)', 'query ($n: Int) { paths(from: "Tokayev", to: "Trump", limit: $n) { length } }', { n: 100_000 }, 200_000],
    ['egoNetwork(limit: $n)', 'query ($n: Int) { egoNetwork(entity: "Tokayev", limit: $n) { truncated } }', { n: 60_000 }, 120_000],
    [
      'nodes(ids: $ids)',
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids: Array.from({ length: 30_000 }, (_, i) => `x:${i}`) },
      60_000,
    ],
  ])('a huge %s from a variable: 400 COST_LIMIT_EXCEEDED', async (_name, query, variables, cost) => {
    const reply = await post(yoga, { query, variables });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: `Query cost ${cost} exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxCost}. Ask for fewer items (first/limit) or fewer nested lists.`,
        extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: DEFAULT_QUERY_LIMITS.maxCost },
      },
    ]);
  });

  it('unknown ids: null, not an error', async () => {
    const reply = await post(yoga, {
      query: `{ entity(id: "person:nobody") { id } statement(id: "statement:nope") { id } position(id: "position:nope") { id }
        document(id: "document:nope") { id } node(id: "nothing:here") { id } }`,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ entity: null, statement: null, position: null, document: null, node: null });
  });

  it('a path between disconnected entities: null (and no paths), not an error', async () => {
    const reply = await post(yoga, {
      query: `{ path(from: "Tokayev", to: "company:cove-capital", maxHops: 6) { length }
        paths(from: "Tokayev", to: "company:cove-capital", maxHops: 6) { length } }`,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ path: null, paths: [] });
  });

  it('an unknown entity: BAD_USER_INPUT / UNKNOWN_ENTITY with the closest entities, kept in production', async () => {
    const reply = await post(yoga, { query: '{ positions(where: { concerns: { is: "two state solution plan" } }) { totalCount } }' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors).toEqual([
      {
        message:
          'where.concerns.is: no entity is named "two state solution plan" — did you mean Two-state solution (topic:two-state-solution) or United States (country:us)?',
        locations: [{ line: 1, column: 3 }],
        path: ['positions'],
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'UNKNOWN_ENTITY',
          argument: 'where.concerns.is',
          value: 'two state solution plan',
          suggestions: [
            { id: 'topic:two-state-solution', name: 'Two-state solution', kind: 'TOPIC', matchedBy: 'ALIAS', alias: 'Two-state solution' },
            { id: 'country:us', name: 'United States', kind: 'COUNTRY', matchedBy: 'SEARCH', alias: null },
          ],
        },
      },
    ]);
  });

  it('an argument out of range: BAD_USER_INPUT on that field, with its message', async () => {
    const reply = await post(yoga, { query: '{ path(from: "Tokayev", to: "Trump", maxHops: 99) { length } }' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ path: null });
    expect(reply.body.errors).toEqual([
      {
        message: 'maxHops must be an integer from 1 to 6, got 99',
        locations: [{ line: 1, column: 3 }],
        path: ['path'],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('a batch (array body): 400, batching is off', async () => {
    const reply = await post(yoga, [{ query: '{ dataset { version } }' }, { query: '{ dataset { version } }' }]);
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }]);
  });

  it('an unsupported method: 405', async () => {
    const reply = await send(yoga, '/graphql', {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ dataset { version } }"}',
    });
    expect(reply.status).toBe(405);
    expect(reply.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('an unknown path: 404', async () => {
    expect((await send(yoga, '/graphql/nope')).status).toBe(404);
  });

  it('nested introspection is bounded by graphql-js even where introspection is on', async () => {
    const dev = server(await miniGraph(), { mode: 'development' });
    const reply = await post(dev, {
      query: '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      {
        message: 'Maximum introspection depth exceeded',
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
  });
});
