import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import * as fa2Worker from 'graphology-layout-forceatlas2/worker.js';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { forceLayoutSettings } from '../../style/force-layout-settings.js';
import { edgeVisible, nodeVisible } from '../model/edge-visible.js';
import type { ExplorerEdgeAttributes, ExplorerGraph, ExplorerNodeAttributes } from '../model/explorer-graph.js';
import { hiddenStatementCount } from '../model/merge-neighbourhood.js';
import type { ExplorerActions } from './actions.js';
import type { ExplorerStore } from './store.js';

/** The layout supervisor of graphology-layout-forceatlas2/worker (a CommonJS default export). */
interface LayoutSupervisor {
  isRunning(): boolean;
  start(): void;
  stop(): void;
}
type LayoutConstructor = new (graph: ExplorerGraph, params: { settings: ForceAtlas2Settings }) => LayoutSupervisor;
const FA2Layout = ((fa2Worker as unknown as { default?: LayoutConstructor }).default ?? fa2Worker) as unknown as LayoutConstructor;

/** How long the force layout runs after the graph grows, in milliseconds. */
const LAYOUT_MS = 1500;

/** The node or edge the side panel shows, to highlight it on the canvas. */
function selected(store: ExplorerStore): { node: string | null; fact: string | null } {
  const s = store.state.selection;
  if (s === null) return { node: null, fact: null };
  if (s.type === 'entity' || s.type === 'timeline') return { node: s.id, fact: null };
  if (s.type === 'fact') return { node: null, fact: s.id };
  return { node: null, fact: s.fact };
}

/**
 * The WebGL canvas (sigma.js over the store's graphology graph): reducers apply the filters and
 * the selection without copying the graph; ForceAtlas2 runs in a web worker whenever nodes are
 * added, so the page never freezes while it settles.
 */
export class ExplorerCanvas {
  readonly sigma: Sigma<ExplorerNodeAttributes, ExplorerEdgeAttributes>;
  private layout: LayoutSupervisor | null = null;
  private layoutTimer: number | undefined;
  private hovered: string | null = null;

  constructor(
    container: HTMLElement,
    private readonly store: ExplorerStore,
    actions: ExplorerActions,
  ) {
    this.sigma = new Sigma(store.graph, container, {
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      defaultEdgeType: 'arrow',
      labelRenderedSizeThreshold: 6,
      labelFont: 'system-ui, sans-serif',
      edgeLabelFont: 'system-ui, sans-serif',
      edgeLabelSize: 11,
      zIndex: true,
      allowInvalidContainer: true,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.sigma.on('clickNode', ({ node }) => actions.select({ type: 'entity', id: node }));
    this.sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault(); // no zoom: a double-click expands
      void actions.expand(event.node);
    });
    this.sigma.on('clickEdge', ({ edge }) => actions.select({ type: 'fact', id: store.graph.getEdgeAttribute(edge, 'factId') }));
    this.sigma.on('enterEdge', ({ edge }) => this.hover(edge));
    this.sigma.on('leaveEdge', () => this.hover(null));
    store.subscribe((change) => {
      if (change !== 'status') this.sigma.refresh({ skipIndexation: true });
    });
  }

  private hover(edge: string | null): void {
    this.hovered = edge;
    this.sigma.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: ExplorerNodeAttributes): Partial<NodeDisplayData> {
    const { filters } = this.store.state;
    if (!nodeVisible(data, filters)) return { ...data, hidden: true };
    const more = hiddenStatementCount(this.store.graph, node);
    const label = more > 0 ? `${data.label} · ${more} more` : data.label;
    const isSelected = selected(this.store).node === node;
    return { ...data, label, highlighted: isSelected, forceLabel: isSelected || data.expanded, zIndex: isSelected ? 2 : 1 };
  }

  private reduceEdge(edge: string, data: ExplorerEdgeAttributes): Partial<EdgeDisplayData> {
    const { graph, state, pathEdges } = this.store;
    const hidden =
      !edgeVisible(data, state.filters) ||
      !nodeVisible(graph.getSourceAttributes(edge), state.filters) ||
      !nodeVisible(graph.getTargetAttributes(edge), state.filters);
    if (hidden) return { ...data, hidden: true, label: null };
    const emphasis = selected(this.store).fact === data.factId || this.hovered === edge;
    const onPath = pathEdges.has(edge);
    return {
      ...data,
      label: emphasis || onPath ? data.label : null,
      forceLabel: emphasis,
      size: emphasis ? data.size * 2.5 : onPath ? data.size * 2 : data.size,
      color: emphasis ? '#000000' : onPath ? '#1f3a93' : data.color,
      zIndex: emphasis ? 3 : onPath ? 2 : 1,
    };
  }

  /** Runs the force layout in its worker for a moment, after nodes were added. */
  relayout(): void {
    this.layout ??= new FA2Layout(this.store.graph, { settings: forceLayoutSettings(this.store.graph.order) });
    if (!this.layout.isRunning()) this.layout.start();
    window.clearTimeout(this.layoutTimer);
    this.layoutTimer = window.setTimeout(() => {
      this.layout?.stop();
      this.sigma
        .getCamera()
        .animatedReset({ duration: 300 })
        .catch(() => undefined);
    }, LAYOUT_MS);
  }

  /** Where a node is drawn, in CSS pixels from the canvas' top left corner; null when not drawn. */
  viewportPosition(node: string): { x: number; y: number } | null {
    if (!this.store.graph.hasNode(node)) return null;
    const { x, y } = this.store.graph.getNodeAttributes(node);
    return this.sigma.graphToViewport({ x, y });
  }
}
