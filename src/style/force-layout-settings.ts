import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';

/**
 * ForceAtlas2 settings shared by the explorer's worker layout and the notebook's SVG: strong
 * gravity (a neighbourhood stays compact around its hub, leaves do not fly off), a moderate
 * repulsion, Barnes–Hut only where it pays (from 200 nodes).
 */
export function forceLayoutSettings(order: number): ForceAtlas2Settings {
  return {
    linLogMode: false,
    adjustSizes: false,
    strongGravityMode: true,
    gravity: 1,
    scalingRatio: 8,
    slowDown: 2,
    barnesHutOptimize: order >= 200,
    barnesHutTheta: 0.6,
  };
}

/** FNV-1a hash of a string to [0, 1): the same id always gets the same number. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 0x1_0000_0000;
}

/**
 * A deterministic start position for a node near `around` (default the origin): on a circle of
 * radius `radius` at an angle derived from the node id, so that layouts are reproducible and
 * never depend on Math.random.
 */
export function seededPosition(id: string, around = { x: 0, y: 0 }, radius = 10): { x: number; y: number } {
  const angle = 2 * Math.PI * unitHash(id);
  const r = radius * (0.6 + 0.4 * unitHash(`${id}#r`));
  return { x: around.x + r * Math.cos(angle), y: around.y + r * Math.sin(angle) };
}
