import { describe, expect, it } from 'vitest';
import { documentsSupporting } from '../../src/graph/documents-of-entity.js';
import { listDocuments } from '../../src/graph/list-documents.js';
import { listEntities } from '../../src/graph/list-entities.js';
import { listPositions } from '../../src/graph/list-positions.js';
import { listStatements } from '../../src/graph/list-statements.js';
import { seedsGraph } from '../helpers/graphs.js';
import { queryApiGraph } from './query-api-fixture.js';

const kg = await queryApiGraph();
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((i) => i.id.slice(i.id.indexOf(':') + 1));

describe('sorting', () => {
  it('sorts statements by source count, ties in dataset order', () => {
    expect(ids(listStatements(kg, { sort: [{ sourceCount: 'DESC' }] }))).toEqual([
      'xa-member-of-union',
      'xa-relation-with-xb',
      'xb-member-of-union',
      'xc-member-of-union',
      'xd-member-of-forum',
      'xa-chairs-union',
      'ortiz-president',
      'ortiz-president-again',
      'president-office-of-xa',
      'summit-date',
    ]);
  });

  it('sorts statements by time, then by a second key', () => {
    expect(ids(listStatements(kg, { sort: [{ time: 'ASC' }, { id: 'DESC' }] }))).toEqual([
      'ortiz-president-again',
      'ortiz-president',
      'xa-member-of-union',
      'xc-member-of-union',
      'xd-member-of-forum',
      'xa-chairs-union',
      'summit-date',
      'xb-member-of-union',
      'xa-relation-with-xb',
      'president-office-of-xa',
    ]);
  });

  it('sorts entities by source count, statement count and name', () => {
    expect(ids(listEntities(kg, null, { sort: [{ sourceCount: 'DESC' }] }))).toEqual([
      'xa',
      'xb',
      'northern-union',
      'ana-ortiz',
      'water-sharing',
      'xc',
      'xd',
      'river-forum',
      'ben-kim',
      'president-of-alderia',
      'lakeside-summit',
    ]);
    expect(ids(listEntities(kg, null, { sort: [{ statementCount: 'DESC' }, { name: 'ASC' }] })).slice(0, 4)).toEqual([
      'xa',
      'northern-union',
      'president-of-alderia',
      'ana-ortiz',
    ]);
    expect(ids(listEntities(kg, 'country', { sort: [{ name: 'DESC' }] }))).toEqual(['xd', 'xc', 'xb', 'xa']);
  });

  it('sorts positions by date and documents by publication, missing values last', () => {
    expect(ids(listPositions(kg, { sort: [{ date: 'DESC' }] }))).toEqual([
      'ortiz-water-sharing',
      'ortiz-union-delays',
      'kim-water-sharing',
    ]);
    expect(ids(listDocuments(kg, { sort: [{ published: 'ASC' }] }))).toEqual(['union-report', 'forum-notes']);
    expect(ids(listDocuments(kg, { sort: [{ title: 'DESC' }] }))).toEqual(['forum-notes', 'union-report']);
  });

  it('rejects a sort key that names no field or several', () => {
    expect(() => listEntities(kg, null, { sort: [{}] })).toThrow('sort[0]: a sort key names exactly one of');
    expect(() => listEntities(kg, null, { sort: [{ name: 'ASC', id: 'ASC' }] })).toThrow('sort[0]');
  });
});

describe('load-time counts', () => {
  it('match the documents and statements they count, on the seeds', async () => {
    const seeds = await seedsGraph();
    for (const entity of seeds.dataset.entities) {
      expect(seeds.lists.entitySourceCount.get(entity.id) ?? 0).toBe(documentsSupporting(seeds, entity.id).length);
      const degree = seeds.dataset.statements.filter((s) => s.subject === entity.id || s.object === entity.id).length;
      expect(seeds.lists.statementCount.get(entity.id) ?? 0).toBe(degree);
      expect(seeds.lists.positionCount.get(entity.id) ?? 0).toBe(seeds.dataset.positions.filter((p) => p.holder === entity.id).length);
      expect(seeds.lists.mentionCount.get(entity.id) ?? 0).toBe(seeds.dataset.mentions.filter((m) => m.entity === entity.id).length);
    }
    for (const item of [...seeds.dataset.statements, ...seeds.dataset.positions]) {
      expect(seeds.lists.sourceCount.get(item.id)).toBe(new Set(item.evidence.map((e) => e.document)).size);
    }
  });
});
