import { createExplorerGraph, type ExplorerGraph } from '../model/explorer-graph.js';
import { decodeState, encodeState, INITIAL_STATE, type ExplorerState } from '../model/url-state.js';

/** What changed, for listeners that only care about some of it. */
export type Change = 'state' | 'graph' | 'status';

/**
 * The one store of the page (as Gephi Lite keeps its state in one place, apart from rendering
 * and loading): the view state, mirrored in the URL, and the graph loaded so far. Views subscribe
 * and redraw; loaders write into it. Nothing else holds state.
 */
export class ExplorerStore {
  state: ExplorerState = INITIAL_STATE;
  readonly graph: ExplorerGraph = createExplorerGraph();
  /** Dataset version, once known. */
  version: string | null = null;
  /** Edges of the paths found, drawn highlighted. */
  pathEdges: ReadonlySet<string> = new Set();
  /** A message for the status line (errors included: the page never throws at the user). */
  status = '';
  private readonly listeners = new Set<(change: Change) => void>();

  /** Calls `listener` after every change. */
  subscribe(listener: (change: Change) => void): void {
    this.listeners.add(listener);
  }

  /** Tells listeners that `change` happened. */
  notify(change: Change): void {
    for (const listener of this.listeners) listener(change);
  }

  /**
   * Sets the view state. `history: 'push'` adds a history entry (the back button returns to the
   * previous view), `replace` rewrites the current one, `none` leaves the URL (while restoring it).
   */
  setState(state: ExplorerState, history: 'push' | 'replace' | 'none' = 'push'): void {
    this.state = state;
    if (history !== 'none') {
      const search = encodeState(state);
      const url = `${window.location.pathname}${search === '' ? '' : `?${search}`}`;
      if (url !== `${window.location.pathname}${window.location.search}`) {
        if (history === 'push') window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
    }
    this.notify('state');
  }

  /** The state the current URL describes. */
  stateFromLocation(): ExplorerState {
    return decodeState(window.location.search);
  }

  /** Shows a message in the status line. */
  setStatus(message: string): void {
    this.status = message;
    this.notify('status');
  }
}
