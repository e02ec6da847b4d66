import { ExplorerDatasetDocument } from '../../client/generated/graphql.js';
import { ExplorerActions } from './actions.js';
import { explorerClient } from './api.js';
import { canvasList } from './canvas-list.js';
import { ExplorerCanvas } from './canvas.js';
import { citeButton } from './cite-button.js';
import type { ViewContext } from './context.js';
import { byId } from './dom.js';
import { filtersPanel } from './filters-panel.js';
import { searchBox } from './search-box.js';
import { sidePanel } from './side-panel.js';
import { ExplorerStore } from './store.js';

/** What end-to-end tests may read: where a node is drawn, and whether the page has settled. */
interface ExplorerTestHook {
  position(node: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __explorer?: ExplorerTestHook;
  }
}

/** Wires the store, the loaders and the views of the page, then opens the view the URL describes. */
async function start(): Promise<void> {
  const store = new ExplorerStore();
  const client = explorerClient();
  const hook: ExplorerTestHook = { position: () => null };
  const relayout = { run: (): void => undefined };
  const actions = new ExplorerActions(store, client, (added) => {
    if (added.length > 0) relayout.run();
  });
  const canvas = new ExplorerCanvas(byId('canvas'), store, actions);
  relayout.run = () => canvas.relayout();
  hook.position = (node) => canvas.viewportPosition(node);
  window.__explorer = hook;
  const context: ViewContext = { client, store, actions, citedQuotes: [] };

  searchBox(byId<HTMLInputElement>('search'), byId('suggestions'), client, (entity) => void actions.open(entity));
  byId<HTMLFormElement>('path-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const from = byId<HTMLInputElement>('path-from').value.trim();
    const to = byId<HTMLInputElement>('path-to').value.trim();
    if (from !== '' && to !== '') void actions.findPaths(from, to);
  });
  byId('fit').addEventListener('click', () => void canvas.sigma.getCamera().animatedReset({ duration: 300 }));
  citeButton(byId<HTMLButtonElement>('cite'), byId<HTMLTextAreaElement>('citation'), context);

  const views = [
    sidePanel(byId('details'), byId('paths'), context),
    canvasList(byId('canvas-list'), context),
    filtersPanel(byId('filters'), context),
  ];
  const status = byId('status');
  store.subscribe((change) => {
    if (change === 'status') status.textContent = store.status;
    else for (const view of views) view();
  });
  window.addEventListener('popstate', () => void actions.restore(store.stateFromLocation()));

  const dataset = await actions.guard(client.request(ExplorerDatasetDocument));
  if (dataset !== undefined) {
    store.version = dataset.dataset.version;
    byId('version').textContent = `dataset ${dataset.dataset.version.slice(0, 14)}… · ${dataset.dataset.entityCount} entities`;
    byId('version').title = dataset.dataset.version;
  }
  const state = store.stateFromLocation();
  if (state.path !== null) {
    byId<HTMLInputElement>('path-from').value = state.path.from;
    byId<HTMLInputElement>('path-to').value = state.path.to;
  }
  await actions.restore(state);
  document.body.dataset['ready'] = 'true';
}

void start();
