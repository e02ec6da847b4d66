/**
 * One direction of the adjacency, compressed (CSR). Node `u`'s neighbour groups are
 * `groupOffsets[u] .. groupOffsets[u + 1]`, in the order their first edge was added (graphology
 * keeps neighbours as keys of an object, which enumerates in insertion order); group `g` is the
 * neighbour `groupNeighbour[g]` with the edges `edges[edgeOffsets[g] .. edgeOffsets[g + 1])`, the
 * most recently added first (graphology prepends parallel edges to a list). `sortedNeighbour` and
 * `sortedGroup` hold each node's groups again, by neighbour index, for binary search.
 */
export interface Direction {
  readonly groupOffsets: Int32Array;
  readonly groupNeighbour: Int32Array;
  readonly edgeOffsets: Int32Array;
  readonly edges: Int32Array;
  readonly sortedNeighbour: Int32Array;
  readonly sortedGroup: Int32Array;
}

/** Edge numbers grouped by their `from` end (counting sort), each node's in insertion order, and the node ranges. */
function edgesByNode(nodeCount: number, edgeCount: number, from: Int32Array): { start: Int32Array; byNode: Int32Array } {
  const start = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edgeCount; e++) {
    const next = (from[e] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let u = 0; u < nodeCount; u++) start[u + 1] = (start[u + 1] as number) + (start[u] as number);
  const fill = start.slice(0, nodeCount);
  const byNode = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) byNode[(fill[from[e] as number] as number)++] = e;
  return { start, byNode };
}

/** One direction's CSR (see {@link Direction}): edges leave their `from` end for their `to` end. */
export function directionOf(nodeCount: number, edgeCount: number, from: Int32Array, to: Int32Array): Direction {
  const { start, byNode } = edgesByNode(nodeCount, edgeCount, from);
  const groupOffsets = new Int32Array(nodeCount + 1);
  const groupNeighbour = new Int32Array(edgeCount);
  const groupEnd = new Int32Array(edgeCount);
  const edgeOffsets = new Int32Array(edgeCount + 1);
  const edges = new Int32Array(edgeCount);
  const sortedNeighbour = new Int32Array(edgeCount);
  const sortedGroup = new Int32Array(edgeCount);
  const seenBy = new Int32Array(nodeCount).fill(-1);
  const groupOf = new Int32Array(nodeCount);
  let groups = 0;
  for (let u = 0; u < nodeCount; u++) {
    const first = start[u] as number;
    const last = start[u + 1] as number;
    const firstGroup = (groupOffsets[u] = groups);
    for (let i = first; i < last; i++) {
      const v = to[byNode[i] as number] as number;
      if (seenBy[v] !== u) {
        seenBy[v] = u;
        groupOf[v] = groups;
        groupNeighbour[groups++] = v;
      }
      const g = groupOf[v] as number;
      groupEnd[g] = (groupEnd[g] as number) + 1;
    }
    // Each group's range; `groupEnd` goes from the group's size to its end.
    for (let g = firstGroup, at = first; g < groups; g++) {
      edgeOffsets[g] = at;
      at += groupEnd[g] as number;
      groupEnd[g] = at;
    }
    // Filled from each group's end: the last added edge comes first, as in graphology.
    for (let i = first; i < last; i++) {
      const e = byNode[i] as number;
      const g = groupOf[to[e] as number] as number;
      const at = (groupEnd[g] as number) - 1;
      groupEnd[g] = at;
      edges[at] = e;
    }
    const sorted = sortedNeighbour.subarray(firstGroup, groups);
    sorted.set(groupNeighbour.subarray(firstGroup, groups));
    sorted.sort();
    for (let g = firstGroup; g < groups; g++) sortedGroup[g] = groupOf[sortedNeighbour[g] as number] as number;
  }
  groupOffsets[nodeCount] = groups;
  edgeOffsets[groups] = edgeCount;
  return {
    groupOffsets,
    groupNeighbour: groupNeighbour.slice(0, groups),
    edgeOffsets: edgeOffsets.slice(0, groups + 1),
    edges,
    sortedNeighbour: sortedNeighbour.slice(0, groups),
    sortedGroup: sortedGroup.slice(0, groups),
  };
}

/** The group of `direction` from node `u` to node `v`, or -1 (binary search over `u`'s groups by neighbour). */
export function groupBetween(direction: Direction, u: number, v: number): number {
  let low = direction.groupOffsets[u] as number;
  let high = (direction.groupOffsets[u + 1] as number) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const neighbour = direction.sortedNeighbour[middle] as number;
    if (neighbour === v) return direction.sortedGroup[middle] as number;
    if (neighbour < v) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Number of `u`'s edges in `direction`. */
export function edgeCountOf(direction: Direction, u: number): number {
  return (
    (direction.edgeOffsets[direction.groupOffsets[u + 1] as number] as number) -
    (direction.edgeOffsets[direction.groupOffsets[u] as number] as number)
  );
}
