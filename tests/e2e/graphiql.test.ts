import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../src/server/listen.js';
import { silentLogger } from '../../src/server/logger.js';
import { miniGraph } from '../helpers/graphs.js';

/** Debian's chromium (apt-get install chromium), headless and quiet: no background traffic of its own. */
const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

const SCREENSHOT = '/tmp/diplomacy-graph-graphiql.png';

describe('GraphiQL in a real browser, served offline by the server', () => {
  let running: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let origin: string;
  /** Every URL the page (and its workers) asked for. */
  const requested: string[] = [];
  /** Requests to anywhere but our server, blocked. */
  const outside: string[] = [];

  beforeAll(async () => {
    running = await listen({ kg: await miniGraph(), port: 0, host: '127.0.0.1', logger: silentLogger, mode: 'development' });
    origin = new URL(running.url).origin;
    browser = await chromium.launch(CHROMIUM);
    context = await browser.newContext({ viewport: { width: 1920, height: 1000 } });
    context.on('request', (request) => void requested.push(request.url()));
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  /** Opens GraphiQL and waits until its editors exist and the schema has been introspected. */
  async function openGraphiQL(): Promise<Page> {
    const page = await context.newPage();
    const introspected = page.waitForResponse(
      (response) => response.url() === running.url && (response.request().postData() ?? '').includes('__schema') && response.ok(),
    );
    await page.goto(running.url);
    await page.locator('.graphiql-query-editor .monaco-editor').waitFor();
    await introspected;
    return page;
  }

  /**
   * Replaces the text of a Monaco editor with `text`, inserted at once (typed key by key, `{` would
   * be auto-closed; a newline after `{` is auto-closed even when inserted, so keep `text` on one line).
   */
  async function replaceText(page: Page, editor: string, text: string): Promise<void> {
    await page.locator(`${editor} .monaco-editor .view-lines`).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(text);
    await page.keyboard.press('Escape'); // closes autocomplete, which would cover the Run button
  }

  /**
   * The text a Monaco editor shows, line by line in screen order (Monaco renders only the visible
   * lines, positioned absolutely, in no guaranteed DOM order).
   */
  async function editorText(page: Page, editor: string): Promise<string> {
    return page.locator(`${editor} .monaco-editor .view-lines`).evaluate((lines) =>
      [...lines.children]
        .map((line) => ({ top: Number.parseFloat((line as HTMLElement).style.top), text: line.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text.replace(/\u00a0/g, ' '))
        .join('\n'),
    );
  }

  /** The response pane's text, once it contains `marker`. */
  async function responseText(page: Page, marker: string): Promise<string> {
    await expect.poll(async () => (await editorText(page, '.graphiql-response')).includes(marker), { timeout: 20_000 }).toBe(true);
    return editorText(page, '.graphiql-response');
  }

  it('renders with its default query, runs it with the Run button and shows the answer', async () => {
    const page = await openGraphiQL();
    expect(await page.title()).toBe('diplomacy-graph');
    expect(await editorText(page, '.graphiql-query-editor')).toContain('entity(id: "Council for Peace")');
    await page.locator('.graphiql-execute-button').click();
    // The answer is longer than the pane; its first lines are on screen.
    const shown = await responseText(page, 'organization:board-of-peace');
    expect(shown).toMatch(/^\{\n {2}"data": \{\n {4}"entity": \{\n {6}"id": "organization:board-of-peace",\n {6}"name": "Board of Peace",/);
    await page.close();
  });

  it('runs a typed query with variables (Ctrl+Enter) and shows exactly the server’s answer', async () => {
    const page = await openGraphiQL();
    await replaceText(page, '.graphiql-query-editor', 'query Who($id: String!) { entity(id: $id) { id name kind } }');
    await page.getByText('Variables', { exact: true }).click();
    await replaceText(page, '.graphiql-editor-tool .graphiql-editor:not(.hidden)', '{ "id": "Tokaev" }');
    await page.locator('.graphiql-query-editor .view-lines').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Enter');
    // Lines joined without separators: a long value wrapped over two screen lines stays whole.
    const result = JSON.parse((await responseText(page, 'person:kassym-jomart-tokayev')).replaceAll('\n', '')) as unknown;
    const version = (await miniGraph()).dataset.version;
    expect(result).toEqual({
      data: { entity: { id: 'person:kassym-jomart-tokayev', name: 'Kassym-Jomart Tokayev', kind: 'PERSON' } },
      extensions: { dataset: { version } },
    });
    await page.screenshot({ path: SCREENSHOT });
    await page.close();
  });

  it('loaded everything from our server: no request left 127.0.0.1', () => {
    expect(requested.length).toBeGreaterThan(0);
    expect(outside).toEqual([]);
    for (const url of requested)
      expect(url.startsWith(`${origin}/`) || url.startsWith(`blob:${origin}/`) || url.startsWith('data:')).toBe(true);
  });
});
