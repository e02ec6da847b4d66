import { MultiDirectedGraph } from 'graphology';

/** A node of the explorer's canvas: an entity and how it is drawn. */
export interface ExplorerNodeAttributes {
  /** The entity's name (sigma draws it). */
  label: string;
  /** Entity kind as GraphQL spells it: `PERSON`. */
  kind: string;
  /** Statements with this entity as subject or object, in the whole graph (not only on canvas). */
  statementCount: number;
  color: string;
  size: number;
  x: number;
  y: number;
  /** True once the entity's neighbourhood has been loaded (it was opened or expanded). */
  expanded: boolean;
}

/** When an edge's fact holds, as its time value states; null bounds when not stated. */
export interface EdgeTime {
  /** As curated: `2025-01-03`, `1990s`, `--01-22`. */
  readonly value: string;
  readonly precision: string;
  /** Earliest and latest ISO day; null when the year is unknown. */
  readonly earliest: string | null;
  readonly latest: string | null;
}

/** An edge of the canvas: a statement or a position link. */
export interface ExplorerEdgeAttributes {
  /** `STATEMENT` or `POSITION`. */
  kind: 'STATEMENT' | 'POSITION';
  /** Statement or position id: its evidence is looked up by it. */
  factId: string;
  /** Predicate id of a statement; null for a position. */
  predicate: string | null;
  /** Predicate label, or the stance of a position in lower case. */
  label: string;
  /** Stance of a position; null for a statement. */
  stance: string | null;
  sourceCount: number;
  time: EdgeTime | null;
  color: string;
  size: number;
  /** sigma program: `arrow` for statements, `line` for positions. */
  type: 'arrow' | 'line';
}

/** The graph the explorer draws: only what the page has loaded, never the whole dataset. */
export type ExplorerGraph = MultiDirectedGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes>;

/** An empty explorer graph. */
export function createExplorerGraph(): ExplorerGraph {
  return new MultiDirectedGraph<ExplorerNodeAttributes, ExplorerEdgeAttributes>();
}
