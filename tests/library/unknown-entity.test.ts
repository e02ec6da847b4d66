import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { UnknownEntityError } from '../../src/errors.js';
import { requireEntity } from '../../src/graph/require-entity.js';
import { suggestEntities } from '../../src/graph/suggest-entities.js';
import { openGraph } from '../../src/library/open-graph.js';
import { seedsGraph } from '../helpers/graphs.js';

describe('unknown entities in the library', () => {
  it('query() answers an UNKNOWN_ENTITY error with extensions, wrapping the UnknownEntityError', async () => {
    const graph = await openGraph();
    const result = await graph.query('query ($name: String!) { positions(where: { concerns: { is: $name } }) { totalCount } }', {
      name: 'Ukraine war',
    });
    expect(result.data).toBeNull();
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error?.originalError).toBeInstanceOf(UnknownEntityError);
    expect(error?.message).toBe(
      'where.concerns.is: no entity is named "Ukraine war" — did you mean Russia–Ukraine war (topic:russia-ukraine-war) or Ukraine (country:ua)?',
    );
    expect(error?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_ENTITY',
      argument: 'where.concerns.is',
      value: 'Ukraine war',
      suggestions: [
        { id: 'topic:russia-ukraine-war', name: 'Russia–Ukraine war', kind: 'TOPIC', matchedBy: 'ALIAS', alias: 'Russia–Ukraine war' },
        { id: 'country:ua', name: 'Ukraine', kind: 'COUNTRY', matchedBy: 'ALIAS', alias: 'Ukraine' },
      ],
    });
  });

  it('graph functions throw it; requireEntity resolves names like entity(id:)', async () => {
    const kg = await seedsGraph();
    expect(requireEntity(kg, 'Tokaev', 'entity').id).toBe('person:kassym-jomart-tokayev');
    expect(() => requireEntity(kg, 'Ukraine war', 'where.concerns.is')).toThrow(UnknownEntityError);
  });

  it('suggests by alias (shared words, typos) first, then by search, each entity once', async () => {
    const kg = await seedsGraph();
    const brief = (name: string) => suggestEntities(kg, name).map((s) => `${s.matchedBy} ${s.id}`);
    expect(brief('Ukraine war')).toEqual(['alias topic:russia-ukraine-war', 'alias country:ua']);
    expect(brief('Tokaiev')).toEqual([
      'alias person:kassym-jomart-tokayev',
      'search work:ana-tili-interview',
      'search work:news-international-interview',
    ]);
    expect(brief('Council of Peace')).toEqual([
      'alias organization:board-of-peace',
      'search agreement:board-of-peace-charter',
      'search project:gaza-peace-plan',
    ]);
    expect(brief('zzzz qqqq')).toEqual([]);
  });
});
