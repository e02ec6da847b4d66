import type { Plugin } from 'graphql-yoga';
import { readExplorerAssets, type ExplorerAsset } from './explorer-assets.js';

/** Options of {@link useExplorer}. */
export interface ExplorerRouteOptions {
  /** The built explorer (dist/explorer), or null when it was not built. */
  readonly directory: string | null;
  /** The GraphQL endpoint the page queries. */
  readonly endpoint: string;
}

const PATH = '/explore';

function answer(fetchAPI: { Response: typeof Response }, request: Request, asset: ExplorerAsset): Response {
  const headers = {
    'content-type': asset.contentType,
    etag: asset.etag,
    'cache-control': asset.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  if (request.headers.get('if-none-match') === asset.etag) return new fetchAPI.Response(null, { status: 304, headers });
  return new fetchAPI.Response(request.method === 'HEAD' ? null : (asset.body as BodyInit), { status: 200, headers });
}

/**
 * Serves the browser explorer at `/explore` (its page) and `/explore/<asset>` (hashed scripts and
 * styles, cached as immutable; the page itself `no-cache` with an ETag, so a new build is picked
 * up at once). Files are read once, on the first request. When the explorer was not built the
 * page answers 503 saying how to build it; an unknown asset is a 404.
 */
export function useExplorer(options: ExplorerRouteOptions): Plugin {
  let assets: Map<string, ExplorerAsset> | null = null;
  return {
    onRequest(payload) {
      const { request, url, fetchAPI } = payload;
      const endResponse = (response: Response): void => payload.endResponse(response);
      if (url.pathname !== PATH && !url.pathname.startsWith(`${PATH}/`)) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      if (options.directory === null) {
        endResponse(
          new fetchAPI.Response('The explorer is not built: run `npm run build`.\n', {
            status: 503,
            headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
          }),
        );
        return;
      }
      assets ??= readExplorerAssets(options.directory, `${PATH}/`, options.endpoint);
      const name = url.pathname === PATH || url.pathname === `${PATH}/` ? 'index.html' : url.pathname.slice(PATH.length + 1);
      const asset = assets.get(name);
      endResponse(
        asset === undefined
          ? new fetchAPI.Response('Not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
          : answer(fetchAPI, request, asset),
      );
    },
  };
}
