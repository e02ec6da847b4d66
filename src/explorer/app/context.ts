import type { DiplomacyGraphClient } from '../../client/diplomacy-graph-client.js';
import type { CitedQuote } from '../model/cite-text.js';
import type { ExplorerActions } from './actions.js';
import type { ExplorerStore } from './store.js';

/** What every view of the side panel needs. */
export interface ViewContext {
  readonly client: DiplomacyGraphClient;
  readonly store: ExplorerStore;
  readonly actions: ExplorerActions;
  /** Quotes the panel shows now, for the "cite" button. */
  citedQuotes: CitedQuote[];
}
