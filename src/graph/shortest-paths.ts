import { edgeFilter, type EdgeFilter, type EdgeFilterOptions } from './edge-filter.js';
import { edgesBetween, type GraphEdgeRef } from './graph-edge.js';
import { intArgument } from './int-argument.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { requireEntity } from './require-entity.js';

/** Longest path `shortestPaths` looks for, whatever `maxHops` asks. */
const MAX_PATH_HOPS = 6;
/** `maxHops` when not given. */
const DEFAULT_PATH_HOPS = 4;
/** Most paths `shortestPaths` returns, whatever `limit` asks. */
const MAX_PATHS = 100;
/** `limit` when not given. */
const DEFAULT_PATHS = 10;

/** `forward` when the edge points along the path (its subject or holder is the hop's `from`), else `backward`. */
export type HopDirection = 'forward' | 'backward';

/** One edge that makes a hop, and which way it points relative to the path. */
export interface PathLink {
  readonly direction: HopDirection;
  readonly edge: GraphEdgeRef;
}

/** A step of a path between two adjacent entities, with every edge that links them. */
export interface PathHop {
  readonly from: string;
  readonly to: string;
  /** Every statement (and position, if included) between the two, statements first, each by id. */
  readonly links: readonly PathLink[];
}

/** A path between two entities: its entity ids in order and one hop per consecutive pair. */
export interface GraphPath {
  readonly nodes: readonly string[];
  readonly hops: readonly PathHop[];
}

export interface ShortestPathOptions extends EdgeFilterOptions {
  /** Longest path to look for, 1 to {@link MAX_PATH_HOPS}; default {@link DEFAULT_PATH_HOPS}. */
  readonly maxHops?: number | null;
  /** Most paths to return, 1 to {@link MAX_PATHS}; default {@link DEFAULT_PATHS}. */
  readonly limit?: number | null;
}

/** One side of the bidirectional search: BFS distances from its root and every shortest-path parent. */
interface Side {
  readonly dist: Map<string, number>;
  /** For each reached node, its neighbours one step closer to the root. */
  readonly parents: Map<string, string[]>;
  frontier: string[];
  level: number;
}

function startSide(root: string): Side {
  return { dist: new Map([[root, 0]]), parents: new Map(), frontier: [root], level: 0 };
}

function frontierCost(kg: KnowledgeGraph, side: Side): number {
  let cost = 0;
  for (const node of side.frontier) cost += kg.adjacency.degree(node);
  return cost;
}

/** Advances `side` by one BFS layer and returns the new layer. Cost: the frontier's degrees. */
function expand(kg: KnowledgeGraph, side: Side, accept: EdgeFilter): string[] {
  const depth = side.level + 1;
  const layer: string[] = [];
  for (const node of side.frontier) {
    kg.adjacency.forEachEdge(node, (_key, attributes, source, target) => {
      if (!accept(attributes)) return;
      const next = source === node ? target : source;
      if (next === node) return;
      const known = side.dist.get(next);
      if (known === undefined) {
        side.dist.set(next, depth);
        side.parents.set(next, [node]);
        layer.push(next);
      } else if (known === depth) {
        // Parallel edges repeat `node` only within its own iteration, so the last entry tells.
        const parents = side.parents.get(next) as string[];
        if (parents[parents.length - 1] !== node) parents.push(node);
      }
    });
  }
  side.level = depth;
  side.frontier = layer;
  return layer;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Enumerates, in lexicographic order of their entity ids, up to `limit` shortest paths that pass
 * through a node of `meeting` (all at distance `meetingDepth` from the source).
 */
function enumeratePaths(
  forward: Side,
  backward: Side,
  meeting: readonly string[],
  meetingDepth: number,
  limit: number,
  source: string,
  target: string,
): string[][] {
  // The source half of the shortest-path DAG: children of each node toward the meeting layer.
  const children = new Map<string, string[]>();
  let layer = [...meeting];
  const seen = new Set(layer);
  while (layer.length > 0) {
    const next: string[] = [];
    for (const node of layer) {
      for (const parent of forward.parents.get(node) ?? []) {
        const list = children.get(parent);
        if (list) list.push(node);
        else children.set(parent, [node]);
        if (!seen.has(parent)) {
          seen.add(parent);
          next.push(parent);
        }
      }
    }
    layer = next;
  }
  for (const list of children.values()) list.sort(byId);
  const towardTarget = (node: string): string[] => [...(backward.parents.get(node) ?? [])].sort(byId);

  const paths: string[][] = [];
  const path = [source];
  const walk = (node: string): void => {
    if (paths.length >= limit) return;
    if (node === target) {
      paths.push([...path]);
      return;
    }
    const steps = path.length - 1 < meetingDepth ? (children.get(node) ?? []) : towardTarget(node);
    for (const step of steps) {
      path.push(step);
      walk(step);
      path.pop();
      if (paths.length >= limit) return;
    }
  };
  walk(source);
  return paths;
}

function toGraphPath(kg: KnowledgeGraph, nodes: readonly string[], accept: EdgeFilter): GraphPath {
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const links = edgesBetween(kg, from, to, accept).map(
      (edge) => ({ direction: edge.source === from ? 'forward' : 'backward', edge }) as const,
    );
    hops.push({ from, to, links });
  }
  return { nodes, hops };
}

/**
 * All shortest paths (up to `limit`, in lexicographic order of their entity ids) between the
 * entities named by `from` and `to` (ids or aliases), at most `maxHops` long. Edges connect both
 * ways; each hop reports every edge between its two entities and whether it points along the path.
 *
 * Bounded bidirectional breadth-first search: each round expands the side whose frontier has the
 * smaller total degree, and the search stops at `maxHops`, so its cost grows with the degrees of
 * the entities within reach, not with the size of the graph. An unknown entity throws an
 * `UnknownEntityError`; a path longer than `maxHops` or no path at all give an empty list; an entity to itself is one path without hops.
 * Invalid `maxHops`, `limit` or predicates throw an {@link InvalidArgumentError}.
 */
export function shortestPaths(kg: KnowledgeGraph, from: string, to: string, options: ShortestPathOptions = {}): GraphPath[] {
  const maxHops = intArgument('maxHops', options.maxHops, DEFAULT_PATH_HOPS, 1, MAX_PATH_HOPS);
  const limit = intArgument('limit', options.limit, DEFAULT_PATHS, 1, MAX_PATHS);
  const accept = edgeFilter(kg, options);
  const source = requireEntity(kg, from, 'from');
  const target = requireEntity(kg, to, 'to');
  if (source.id === target.id) return [{ nodes: [source.id], hops: [] }];

  const forward = startSide(source.id);
  const backward = startSide(target.id);
  while (forward.level + backward.level < maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return [];
    const expandForward = frontierCost(kg, forward) <= frontierCost(kg, backward);
    const [grown, other] = expandForward ? [forward, backward] : [backward, forward];
    const layer = expand(kg, grown, accept);
    // The first layer to touch the other side's frontier closes every shortest path.
    const meeting = layer.filter((node) => other.dist.get(node) === other.level).sort(byId);
    if (meeting.length > 0) {
      const paths = enumeratePaths(forward, backward, meeting, forward.level, limit, source.id, target.id);
      return paths.map((nodes) => toGraphPath(kg, nodes, accept));
    }
  }
  return [];
}

/** The first of {@link shortestPaths} (lexicographically smallest), or null when there is none. */
export function shortestPath(
  kg: KnowledgeGraph,
  from: string,
  to: string,
  options: Omit<ShortestPathOptions, 'limit'> = {},
): GraphPath | null {
  return shortestPaths(kg, from, to, { ...options, limit: 1 })[0] ?? null;
}
