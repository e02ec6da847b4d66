/**
 * First paint of the browser explorer on the seeds, in Debian's chromium (playwright-core): a
 * fresh browser context per run (no cache), the page opened on Tokayev's neighbourhood as a shared
 * link would open it. Measured against GraphiQL's page from the same server in the same run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { KnowledgeGraph } from '../src/graph/knowledge-graph.js';
import { listen } from '../src/server/listen.js';
import { silentLogger } from '../src/server/logger.js';

/** Median milliseconds from navigation start. */
export interface PaintResult {
  readonly runs: number;
  /** Explorer: first contentful paint (the header and panel). */
  readonly explorerFcp: number;
  /** Explorer: the neighbourhood drawn and its card shown (the page's own "ready" mark). */
  readonly explorerReady: number;
  /** GraphiQL (development mode, same server): first contentful paint, the baseline. */
  readonly graphiqlFcp: number;
}

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--no-first-run',
];
const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function measure(browser: Browser, url: string, ready: string): Promise<{ fcp: number; ready: number }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(ready, { timeout: 30_000 });
    const readyAt = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 30_000 });
    return await page.evaluate(
      (readyAt) => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ready: readyAt,
      }),
      readyAt,
    );
  } finally {
    await context.close();
  }
}

/** Medians over `runs` cold loads of each page, or why it was skipped (no chromium, no build). */
export async function explorerFirstPaint(kg: KnowledgeGraph, runs = 5): Promise<PaintResult | { skipped: string }> {
  if (!existsSync(CHROMIUM)) return { skipped: `${CHROMIUM} is not installed` };
  const running = await listen({ kg, port: 0, host: '127.0.0.1', logger: silentLogger, mode: 'development' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const origin = new URL(running.url).origin;
    const explorer = `${origin}/explore?open=person:kassym-jomart-tokayev&sel=entity:person:kassym-jomart-tokayev`;
    const probe = await fetch(explorer);
    if (!probe.ok) return { skipped: `/explore answered ${probe.status} (run npm run build)` };
    const e: Array<{ fcp: number; ready: number }> = [];
    const g: Array<{ fcp: number; ready: number }> = [];
    for (let i = 0; i < runs; i++) {
      e.push(await measure(browser, explorer, 'body[data-ready]'));
      g.push(await measure(browser, running.url, '.graphiql-container'));
    }
    return {
      runs,
      explorerFcp: median(e.map((r) => r.fcp)),
      explorerReady: median(e.map((r) => r.ready)),
      graphiqlFcp: median(g.map((r) => r.fcp)),
    };
  } finally {
    await browser.close();
    await running.close();
  }
}
