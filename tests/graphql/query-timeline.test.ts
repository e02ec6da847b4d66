import { describe, expect, it } from 'vitest';
import { gql } from '../helpers/gql.js';
import { queryApiGraph } from '../graph/query-api-fixture.js';

const kg = await queryApiGraph();

const TIMELINE = `query($entity: String!, $from: String, $to: String) {
  timeline(entity: $entity, from: $from, to: $to) {
    entity { id }
    items { __typename time { value } yearKnown
      ... on StatementTimelineItem { role statement { id } }
      ... on PositionTimelineItem { position { id summary } } } } }`;

describe('Query.timeline', () => {
  it("lists an entity's dated statements and positions, year-unknown items last", async () => {
    const result = await gql(kg, TIMELINE, { entity: 'Northern Union' });
    expect(result.errors).toBeUndefined();
    expect(result.data.timeline).toEqual({
      entity: { id: 'organization:northern-union' },
      items: [
        {
          __typename: 'StatementTimelineItem',
          time: { value: '1992' },
          yearKnown: true,
          role: 'START',
          statement: { id: 'statement:xa-member-of-union' },
        },
        {
          __typename: 'StatementTimelineItem',
          time: { value: '2024' },
          yearKnown: true,
          role: 'START',
          statement: { id: 'statement:xc-member-of-union' },
        },
        {
          __typename: 'StatementTimelineItem',
          time: { value: '2024-07-05' },
          yearKnown: true,
          role: 'POINT_IN_TIME',
          statement: { id: 'statement:xa-chairs-union' },
        },
        {
          __typename: 'StatementTimelineItem',
          time: { value: '--01-22' },
          yearKnown: false,
          role: 'START',
          statement: { id: 'statement:xb-member-of-union' },
        },
        {
          __typename: 'PositionTimelineItem',
          time: { value: '--02-18' },
          yearKnown: false,
          position: { id: 'position:ortiz-union-delays', summary: 'The Northern Union does good work in Carpania, with some delays.' },
        },
      ],
    });
  });

  it('keeps only items in a range, excluding those whose year is unknown', async () => {
    const result = await gql(kg, TIMELINE, { entity: 'person:ana-ortiz', from: '2000', to: '2024-06' });
    expect(result.errors).toBeUndefined();
    expect(result.data.timeline.items.map((i: { time: { value: string } }) => i.time.value)).toEqual(['2024-06-10']);
  });

  it('returns null for an unknown entity and rejects a malformed range', async () => {
    expect((await gql(kg, TIMELINE, { entity: 'Atlantis' })).data).toEqual({ timeline: null });
    const bad = await gql(kg, TIMELINE, { entity: 'Atlantis', from: '2024-1' });
    expect(bad.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
