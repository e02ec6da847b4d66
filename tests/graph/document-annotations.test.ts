import { beforeAll, describe, expect, it } from 'vitest';
import { documentAnnotations } from '../../src/graph/document-annotations.js';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { gql } from '../helpers/gql.js';
import { miniGraph } from '../helpers/graphs.js';

let mini: KnowledgeGraph;
const DOC = 'document:tokayev-explains-board-of-peace';

beforeAll(async () => {
  mini = await miniGraph();
});

describe('documentAnnotations', () => {
  it('lists every quote in the document with its fact, in text order', () => {
    expect(documentAnnotations(mini, DOC).map((a) => [a.evidence.start, a.evidence.end, (a.statement ?? a.position)!.id])).toEqual([
      [196, 283, 'statement:trump-initiated-board-of-peace'],
      [332, 377, 'statement:article-published'],
      [466, 524, 'statement:board-of-peace-endorsed-by-un'],
      [529, 603, 'position:tokayev-board-of-peace-significant-step'],
      [1482, 1531, 'statement:kz-relation-with-il'],
      [1589, 1664, 'position:tokayev-two-state-solution'],
      [2350, 2403, 'statement:cove-capital-tungsten'],
      [2406, 2481, 'position:tokayev-reliable-partner'],
      [2593, 2652, 'statement:tokayev-signed-charter'],
      [2654, 2700, 'statement:kz-member-of-board-of-peace'],
      [2654, 2724, 'statement:sa-member-of-board-of-peace'],
      [2672, 2700, 'statement:board-founding-count'],
    ]);
    const text = mini.documentById.get(DOC)!.text;
    for (const a of documentAnnotations(mini, DOC)) expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.exact);
  });

  it('is empty for an unknown document', () => {
    expect(documentAnnotations(mini, 'document:nope')).toEqual([]);
  });

  it('is Document.annotations in GraphQL', async () => {
    const { data, errors } = await gql(
      mini,
      `query ($id: ID!) { document(id: $id) { annotations { evidence { start quote } statement { id } position { id stance } } } }`,
      { id: DOC },
    );
    expect(errors).toBeUndefined();
    expect(data.document.annotations).toHaveLength(12);
    expect(data.document.annotations[3]).toEqual({
      evidence: { start: 529, quote: expect.any(String) },
      statement: null,
      position: { id: 'position:tokayev-board-of-peace-significant-step', stance: 'ASSESSES' },
    });
  });
});
