import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/dataset/build-dataset.js';
import { createKnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { resolveEntity } from '../../src/graph/resolve-entity.js';
import { tinyFiles } from '../helpers/dataset-files.js';

describe('createKnowledgeGraph', () => {
  const kg = createKnowledgeGraph(buildDataset(tinyFiles()));

  it('has a node per entity and an edge per statement and position link', () => {
    expect(kg.graph.order).toBe(6);
    expect(kg.graph.type).toBe('directed');
    expect(kg.graph.multi).toBe(true);
    expect(kg.graph.getNodeAttributes('country:kz')).toEqual({ kind: 'country', name: 'Kazakhstan' });
    expect(kg.graph.edges().sort()).toEqual(['position:tokayev-peace>topic:peace', 'statement:kz-member']);
    expect(kg.graph.getEdgeAttributes('statement:kz-member')).toEqual({
      kind: 'statement',
      source: 'statement:kz-member',
      predicate: 'member_of',
      documents: ['document:tiny'],
    });
    expect(kg.graph.source('statement:kz-member')).toBe('country:kz');
    expect(kg.graph.target('statement:kz-member')).toBe('organization:board-of-peace');
  });

  it('indexes by id, alias, kind, subject, object, document and holder', () => {
    expect(resolveEntity(kg, 'tokaev')?.id).toBe('person:kassym-jomart-tokayev');
    expect(resolveEntity(kg, 'Board of Peace')?.id).toBe('organization:board-of-peace');
    expect(resolveEntity(kg, 'council for peace')?.id).toBe('organization:board-of-peace');
    expect(resolveEntity(kg, 'nothing')).toBeNull();
    expect(kg.entitiesByKind.get('country')?.map((e) => e.id)).toEqual(['country:kz', 'country:us']);
    expect(kg.statementsBySubject.get('country:kz')?.map((s) => s.id)).toEqual(['statement:kz-member']);
    expect(kg.statementsByObject.get('organization:board-of-peace')?.map((s) => s.id)).toEqual(['statement:kz-member']);
    expect(kg.statementsByDocument.get('document:tiny')?.length).toBe(1);
    expect(kg.positionsByHolder.get('person:kassym-jomart-tokayev')?.map((p) => p.id)).toEqual(['position:tokayev-peace']);
    expect(kg.positionsByTarget.get('topic:peace')?.map((p) => p.id)).toEqual(['position:tokayev-peace']);
    expect(kg.mentionsByEntity.get('country:kz')?.length).toBe(2);
  });
});
