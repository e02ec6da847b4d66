import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file of the built explorer, in memory. */
export interface ExplorerAsset {
  readonly body: Uint8Array;
  readonly contentType: string;
  /** Strong ETag (sha256 of the body). */
  readonly etag: string;
  /** True for content-hashed names (`explorer-WCZXPXED.js`): cached forever. */
  readonly immutable: boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Where `npm run build` puts the explorer: dist/explorer, found from this module whether it runs
 * compiled (dist/server) or from source (src/server, under tsx). Null when it was not built.
 */
export function defaultExplorerDirectory(): string | null {
  const candidates = [new URL('../explorer/', import.meta.url), new URL('../../dist/explorer/', import.meta.url)].map((url) =>
    fileURLToPath(url),
  );
  return candidates.find((directory) => existsSync(join(directory, 'index.html'))) ?? null;
}

/**
 * Reads the built explorer into memory, by file name. In index.html, `%BASE%` becomes `base` (the
 * assets' URL prefix) and `%GRAPHQL_ENDPOINT%` the endpoint the page queries.
 */
export function readExplorerAssets(directory: string, base: string, endpoint: string): Map<string, ExplorerAsset> {
  const assets = new Map<string, ExplorerAsset>();
  for (const name of readdirSync(directory)) {
    const contentType = CONTENT_TYPES[extname(name)];
    if (contentType === undefined) continue;
    let body: Uint8Array = readFileSync(join(directory, name));
    if (name === 'index.html') {
      body = new TextEncoder().encode(new TextDecoder().decode(body).replaceAll('%BASE%', base).replaceAll('%GRAPHQL_ENDPOINT%', endpoint));
    }
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    assets.set(name, { body, contentType, etag, immutable: /-[A-Z0-9]{8}\.(js|css)(\.map)?$/.test(name) });
  }
  return assets;
}
