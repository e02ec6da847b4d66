import { createClient } from '../../client/create-client.js';
import type { DiplomacyGraphClient } from '../../client/diplomacy-graph-client.js';

/**
 * The GraphQL client of the page: the public API at the endpoint the server wrote into the page
 * (`<meta name="graphql-endpoint">`), same origin, typed by the operations of
 * operations/explorer.graphql.
 */
export function explorerClient(): DiplomacyGraphClient {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="graphql-endpoint"]');
  return createClient({ url: new URL(meta?.content ?? '/graphql', window.location.href) });
}
