import { UndirectedGraph } from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { forceLayoutSettings, seededPosition } from '../style/force-layout-settings.js';

/** A linked pair of entities and how many links join them. */
export interface EgoPair {
  readonly a: string;
  readonly b: string;
  readonly weight?: number;
}

/** The picture's box: nodes are kept `marginX`/`marginY` pixels inside it (room for labels). */
export interface LayoutBox {
  readonly width: number;
  readonly height: number;
  readonly marginX: number;
  readonly marginY: number;
}

/** ForceAtlas2's synchronous layout (a CommonJS module: its function is the default export at run time). */
type SynchronousLayout = (
  graph: UndirectedGraph,
  params: { iterations: number; settings: ForceAtlas2Settings; getEdgeWeight: string },
) => Record<string, { x: number; y: number }>;
const forceAtlas2 = ((fa2Module as unknown as { default?: SynchronousLayout }).default ?? fa2Module) as unknown as SynchronousLayout;

/** Iterations of ForceAtlas2: plenty for a neighbourhood of up to a few hundred entities. */
const ITERATIONS = 300;

/**
 * Positions of an ego network's entities in a box, by the explorer's ForceAtlas2 settings from
 * seeded start positions (deterministic: no randomness anywhere). The center is pinned to the
 * middle of the box; each axis is scaled to fill the box inside its margins.
 */
export function layoutEgoNetwork(
  center: string,
  nodes: ReadonlyArray<{ readonly id: string; readonly size: number }>,
  pairs: readonly EgoPair[],
  box: LayoutBox,
): Map<string, { x: number; y: number }> {
  const graph = new UndirectedGraph();
  for (const node of nodes) graph.addNode(node.id, { ...(node.id === center ? { x: 0, y: 0 } : seededPosition(node.id)), size: node.size });
  for (const pair of pairs) {
    if (graph.hasNode(pair.a) && graph.hasNode(pair.b) && pair.a !== pair.b) graph.mergeEdge(pair.a, pair.b, { weight: pair.weight ?? 1 });
  }
  const layout = forceAtlas2(graph, { iterations: ITERATIONS, settings: forceLayoutSettings(graph.order), getEdgeWeight: 'weight' });
  const origin = layout[center] ?? { x: 0, y: 0 };
  let spanX = 0;
  let spanY = 0;
  for (const p of Object.values(layout)) {
    spanX = Math.max(spanX, Math.abs(p.x - origin.x));
    spanY = Math.max(spanY, Math.abs(p.y - origin.y));
  }
  const scaleX = (box.width / 2 - box.marginX) / (spanX || 1);
  const scaleY = (box.height / 2 - box.marginY) / (spanY || 1);
  const positions = new Map<string, { x: number; y: number }>();
  for (const [id, p] of Object.entries(layout)) {
    positions.set(id, { x: box.width / 2 + (p.x - origin.x) * scaleX, y: box.height / 2 + (p.y - origin.y) * scaleY });
  }
  return positions;
}
