import type { ExplorerEdgeFragment, ExplorerNodeFragment } from '../../client/generated/graphql.js';
import { seededPosition } from '../../style/force-layout-settings.js';
import { kindColor } from '../../style/kind-colors.js';
import { nodeSize } from '../../style/node-size.js';
import { STATEMENT_EDGE_COLOR, stanceColor } from '../../style/stance-colors.js';
import type { EdgeTime, ExplorerEdgeAttributes, ExplorerGraph } from './explorer-graph.js';

/** What `mergeNeighbourhood` and `mergePath` add: entities and edges of a GraphQL answer. */
export interface GraphAnswer {
  /** The entity the answer is about (opened or expanded); it is marked expanded. Null for a path. */
  readonly center: ExplorerNodeFragment | null;
  readonly nodes: readonly ExplorerNodeFragment[];
  readonly edges: readonly ExplorerEdgeFragment[];
}

/** What a merge changed. */
export interface MergeResult {
  readonly addedNodes: readonly string[];
  readonly addedEdges: readonly string[];
}

const toTime = (
  t: { readonly value: string; readonly precision: string; readonly earliest: string | null; readonly latest: string | null } | null,
) => (t === null ? null : ({ value: t.value, precision: t.precision, earliest: t.earliest, latest: t.latest } satisfies EdgeTime));

/** Attributes of a GraphQL edge on the canvas: statements grey arrows, positions lines coloured by stance. */
export function edgeAttributes(edge: ExplorerEdgeFragment): ExplorerEdgeAttributes {
  if (edge.kind === 'POSITION' && edge.position !== null) {
    const stance = edge.position.stance;
    return {
      kind: 'POSITION',
      factId: edge.position.id,
      predicate: null,
      label: stance.toLowerCase(),
      stance,
      sourceCount: edge.position.sourceCount,
      time: toTime(edge.position.date),
      color: stanceColor(stance),
      size: 1.5,
      type: 'line',
    };
  }
  return {
    kind: 'STATEMENT',
    factId: edge.statement?.id ?? edge.id,
    predicate: edge.predicate?.id ?? null,
    label: edge.predicate?.label ?? '',
    stance: null,
    sourceCount: edge.statement?.sourceCount ?? 0,
    time: toTime(edge.statement?.time ?? null),
    color: STATEMENT_EDGE_COLOR,
    size: 2,
    type: 'arrow',
  };
}

/**
 * Adds the entities and edges of a GraphQL answer (an `egoNetwork` or `paths`) to the explorer's
 * graph, keeping what is there: nodes by entity id, edges by GraphQL edge id (so loading twice
 * adds nothing). New nodes start at a seeded position around the answer's center (or the origin),
 * ready for the force layout. Returns the ids added, in answer order.
 */
export function mergeGraphAnswer(graph: ExplorerGraph, answer: GraphAnswer): MergeResult {
  const addedNodes: string[] = [];
  const addedEdges: string[] = [];
  const around = answer.center !== null && graph.hasNode(answer.center.id) ? graph.getNodeAttributes(answer.center.id) : { x: 0, y: 0 };
  for (const entity of answer.center === null ? answer.nodes : [answer.center, ...answer.nodes]) {
    if (graph.hasNode(entity.id)) continue;
    const start = seededPosition(entity.id, around, graph.order === 0 ? 0 : 10);
    graph.addNode(entity.id, {
      label: entity.name,
      kind: entity.kind,
      statementCount: entity.statementCount,
      color: kindColor(entity.kind),
      size: nodeSize(entity.statementCount),
      x: start.x,
      y: start.y,
      expanded: false,
    });
    addedNodes.push(entity.id);
  }
  if (answer.center !== null) graph.setNodeAttribute(answer.center.id, 'expanded', true);
  for (const edge of answer.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source.id) || !graph.hasNode(edge.target.id)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source.id, edge.target.id, edgeAttributes(edge));
    addedEdges.push(edge.id);
  }
  return { addedNodes, addedEdges };
}

/**
 * Statements of an entity not drawn yet: its degree (`statementCount`) minus the distinct
 * statements on the canvas that touch it. What a hub's "N more" says. Literal-valued statements
 * (a count, a date) count too: they are never edges, and the entity card lists them.
 */
export function hiddenStatementCount(graph: ExplorerGraph, node: string): number {
  const drawn = new Set<string>();
  graph.forEachEdge(node, (_edge, attributes) => {
    if (attributes.kind === 'STATEMENT') drawn.add(attributes.factId);
  });
  return Math.max(0, graph.getNodeAttribute(node, 'statementCount') - drawn.size);
}
