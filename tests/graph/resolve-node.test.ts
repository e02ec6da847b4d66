import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { MAX_NODE_IDS, resolveNode, resolveNodes } from '../../src/graph/resolve-node.js';
import { queryApiGraph } from './query-api-fixture.js';

const kg = await queryApiGraph();

describe('resolveNode', () => {
  it.each([
    ['country:xa', kg.entityById.get('country:xa')],
    ['nu', kg.entityById.get('organization:northern-union')],
    ['Dorlandia-Republic', kg.entityById.get('country:xd')],
    ['statement:xa-member-of-union', kg.statementById.get('statement:xa-member-of-union')],
    ['Statement:XA-Member-Of-Union', kg.statementById.get('statement:xa-member-of-union')],
    ['position:kim-water-sharing', kg.positionById.get('position:kim-water-sharing')],
    ['document:forum-notes', kg.documentById.get('document:forum-notes')],
    ['member_of', kg.predicateById.get('member_of')],
  ])('resolves %s', (id, expected) => {
    expect(expected).toBeDefined();
    expect(resolveNode(kg, id)).toBe(expected);
  });

  it.each(['statement:nope', 'position:nope', 'document:nope', 'Atlantis', ''])('returns null for %j', (id) => {
    expect(resolveNode(kg, id)).toBeNull();
  });
});

describe('resolveNodes', () => {
  it('resolves each id in order, null where nothing matches', () => {
    expect(resolveNodes(kg, ['Alderia', 'nothing', 'Alderia']).map((n) => n?.id ?? null)).toEqual(['country:xa', null, 'country:xa']);
  });

  it(`accepts at most ${MAX_NODE_IDS} ids`, () => {
    expect(resolveNodes(kg, Array<string>(MAX_NODE_IDS).fill('country:xa'))).toHaveLength(MAX_NODE_IDS);
    expect(() => resolveNodes(kg, Array<string>(MAX_NODE_IDS + 1).fill('country:xa'))).toThrow(InvalidArgumentError);
  });
});
