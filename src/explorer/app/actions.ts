import type { DiplomacyGraphClient } from '../../client/diplomacy-graph-client.js';
import { ExplorerNeighbourhoodDocument, ExplorerPathsDocument, type ExplorerPathsQuery } from '../../client/generated/graphql.js';
import { mergeGraphAnswer } from '../model/merge-neighbourhood.js';
import type { ExplorerState, Selection } from '../model/url-state.js';
import type { ExplorerStore } from './store.js';

/** First neighbours loaded per entity: a hub shows these and "N more". */
const NEIGHBOUR_LIMIT = 25;

/** The paths found for the current path search, for the side panel. */
export type FoundPaths = ExplorerPathsQuery['paths'];

/** Everything the page does that loads data: each writes into the store, views redraw. */
export class ExplorerActions {
  /** The last path search's answer. */
  paths: FoundPaths = [];
  /** Neighbours asked for per entity (id or the name it was opened by): grows by NEIGHBOUR_LIMIT per expansion. */
  private readonly loaded = new Map<string, number>();
  /** Ids of the entities whose neighbourhoods are in the graph. */
  private readonly centers = new Set<string>();
  private pathKey = '';

  constructor(
    private readonly store: ExplorerStore,
    private readonly client: DiplomacyGraphClient,
    private readonly onGraphChanged: (added: readonly string[]) => void,
  ) {}

  /**
   * Loads an entity's first neighbours into the graph (`more`: the next NEIGHBOUR_LIMIT of them,
   * when they were loaded before). Returns the entity's id, or null if unknown.
   */
  async loadNeighbourhood(entity: string, more = false): Promise<string | null> {
    const before = this.loaded.get(entity);
    if (before !== undefined && !more) return entity;
    const limit = Math.min(500, (before ?? 0) + NEIGHBOUR_LIMIT);
    const { egoNetwork } = await this.client.request(ExplorerNeighbourhoodDocument, { entity, limit });
    if (egoNetwork === null) return null;
    this.loaded.set(entity, limit);
    this.loaded.set(egoNetwork.center.id, limit);
    this.centers.add(egoNetwork.center.id);
    const { addedNodes } = mergeGraphAnswer(this.store.graph, {
      center: egoNetwork.center,
      nodes: egoNetwork.nodes.map((n) => n.entity),
      edges: egoNetwork.edges,
    });
    this.onGraphChanged(addedNodes);
    return egoNetwork.center.id;
  }

  /** Opens an entity from the search box: loads it, adds it to the view and selects it. */
  async open(entity: string): Promise<void> {
    const id = await this.guard(this.loadNeighbourhood(entity));
    if (id === null || id === undefined) {
      if (id === null) this.store.setStatus(`No entity matches "${entity}".`);
      return;
    }
    const { state } = this.store;
    this.store.setState({ ...state, open: state.open.includes(id) ? state.open : [...state.open, id], selection: { type: 'entity', id } });
  }

  /** Expands a node on the canvas (double-click, or the list's "expand" button); again: its next neighbours. */
  async expand(id: string): Promise<void> {
    const loaded = await this.guard(this.loadNeighbourhood(id, true));
    if (loaded === null || loaded === undefined) return;
    const { state } = this.store;
    if (!state.open.includes(id)) this.store.setState({ ...state, open: [...state.open, id] });
    else this.store.notify('graph');
  }

  /** Shows something in the side panel. */
  select(selection: Selection | null): void {
    this.store.setState({ ...this.store.state, selection });
  }

  /** Finds the shortest paths between two entities, adds them to the graph and highlights them. */
  async findPaths(from: string, to: string): Promise<void> {
    this.store.setState({ ...this.store.state, path: { from, to } });
    await this.loadPaths();
  }

  /**
   * Brings the graph in line with a state (opened from a link, or by the back button). When the
   * state has fewer entities open, or another path, than the graph holds, the graph is rebuilt
   * from the state alone, so going back shows what that view showed, as a link to it would.
   */
  async restore(state: ExplorerState): Promise<void> {
    const previousPath = this.store.state.path;
    const samePath = JSON.stringify(previousPath) === JSON.stringify(state.path);
    if ([...this.centers].some((id) => !state.open.includes(id)) || (!samePath && previousPath !== null)) {
      this.store.graph.clear();
      this.loaded.clear();
      this.centers.clear();
      this.pathKey = '';
      this.paths = [];
      this.store.pathEdges = new Set();
    }
    this.store.setState(state, 'none');
    for (const id of state.open) await this.guard(this.loadNeighbourhood(id));
    await this.loadPaths();
    this.store.notify('graph');
  }

  private async loadPaths(): Promise<void> {
    const path = this.store.state.path;
    const key = path === null ? '' : `${path.from}~${path.to}`;
    if (key === this.pathKey) return;
    this.pathKey = key;
    if (path === null) {
      this.paths = [];
      this.store.pathEdges = new Set();
      this.store.notify('graph');
      return;
    }
    const answer = await this.guard(this.client.request(ExplorerPathsDocument, { from: path.from, to: path.to }));
    this.paths = answer?.paths ?? [];
    const edges = this.paths.flatMap((p) => p.hops.flatMap((hop) => hop.links.map((link) => link.edge)));
    const { addedNodes } = mergeGraphAnswer(this.store.graph, { center: null, nodes: this.paths.flatMap((p) => p.nodes), edges });
    this.store.pathEdges = new Set(edges.map((e) => e.id));
    if (answer !== undefined && this.paths.length === 0)
      this.store.setStatus(`No path of at most 4 hops between "${path.from}" and "${path.to}".`);
    this.onGraphChanged(addedNodes);
    this.store.notify('graph');
  }

  /** Awaits a request; a failure becomes a status message (undefined result), never an uncaught error. */
  async guard<T>(promise: Promise<T>): Promise<T | undefined> {
    try {
      const result = await promise;
      if (this.store.status !== '') this.store.setStatus('');
      return result;
    } catch (error) {
      this.store.setStatus(`Request failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
