import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { seedsGraph } from '../helpers/graphs.js';

describe('how a fact and its date are known', () => {
  it('Statement.onBehalfOf, inferred and inferredFrom; TimeValue.source and derivedFrom', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      `{
        statement(id: "statement:kz-signed-board-of-peace-charter") {
          subject { name }
          predicate { id }
          object { name }
          time { value source derivedFrom { id } }
          onBehalfOf { entity { id } }
          inferred
          inferredFrom { id ... on Statement { subject { name } onBehalfOf { entity { name } inferred } } }
        }
        position(id: "position:tokayev-stability-rare-strategic-resource") {
          date { value precision source inferred derivedFrom { __typename id ... on Statement { time { value source } } } }
        }
        member: statement(id: "statement:kz-member-of-board-of-peace") { time { value source derivedFrom { id } } onBehalfOf { entity { id } } inferred }
      }`,
    );
    expect(result.errors).toBeUndefined();
    const reason =
      'Kassym-Jomart Tokayev acts as President of Kazakhstan (statement:tokayev-holds-office-president-of-kazakhstan); ' +
      'a head of state signs, visits, meets and talks for the state.';
    expect(result.data).toEqual({
      statement: {
        subject: { name: 'Kazakhstan' },
        predicate: { id: 'signed' },
        object: { name: 'Charter of the Board of Peace' },
        time: { value: '--01-22', source: 'STATED', derivedFrom: null },
        onBehalfOf: null,
        inferred: reason,
        inferredFrom: {
          id: 'statement:tokayev-signed-board-of-peace-charter',
          subject: { name: 'Kassym-Jomart Tokayev' },
          onBehalfOf: { entity: { name: 'Kazakhstan' }, inferred: reason },
        },
      },
      position: {
        date: {
          value: '--02-18',
          precision: 'MONTH_DAY',
          source: 'DERIVED',
          inferred: null,
          derivedFrom: {
            __typename: 'Statement',
            id: 'statement:reliability-is-the-new-power-published-in-the-national-interest',
            time: { value: '--02-18', source: 'STATED' },
          },
        },
      },
      member: { time: { value: '--01-22', source: 'INFERRED', derivedFrom: null }, onBehalfOf: null, inferred: null },
    });
  });

  it('counts the states office-holders acted for', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      '{ statements(first: 100, where: { subject: { is: "Tokayev" } }) { nodes { id onBehalfOf { entity { id } } } } }',
    );
    expect(result.errors).toBeUndefined();
    const nodes = result.data.statements.nodes as Array<{ onBehalfOf: { entity: { id: string } } | null }>;
    expect(nodes.filter((n) => n.onBehalfOf?.entity.id === 'country:kz')).toHaveLength(11);
  });

  it('filters statements by the state acted for and by whether they are inferred', async () => {
    const kg = await seedsGraph();
    const result = await gql(
      kg,
      `{
        pakistan: statements(where: { onBehalfOf: { is: "Pakistan" } }) { totalCount nodes { id } }
        inferredKz: statements(where: { inferred: true, subject: { is: "Kazakhstan" } }) { nodes { id } }
        stated: statements(where: { inferred: false }) { totalCount }
        all: statements { totalCount }
      }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      pakistan: { totalCount: 1, nodes: [{ id: 'statement:shehbaz-sharif-signed-board-of-peace-charter' }] },
      inferredKz: {
        nodes: [
          { id: 'statement:kz-signed-board-of-peace-charter' },
          { id: 'statement:kz-signed-board-of-peace-charter-in-davos' },
          { id: 'statement:kz-participates-in-state-visit-to-pakistan' },
        ],
      },
      stated: { totalCount: 188 },
      all: { totalCount: 193 },
    });
  });
});
