import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error -- a plain ESM build script without type declarations
import { buildExplorer } from '../../scripts/build-explorer.mjs';
import type { KnowledgeGraph } from '../../src/graph/knowledge-graph.js';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';

/** Debian's chromium, headless; WebGL (for sigma.js) through SwiftShader, no background traffic. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--use-angle=swiftshader',
    '--enable-unsafe-swiftshader',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** The explorer served on 127.0.0.1 (port 0) and one page of chromium that may ask only that server. */
export interface ExplorerInBrowser {
  readonly running: RunningServer;
  readonly browser: Browser;
  readonly page: Page;
  /** `http://127.0.0.1:PORT` of the server. */
  readonly origin: string;
  /** Requests to anywhere but the server, blocked. */
  readonly outside: string[];
  /** Console errors and uncaught page errors. */
  readonly consoleErrors: string[];
  /** Closes the browser and the server. */
  close(): Promise<void>;
}

/**
 * Bundles the explorer into a temporary directory, serves `kg` with it on 127.0.0.1, and opens a
 * page of Debian's chromium that may fetch nothing outside that server.
 */
export async function startExplorerInBrowser(kg: KnowledgeGraph, viewport = { width: 1400, height: 850 }): Promise<ExplorerInBrowser> {
  const assets = mkdtempSync(join(tmpdir(), 'explorer-assets-'));
  await buildExplorer(assets);
  const running = await listen({ kg, port: 0, host: '127.0.0.1', logger: silentLogger, explorer: { directory: assets } });
  const origin = new URL(running.url).origin;
  const browser = await chromium.launch(CHROMIUM);
  const outside: string[] = [];
  const consoleErrors: string[] = [];
  const context = await browser.newContext({ viewport });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => void consoleErrors.push(error.message));
  const close = async (): Promise<void> => {
    await browser.close();
    await running.close();
  };
  return { running, browser, page, origin, outside, consoleErrors, close };
}
