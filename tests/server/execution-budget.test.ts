import { GraphQLError, isObjectType, printSchema, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { createSchema } from '../../src/graphql/create-schema.js';
import { ExecutionBudget } from '../../src/server/plugins/execution-budget.js';
import { withExecutionBudget } from '../../src/server/plugins/with-execution-budget.js';
import { servedSchema } from '../../src/server/served-schema.js';
import { miniGraph } from '../helpers/graphs.js';
import { post, server } from './http.js';

const limits = { executionTimeoutMs: 100, maxResultFields: 1_000_000, maxResultChars: 1_000_000 };

function codeOf(action: () => void): string | null {
  try {
    action();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions['code'] as string;
  }
}

describe('ExecutionBudget', () => {
  it('reads the clock on the first field and every 64th after it, and stops at the deadline', () => {
    let now = 1000;
    let reads = 0;
    const budget = new ExecutionBudget(limits, () => {
      reads++;
      return now;
    });
    expect(reads).toBe(1); // the start: deadline 1100
    for (let i = 0; i < 64; i++) budget.enterField(); // fields 1..64 read the clock once, at field 1
    expect(reads).toBe(2);
    now = 1099;
    budget.enterField(); // field 65 reads it, before the deadline
    expect(reads).toBe(3);
    now = 1100;
    for (let i = 0; i < 63; i++) budget.enterField(); // fields 66..128 do not read it
    expect(reads).toBe(3);
    expect(budget.signal.aborted).toBe(false);
    expect(codeOf(() => budget.enterField())).toBe('EXECUTION_TIMEOUT'); // field 129 does
    expect(reads).toBe(4);
    expect(budget.signal.aborted).toBe(true);
  });

  it('chargeFields: counts leaves in bulk, reads the clock when the count passes a multiple of 64, and stops past the limits', () => {
    let now = 0;
    let reads = 0;
    const budget = new ExecutionBudget({ ...limits, maxResultFields: 200, maxResultChars: 10 }, () => {
      reads++;
      return now;
    });
    budget.chargeFields(0);
    budget.chargeFields(63);
    expect([budget.fieldsCharged, reads]).toEqual([63, 1]);
    budget.chargeFields(2); // 63 → 65 passes 64
    expect(reads).toBe(2);
    now = 100;
    expect(codeOf(() => budget.chargeFields(100))).toBe('EXECUTION_TIMEOUT'); // 65 → 165 passes 128, at the deadline
    const full = new ExecutionBudget({ ...limits, maxResultFields: 10, maxResultChars: 10 }, () => 0);
    expect(codeOf(() => full.chargeFields(11))).toBe('RESULT_TOO_LARGE');
    const text = new ExecutionBudget({ ...limits, maxResultChars: 10 }, () => 0);
    text.chargeText('0123456789');
    expect(text.charsCharged).toBe(10);
    expect(codeOf(() => text.chargeText('x'))).toBe('RESULT_TOO_LARGE');
  });

  it('throws EXECUTION_TIMEOUT at the deadline, aborts its signal with that error, and keeps throwing it', () => {
    let now = 0;
    const budget = new ExecutionBudget(limits, () => now);
    budget.enterField();
    now = 99;
    for (let i = 0; i < 63; i++) budget.enterField();
    expect(budget.signal.aborted).toBe(false);
    now = 100;
    expect(codeOf(() => budget.enterField())).toBe('EXECUTION_TIMEOUT');
    expect(budget.signal.aborted).toBe(true);
    const reason = budget.signal.reason as GraphQLError;
    expect(reason.message).toBe('Execution exceeded the time limit of 100 ms. Ask for fewer items or fewer nested lists.');
    let thrown: unknown;
    try {
      budget.enterField();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBe(reason);
  });

  it('throws RESULT_TOO_LARGE past maxResultFields', () => {
    const budget = new ExecutionBudget({ ...limits, maxResultFields: 3 }, () => 0);
    budget.enterField();
    budget.enterField();
    budget.enterField();
    expect(codeOf(() => budget.enterField())).toBe('RESULT_TOO_LARGE');
    expect((budget.signal.reason as GraphQLError).message).toBe(
      'The result exceeds 3 fields. Ask for fewer items (first/limit) or fewer nested lists.',
    );
  });

  it('charges the characters of strings and lists of strings, and nothing else', () => {
    const budget = new ExecutionBudget({ ...limits, maxResultChars: 10 }, () => 0);
    budget.chargeValue('abcd');
    budget.chargeValue(['ab', 'cd', 7, null]);
    budget.chargeValue({ text: 'x'.repeat(100) });
    budget.chargeValue(12345);
    budget.chargeValue('ab'); // 10 exactly
    expect(budget.signal.aborted).toBe(false);
    expect(codeOf(() => budget.chargeValue('c'))).toBe('RESULT_TOO_LARGE');
  });

  it('expire() aborts without throwing (the timer path)', () => {
    const budget = new ExecutionBudget(limits, () => 0);
    const reason = budget.expire();
    expect(reason.extensions['code']).toBe('EXECUTION_TIMEOUT');
    expect(budget.signal.reason).toBe(reason);
    expect(codeOf(() => budget.enterField())).toBe('EXECUTION_TIMEOUT');
  });

  it('makes its signal when first read: read after the budget ran out, it is already aborted with the same error', () => {
    const budget = new ExecutionBudget({ ...limits, maxResultFields: 1 }, () => 0);
    expect(budget.reason).toBeNull();
    budget.enterField();
    expect(codeOf(() => budget.enterField())).toBe('RESULT_TOO_LARGE');
    const reason = budget.reason;
    expect(reason?.extensions['code']).toBe('RESULT_TOO_LARGE');
    expect(budget.signal.aborted).toBe(true);
    expect(budget.signal.reason).toBe(reason);
    // The first reason wins: a later deadline does not replace it.
    expect(budget.expire()).toBe(reason);
    expect(budget.signal.reason).toBe(reason);
  });

  it('aborts a signal read before the budget ran out when it does', () => {
    const budget = new ExecutionBudget(limits, () => 0);
    const { signal } = budget;
    const seen: unknown[] = [];
    signal.addEventListener('abort', () => seen.push(signal.reason));
    const reason = budget.expire();
    expect(seen).toEqual([reason]);
    expect(budget.signal).toBe(signal);
  });
});

describe('the execution budget on the real server', () => {
  let kg: KnowledgeGraph;
  beforeAll(async () => {
    kg = await miniGraph();
  });

  it('ends an operation past its deadline with data null and EXECUTION_TIMEOUT', async () => {
    const reply = await post(server(kg, { limits: { executionTimeoutMs: 0 } }), { query: '{ entities { nodes { id } } }' });
    expect(reply.status).toBe(200);
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors).toHaveLength(1);
    expect(reply.body.errors[0].message).toBe('Execution exceeded the time limit of 0 ms. Ask for fewer items or fewer nested lists.');
    expect(reply.body.errors[0].extensions).toEqual({ code: 'EXECUTION_TIMEOUT' });
  });

  it('ends an operation that resolves too many fields with RESULT_TOO_LARGE, and serves the next one', async () => {
    const yoga = server(kg, { limits: { maxResultFields: 20 } });
    const big = await post(yoga, { query: '{ entities(first: 13) { nodes { id name } } }' });
    expect(big.status).toBe(200);
    expect(big.body.data).toBeNull();
    expect(big.body.errors.map((e: GraphQLError) => e.extensions.code)).toEqual(['RESULT_TOO_LARGE']);
    const small = await post(yoga, { query: '{ entities(first: 2) { nodes { id } } }' });
    expect(small.body).toEqual({
      data: { entities: { nodes: [{ id: 'person:kassym-jomart-tokayev' }, { id: 'person:donald-trump' }] } },
      extensions: { dataset: { version: kg.dataset.version } },
    });
  });

  it('ends an operation that returns too much text with RESULT_TOO_LARGE', async () => {
    const yoga = server(kg, { limits: { maxResultChars: 1000 } });
    const reply = await post(yoga, { query: '{ documents { id text } }' });
    expect(reply.body.data).toBeNull();
    expect(reply.body.errors[0].message).toBe(
      "The result exceeds 1000 characters of text. Ask for fewer documents' text or fewer nested lists.",
    );
  });

  it('wraps a copy of the schema: in-process library queries keep the original resolvers', () => {
    const schema = createSchema();
    const wrapped = withExecutionBudget(schema);
    expect(wrapped).not.toBe(schema);
    expect(withExecutionBudget(schema)).toBe(wrapped);
    const original = schema.getQueryType()!.getFields()['entity']!.resolve;
    expect(wrapped.getQueryType()!.getFields()['entity']!.resolve).not.toBe(original);
    expect(createSchema().getQueryType()!.getFields()['entity']!.resolve).toBe(original);
  });

  it('serves its own schema, wrapped in place once per process, with every field the copy wraps', () => {
    const served = servedSchema();
    expect(servedSchema()).toBe(served);
    expect(served).not.toBe(createSchema());
    const copy = withExecutionBudget(createSchema());
    const original = createSchema().getQueryType()!.getFields()['entity']!.resolve;
    expect(served.getQueryType()!.getFields()['entity']!.resolve).not.toBe(original);
    expect(printSchema(served)).toBe(printSchema(copy));
    // The same fields wrapped: a field has its own resolver in the served schema exactly when it has one in the copy.
    const wrappedFields = (schema: GraphQLSchema): string[] =>
      Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .flatMap((type) => Object.values(type.getFields()).map((field) => `${type.name}.${field.name}:${field.resolve !== undefined}`));
    expect(wrappedFields(served)).toEqual(wrappedFields(copy));
  });
});
