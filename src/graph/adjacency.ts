import type { Dataset, Evidence, Position, Statement } from '../dataset/model.js';
import { directionOf, edgeCountOf, groupBetween, type Direction } from './adjacency-direction.js';
import type { EdgeAttributes } from './types.js';

/** Called with an edge's key, attributes and ends (graphology's edge callback, first four arguments). */
export type EdgeCallback<R> = (key: string, attributes: EdgeAttributes, source: string, target: string) => R;

/**
 * The read-only part of graphology's API that the graph layer's traversals use. The knowledge
 * graph's {@link Adjacency} implements it with graphology's semantics and iteration order, and a
 * graphology `MultiDirectedGraph` of the same edges satisfies it too (tests/graph/adjacency.test.ts
 * runs both through every method).
 */
export interface GraphReader {
  /** Number of nodes. */
  readonly order: number;
  /** Number of edges. */
  readonly size: number;
  hasNode(node: string): boolean;
  /** In-degree plus out-degree: a self-loop counts twice. */
  degree(node: string): number;
  forEachNode(callback: (node: string) => void): void;
  /** Every edge, in insertion order. */
  forEachEdge(callback: EdgeCallback<unknown>): void;
  /** The node's incoming edges, then its outgoing ones (a self-loop once, as incoming). */
  forEachEdge(node: string, callback: EdgeCallback<unknown>): void;
  /**
   * The edges between `source` and `target` either way: from `target` to `source`, then from
   * `source` to `target` (a self-loop once), each the most recently added first.
   */
  forEachEdge(source: string, target: string, callback: EdgeCallback<unknown>): void;
  /** Like `forEachEdge(source, target, …)`, stopping at (and returning true for) the first edge `callback` returns true for. */
  someEdge(source: string, target: string, callback: EdgeCallback<boolean>): boolean;
  /** The edges from `node` to `neighbour`, until `callback` returns true. */
  someOutEdge(node: string, neighbour: string, callback: EdgeCallback<boolean>): boolean;
  /** The edges from `neighbour` to `node`, until `callback` returns true. */
  someInEdge(node: string, neighbour: string, callback: EdgeCallback<boolean>): boolean;
  /** The distinct ends of `node`'s outgoing edges, in the order their first edge was added, until `callback` returns true. */
  someOutNeighbor(node: string, callback: (neighbour: string) => boolean): boolean;
  /** The distinct sources of `node`'s incoming edges, in the order their first edge was added, until `callback` returns true. */
  someInNeighbor(node: string, callback: (neighbour: string) => boolean): boolean;
  outNeighbors(node: string): string[];
  inNeighbors(node: string): string[];
}

/** Edges numbered in insertion order: ends (entity indexes) and the record each comes from. */
interface EdgeList {
  readonly count: number;
  readonly source: Int32Array;
  readonly target: Int32Array;
  /** A statement's index, or `~index` (negative) of a position. */
  readonly record: Int32Array;
  /** Each edge's key: a statement's id from the start, a position link's made when first read. */
  readonly keys: Array<string | undefined>;
}

/**
 * Distinct documents of a list of evidence. Most edges have one document: those share one frozen
 * list per document rather than a million one-element arrays.
 */
function documentsOf(evidence: readonly Evidence[], single: Map<string, readonly string[]>): readonly string[] {
  const first = evidence[0]?.document;
  if (first !== undefined && evidence.every((e) => e.document === first)) {
    let list = single.get(first);
    if (!list) single.set(first, (list = Object.freeze([first])));
    return list;
  }
  return [...new Set(evidence.map((e) => e.document))];
}

/** Each statement's subject and object as entity indexes (-1: no entity object), in dataset order. */
export interface StatementEnds {
  readonly subject: Int32Array;
  readonly object: Int32Array;
}

/**
 * The edges of a dataset: one per statement with an entity object (subject → object), then one
 * from each position's holder to its topic and to each entity it is about, each distinct entity
 * once, the holder itself left out.
 */
function edgeListOf({ statements, positions }: Dataset, ends: StatementEnds, indexOf: (id: string) => number): EdgeList {
  let bound = statements.length;
  for (const p of positions) bound += 1 + p.about.length;
  const source = new Int32Array(bound);
  const target = new Int32Array(bound);
  const record = new Int32Array(bound);
  const keys = new Array<string | undefined>(bound);
  let count = 0;
  for (let i = 0; i < statements.length; i++) {
    const object = ends.object[i] as number;
    if (object < 0) continue;
    source[count] = ends.subject[i] as number;
    target[count] = object;
    keys[count] = (statements[i] as Statement).id;
    record[count++] = i;
  }
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    const targets = [p.topic, ...p.about];
    for (let j = 0; j < targets.length; j++) {
      const t = targets[j] as string;
      if (t === p.holder || targets.indexOf(t) !== j) continue;
      source[count] = indexOf(p.holder);
      target[count] = indexOf(t);
      record[count++] = ~i;
    }
  }
  keys.length = count;
  return { count, source: source.slice(0, count), target: target.slice(0, count), record: record.slice(0, count), keys };
}

/**
 * The knowledge graph's edges as typed arrays, read through graphology's API ({@link GraphReader}):
 * what queries traverse. It holds the same nodes and edges as the graphology graph users get from
 * `kg.graph` (built from it, on first read), in the same order, at a fraction of its memory and
 * build time: two integers per edge and direction, no object per edge until a traversal reads
 * one's key or attributes (made then, and kept).
 */
export class Adjacency implements GraphReader {
  readonly order: number;
  readonly size: number;
  private readonly edgeList: EdgeList;
  private readonly out: Direction;
  private readonly in: Direction;
  private readonly attributes: Array<EdgeAttributes | undefined>;
  /** Entity ids by index: a node's id without a load of its entity. */
  private readonly ids: readonly string[];
  private readonly singleDocuments = new Map<string, readonly string[]>();

  /** `index`: entity id → index in the dataset; `ends`: the statements' ends as such indexes. */
  constructor(
    private readonly dataset: Dataset,
    private readonly index: ReadonlyMap<string, number>,
    ends: StatementEnds,
  ) {
    const edges = edgeListOf(dataset, ends, (id) => this.indexOf(id));
    this.edgeList = edges;
    this.order = dataset.entities.length;
    this.ids = dataset.entities.map((entity) => entity.id);
    this.size = edges.count;
    this.out = directionOf(this.order, edges.count, edges.source, edges.target);
    this.in = directionOf(this.order, edges.count, edges.target, edges.source);
    this.attributes = new Array<EdgeAttributes | undefined>(edges.count);
  }

  hasNode(node: string): boolean {
    return this.index.has(node);
  }

  degree(node: string): number {
    const u = this.indexOf(node);
    return edgeCountOf(this.out, u) + edgeCountOf(this.in, u);
  }

  forEachNode(callback: (node: string) => void): void {
    for (const entity of this.dataset.entities) callback(entity.id);
  }

  forEachEdge(callback: EdgeCallback<unknown>): void;
  forEachEdge(node: string, callback: EdgeCallback<unknown>): void;
  forEachEdge(source: string, target: string, callback: EdgeCallback<unknown>): void;
  forEachEdge(...args: [EdgeCallback<unknown>] | [string, EdgeCallback<unknown>] | [string, string, EdgeCallback<unknown>]): void {
    if (args.length === 1) {
      for (let e = 0; e < this.size; e++) this.call(args[0], e);
    } else if (args.length === 2) {
      const u = this.indexOf(args[0]);
      // Incoming, then outgoing without the self-loops, already seen as incoming.
      this.forEachGroupEdge(this.in, u, -1, args[1]);
      this.forEachGroupEdge(this.out, u, u, args[1]);
    } else {
      const callback = args[2];
      this.someEdge(args[0], args[1], (...edge) => {
        callback(...edge);
        return false;
      });
    }
  }

  someEdge(source: string, target: string, callback: EdgeCallback<boolean>): boolean {
    const u = this.indexOf(source);
    const v = this.indexOf(target);
    return (
      this.someEdgeOfGroup(groupBetween(this.in, u, v), this.in, callback) ||
      (u !== v && this.someEdgeOfGroup(groupBetween(this.out, u, v), this.out, callback))
    );
  }

  someOutEdge(node: string, neighbour: string, callback: EdgeCallback<boolean>): boolean {
    return this.someEdgeOfGroup(groupBetween(this.out, this.indexOf(node), this.indexOf(neighbour)), this.out, callback);
  }

  someInEdge(node: string, neighbour: string, callback: EdgeCallback<boolean>): boolean {
    return this.someEdgeOfGroup(groupBetween(this.in, this.indexOf(node), this.indexOf(neighbour)), this.in, callback);
  }

  someOutNeighbor(node: string, callback: (neighbour: string) => boolean): boolean {
    return this.someNeighbour(this.out, this.indexOf(node), callback);
  }

  someInNeighbor(node: string, callback: (neighbour: string) => boolean): boolean {
    return this.someNeighbour(this.in, this.indexOf(node), callback);
  }

  outNeighbors(node: string): string[] {
    return this.neighbours(this.out, this.indexOf(node));
  }

  inNeighbors(node: string): string[] {
    return this.neighbours(this.in, this.indexOf(node));
  }

  /** Edge `e`'s key: the statement id, or `<position id>><entity id>`. */
  edgeKey(e: number): string {
    const { keys, record, target } = this.edgeList;
    return (keys[e] ??= `${(this.dataset.positions[~(record[e] as number)] as Position).id}>${this.entityId(target[e] as number)}`);
  }

  /** Edge `e`'s attributes, made on first read and kept (graphology's graph shares them). */
  edgeAttributes(e: number): EdgeAttributes {
    let attributes = this.attributes[e];
    if (attributes === undefined) {
      const r = this.edgeList.record[e] as number;
      const record = r >= 0 ? (this.dataset.statements[r] as Statement) : (this.dataset.positions[~r] as Position);
      attributes = this.attributes[e] = {
        kind: r >= 0 ? 'statement' : 'position',
        source: record.id,
        predicate: r >= 0 ? (record as Statement).predicate : 'position_on',
        documents: documentsOf(record.evidence, this.singleDocuments),
      };
    }
    return attributes;
  }

  /** Edge `e`'s source and target entity ids. */
  edgeEnds(e: number): readonly [string, string] {
    return [this.entityId(this.edgeList.source[e] as number), this.entityId(this.edgeList.target[e] as number)];
  }

  private indexOf(node: string): number {
    const u = this.index.get(node);
    if (u === undefined) throw new Error(`the graph has no node "${node}"`);
    return u;
  }

  private entityId(u: number): string {
    return this.ids[u] as string;
  }

  /** Calls `callback` with edge `e` as graphology would: key, attributes, source, target. */
  private call<R>(callback: EdgeCallback<R>, e: number): R {
    const { source, target } = this.edgeList;
    return callback(this.edgeKey(e), this.edgeAttributes(e), this.entityId(source[e] as number), this.entityId(target[e] as number));
  }

  /** Calls `callback` with the edges of `u`'s groups in `direction`, skipping the group of neighbour `skip`. */
  private forEachGroupEdge(direction: Direction, u: number, skip: number, callback: EdgeCallback<unknown>): void {
    for (let g = direction.groupOffsets[u] as number; g < (direction.groupOffsets[u + 1] as number); g++) {
      if (direction.groupNeighbour[g] === skip) continue;
      for (let i = direction.edgeOffsets[g] as number; i < (direction.edgeOffsets[g + 1] as number); i++)
        this.call(callback, direction.edges[i] as number);
    }
  }

  /** Calls `callback` with group `g`'s edges (none when `g` is -1) until it returns true; whether it did. */
  private someEdgeOfGroup(g: number, direction: Direction, callback: EdgeCallback<boolean>): boolean {
    if (g < 0) return false;
    for (let i = direction.edgeOffsets[g] as number; i < (direction.edgeOffsets[g + 1] as number); i++) {
      if (this.call(callback, direction.edges[i] as number)) return true;
    }
    return false;
  }

  /** Calls `callback` with `u`'s neighbours in `direction` until it returns true; whether it did. */
  private someNeighbour(direction: Direction, u: number, callback: (neighbour: string) => boolean): boolean {
    for (let g = direction.groupOffsets[u] as number; g < (direction.groupOffsets[u + 1] as number); g++) {
      if (callback(this.entityId(direction.groupNeighbour[g] as number))) return true;
    }
    return false;
  }

  private neighbours(direction: Direction, u: number): string[] {
    const found: string[] = [];
    this.someNeighbour(direction, u, (neighbour) => {
      found.push(neighbour);
      return false;
    });
    return found;
  }
}
