import { beforeAll, describe, expect, it } from 'vitest';
import { createInProcessClient } from '../../src/client/create-in-process-client.js';
import type { DiplomacyGraphClient } from '../../src/client/diplomacy-graph-client.js';
import { ExplorerNeighbourhoodDocument, ExplorerPathsDocument } from '../../src/client/generated/graphql.js';
import { createExplorerGraph } from '../../src/explorer/model/explorer-graph.js';
import { hiddenStatementCount, mergeGraphAnswer, type GraphAnswer } from '../../src/explorer/model/merge-neighbourhood.js';
import { KIND_COLORS } from '../../src/style/kind-colors.js';
import { nodeSize } from '../../src/style/node-size.js';
import { STANCE_COLORS, STATEMENT_EDGE_COLOR } from '../../src/style/stance-colors.js';
import { miniGraph } from '../helpers/graphs.js';

let client: DiplomacyGraphClient;

beforeAll(async () => {
  client = createInProcessClient(await miniGraph());
});

/** The explorer's neighbourhood answer for an entity, as the page receives it. */
async function neighbourhood(entity: string, limit: number): Promise<GraphAnswer> {
  const { egoNetwork } = await client.request(ExplorerNeighbourhoodDocument, { entity, limit });
  if (egoNetwork === null) throw new Error(`no entity ${entity}`);
  return { center: egoNetwork.center, nodes: egoNetwork.nodes.map((n) => n.entity), edges: egoNetwork.edges };
}

describe('mergeGraphAnswer (GraphQL answer → graphology graph)', () => {
  it('adds the entities and edges of an egoNetwork answer, styled by kind, degree and stance', async () => {
    const graph = createExplorerGraph();
    const result = mergeGraphAnswer(graph, await neighbourhood('Tokayev', 3));
    expect(result.addedNodes).toEqual(['person:kassym-jomart-tokayev', 'organization:board-of-peace', 'organization:un']);
    expect(result.addedEdges).toEqual([
      'statement:board-of-peace-endorsed-by-un',
      'statement:tokayev-signed-charter',
      'position:tokayev-board-of-peace-significant-step>organization:board-of-peace',
      'position:tokayev-board-of-peace-significant-step>organization:un',
    ]);
    expect(graph.getNodeAttributes('person:kassym-jomart-tokayev')).toMatchObject({
      label: 'Kassym-Jomart Tokayev',
      kind: 'PERSON',
      statementCount: 1,
      color: KIND_COLORS.person,
      size: nodeSize(1),
      expanded: true,
      x: 0,
      y: 0,
    });
    expect(graph.getNodeAttributes('organization:board-of-peace')).toMatchObject({
      color: KIND_COLORS.organization,
      size: nodeSize(6),
      expanded: false,
    });
    expect(graph.getEdgeAttributes('statement:tokayev-signed-charter')).toEqual({
      kind: 'STATEMENT',
      factId: 'statement:tokayev-signed-charter',
      predicate: 'member_of',
      label: 'member of',
      stance: null,
      sourceCount: 1,
      time: { value: '--01-22', precision: 'MONTH_DAY', earliest: null, latest: null },
      color: STATEMENT_EDGE_COLOR,
      size: 2,
      type: 'arrow',
    });
    expect(graph.getEdgeAttributes('position:tokayev-board-of-peace-significant-step>organization:un')).toEqual({
      kind: 'POSITION',
      factId: 'position:tokayev-board-of-peace-significant-step',
      predicate: null,
      label: 'assesses',
      stance: 'ASSESSES',
      sourceCount: 1,
      time: { value: '--02-18', precision: 'MONTH_DAY', earliest: null, latest: null },
      color: STANCE_COLORS['ASSESSES'],
      size: 1.5,
      type: 'line',
    });
    expect(graph.source('statement:tokayev-signed-charter')).toBe('person:kassym-jomart-tokayev');
  });

  it('adds nothing twice, places new entities deterministically near the expanded one, and counts what is not drawn', async () => {
    const graph = createExplorerGraph();
    const answer = await neighbourhood('Tokayev', 3);
    mergeGraphAnswer(graph, answer);
    expect(mergeGraphAnswer(graph, answer)).toEqual({ addedNodes: [], addedEdges: [] });
    // The Board of Peace has 6 statements; 2 are drawn (endorsed by the UN, Tokayev member of).
    expect(hiddenStatementCount(graph, 'organization:board-of-peace')).toBe(4);
    expect(hiddenStatementCount(graph, 'person:kassym-jomart-tokayev')).toBe(0);

    const expanded = mergeGraphAnswer(graph, await neighbourhood('organization:board-of-peace', 50));
    expect(expanded.addedNodes.length).toBeGreaterThan(0);
    expect(graph.getNodeAttribute('organization:board-of-peace', 'expanded')).toBe(true);
    // All its entity neighbours are drawn; the one statement left has a literal value (a count),
    // which the entity card shows and the canvas cannot.
    expect(hiddenStatementCount(graph, 'organization:board-of-peace')).toBe(1);
    const bop = graph.getNodeAttributes('organization:board-of-peace');
    for (const id of expanded.addedNodes) {
      const node = graph.getNodeAttributes(id);
      expect(Math.hypot(node.x - bop.x, node.y - bop.y)).toBeLessThanOrEqual(10 + 1e-9);
    }
    const again = createExplorerGraph();
    mergeGraphAnswer(again, answer);
    mergeGraphAnswer(again, await neighbourhood('organization:board-of-peace', 50));
    expect(again.export()).toEqual(graph.export());
  });

  it('adds the entities and edges of a paths answer, without marking any entity expanded', async () => {
    const { paths } = await client.request(ExplorerPathsDocument, { from: 'Tokayev', to: 'United Nations' });
    const graph = createExplorerGraph();
    const result = mergeGraphAnswer(graph, {
      center: null,
      nodes: paths.flatMap((p) => p.nodes),
      edges: paths.flatMap((p) => p.hops.flatMap((hop) => hop.links.map((link) => link.edge))),
    });
    expect(paths.map((p) => p.nodes.map((n) => n.id))).toEqual([['person:kassym-jomart-tokayev', 'organization:un']]);
    expect(result.addedNodes).toEqual(['person:kassym-jomart-tokayev', 'organization:un']);
    expect(result.addedEdges).toEqual(['position:tokayev-board-of-peace-significant-step>organization:un']);
    expect(graph.filterNodes((_n, a) => a.expanded)).toEqual([]);
  });
});
