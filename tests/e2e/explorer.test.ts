import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedsGraph } from '../helpers/graphs.js';
import { startExplorerInBrowser, type ExplorerInBrowser } from './explorer-browser.js';

/** `npm run screenshots` sets this: the README's pictures are rewritten from this run. */
const SAVE = process.env['SAVE_SCREENSHOTS'] === '1';
const SCREENSHOTS = SAVE ? join(import.meta.dirname, '../../docs/explorer') : mkdtempSync(join(tmpdir(), 'explorer-shots-'));

/** Number of distinct colours in a PNG: a blank or failed render has a handful, a drawn graph hundreds. */
function distinctColours(png: Buffer): number {
  const { data } = PNG.sync.read(png);
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
  return colours.size;
}

describe('the explorer in a real browser, served offline by the server', () => {
  let explorer: ExplorerInBrowser;
  let page: Page;
  let origin: string;
  let outside: string[];
  let consoleErrors: string[];

  /** Takes a screenshot of the page, checks it is not blank, and keeps it. */
  async function shot(name: string): Promise<void> {
    const png = await page.screenshot();
    expect(distinctColours(png), `${name} looks blank`).toBeGreaterThan(200);
    writeFileSync(join(SCREENSHOTS, `${name}.png`), png);
  }

  /** The count of entities the side panel says the canvas shows. */
  async function entitiesOnCanvas(): Promise<number> {
    const heading = await page.locator('#canvas-list h2').innerText();
    return Number(/(\d+) entities/.exec(heading)?.[1]);
  }

  beforeAll(async () => {
    explorer = await startExplorerInBrowser(await seedsGraph());
    ({ page, origin, outside, consoleErrors } = explorer);
  });

  afterAll(async () => {
    await explorer?.close();
  });

  it('searches "Tokaev" with the keyboard and opens his neighbourhood and card', async () => {
    await page.goto(`${origin}/explore`);
    await page.waitForSelector('body[data-ready]');
    await expect.poll(() => page.locator('#version').innerText()).toMatch(/^dataset sha256:/);
    await page.locator('#search').fill('Tokaev');
    await expect.poll(() => page.locator('#suggestions li').first().innerText()).toContain('Kassym-Jomart Tokayev');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.entity h2').innerText()).toBe('Kassym-Jomart Tokayev');
    expect(await page.locator('.entity').innerText()).toContain('Tokaev');
    expect(await entitiesOnCanvas()).toBe(25);
    expect(new URL(page.url()).searchParams.get('open')).toBe('person:kassym-jomart-tokayev');
    await page.waitForTimeout(2000); // the layout settles
    await shot('1-search');
  });

  it('expands a node by double-clicking it on the canvas', async () => {
    const before = await entitiesOnCanvas();
    const canvas = await page.locator('#canvas').boundingBox();
    const at = await page.evaluate(() => window.__explorer?.position('country:kz'));
    expect(at).not.toBeNull();
    await page.mouse.dblclick(canvas!.x + at!.x, canvas!.y + at!.y);
    await expect.poll(entitiesOnCanvas).toBeGreaterThan(before);
    expect(new URL(page.url()).searchParams.get('open')).toBe('person:kassym-jomart-tokayev,country:kz');
    await page.waitForTimeout(2000);
    await shot('2-expand');
  });

  it('selects an edge and sees its quote highlighted in its sentence, with its source', async () => {
    await page.locator('.edge-list button[data-fact="statement:tokayev-holds-office-president-of-kazakhstan"]').first().click();
    const quote = page.locator('.fact .evidence mark.quote').first();
    await expect.poll(() => quote.innerText()).not.toBe('');
    const evidence = await page.locator('.fact .evidence').first().innerText();
    expect(evidence).toContain(await quote.innerText());
    expect(await page.locator('.fact .meta').innerText()).toMatch(/statement:tokayev-holds-office-president-of-kazakhstan · \d+ sources?/);
    expect(await page.locator('.fact .source cite').first().innerText()).not.toBe('');
    await shot('3-evidence');
  });

  it('copies a citation: dataset version, link, ids and the quotes shown', async () => {
    await page.locator('#cite').click();
    const citation = await page.locator('#citation').inputValue();
    expect(citation).toMatch(/^diplomacy-graph dataset sha256:[0-9a-f]{64}\nView: http:\/\/127\.0\.0\.1:\d+\/explore\?/);
    expect(citation).toContain('statement:tokayev-holds-office-president-of-kazakhstan');
    expect(citation).toContain(`"${await page.locator('.fact .evidence mark.quote').first().innerText()}`);
  });

  it('opens the document view with every quote highlighted, the selected one marked', async () => {
    await page.locator('.fact .evidence button', { hasText: 'Open document' }).first().click();
    await page.locator('.document-text mark.annotation.current').first().waitFor();
    expect(await page.locator('.document-text mark.annotation').count()).toBeGreaterThan(20);
    await shot('4-document');
    // A highlight opens its fact.
    await page.locator('.document-text mark.annotation').first().click();
    await page.locator('.fact .evidence').first().waitFor();
  });

  it("shows an entity's timeline on a time axis, items without a stated year apart", async () => {
    await page.locator('.node-list button.link', { hasText: 'Kassym-Jomart Tokayev' }).first().click();
    await page.locator('.entity button', { hasText: 'Timeline' }).click();
    await page.locator('.timeline .axis .span').first().waitFor();
    const dated = await page.locator('.timeline-list li').count();
    expect(await page.locator('.timeline .axis .span').count()).toBe(dated);
    expect(await page.locator('.timeline .meta').innerText()).toMatch(
      new RegExp(`^${dated} dated items, \\d{4}-\\d{2}-\\d{2} to \\d{4}-\\d{2}-\\d{2}\\.$`),
    );
    for (const text of await page.locator('.timeline-undated li').allInnerTexts()) expect(text).toMatch(/^--/);
  });

  it('finds a path between two entities, drawn with each hop and its quotes', async () => {
    await page.locator('#path-from').fill('Pakistan');
    await page.locator('#path-to').fill('United Nations');
    await page.locator('#path-form button[type=submit]').click();
    await page.locator('.paths ol.path').first().waitFor();
    const text = await page.locator('.paths').innerText();
    expect(text).toContain('Pakistan — Kassym-Jomart Tokayev');
    expect(text).toContain('Kassym-Jomart Tokayev — United Nations');
    expect(await page.locator('.paths blockquote').count()).toBeGreaterThan(1);
    await page.waitForTimeout(1500);
    await shot('5-path');
  });

  it('keeps the view in the URL: back goes to the previous view, a link reopens the same view', async () => {
    const url = page.url();
    expect(new URL(url).searchParams.get('path')).toBe('Pakistan~United Nations');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('path')).toBeNull();
    await page.goForward();
    const again = await page.context().newPage();
    await again.goto(url);
    await again.waitForSelector('body[data-ready]');
    expect(await again.locator('.paths').innerText()).toContain('Pakistan — Kassym-Jomart Tokayev');
    await again.close();
  });

  it('filters the canvas from the legend: kinds, predicates, positions and a date range, kept in the URL', async () => {
    const param = (name: string): string | null => new URL(page.url()).searchParams.get(name);
    const before = await entitiesOnCanvas();
    // A kind: its entities leave the canvas; the redrawn panel keeps the focus on the checkbox.
    await page.locator('#filter-kind-COUNTRY').click();
    await expect.poll(() => param('hide')).toBe('COUNTRY');
    expect(await entitiesOnCanvas()).toBeLessThan(before);
    expect(await page.locator('#filter-kind-COUNTRY').isChecked()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-kind-COUNTRY');
    await page.locator('#filter-kind-COUNTRY').click();
    await expect.poll(() => param('hide')).toBeNull();
    expect(await entitiesOnCanvas()).toBe(before);
    // A predicate, then positions.
    const predicate = page.locator('#filters input[id^="filter-predicate-"]').first();
    const predicateId = (await predicate.getAttribute('id'))!.slice('filter-predicate-'.length);
    await predicate.click();
    await expect.poll(() => param('pred')).toBe(predicateId);
    await page.locator(`#filter-predicate-${predicateId}`).click();
    await expect.poll(() => param('pred')).toBeNull();
    await page.locator('#filter-positions').click();
    await expect.poll(() => param('pos')).toBe('0');
    await page.locator('#filter-positions').click();
    await expect.poll(() => param('pos')).toBeNull();
    // A date range: a malformed bound is refused with a message, a year is kept.
    await page.locator('#filter-from').fill('soon');
    await page.locator('#filter-from').press('Enter');
    await expect.poll(() => page.locator('#status').innerText()).toBe('"soon" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.');
    expect(param('from')).toBeNull();
    await page.locator('#filter-from').fill('2020');
    await page.locator('#filter-from').press('Enter');
    await expect.poll(() => param('from')).toBe('2020');
    await page.locator('#filter-from').fill('');
    await page.locator('#filter-from').press('Enter');
    await expect.poll(() => param('from')).toBeNull();
  });

  it('asked nothing from outside 127.0.0.1 and logged no console error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
