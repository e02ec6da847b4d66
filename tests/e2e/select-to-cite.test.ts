import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSeedsDirectory } from '../../src/dataset/default-seeds-directory.js';
import { loadDataset } from '../../src/dataset/load-dataset.js';
import { seedsGraph } from '../helpers/graphs.js';
import { startExplorerInBrowser, type ExplorerInBrowser } from './explorer-browser.js';

/** The seeds' summary of Tokayev's article: short, with repeated phrases and highlighted quotes. */
const DOC = 'document:tokayev-pragmatism-responsibility';
const TEXT = readFileSync(join(defaultSeedsDirectory(), 'documents/001_5877b7db229f47c8.txt'), 'utf8');

/** Offset of the `n`-th (1-based) occurrence of `phrase` in the document, checked to exist. */
function nth(phrase: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = TEXT.indexOf(phrase, at + 1);
    if (at === -1) throw new Error(`"${phrase}" occurs fewer than ${n} times`);
  }
  return at;
}

/** What the page shows for the last selection: the entry to paste and the offsets line. */
interface Shown {
  readonly yaml: string;
  readonly where: string;
  readonly start: number;
  readonly end: number;
}

describe('select to cite: a selection in the document view becomes an evidence entry the loader accepts', () => {
  let explorer: ExplorerInBrowser;
  let page: Page;
  /** Evidence entries shown by the page, with the offsets it showed, for the loader step. */
  const cited: Shown[] = [];

  beforeAll(async () => {
    explorer = await startExplorerInBrowser(await seedsGraph());
    page = explorer.page;
  });

  afterAll(async () => {
    await explorer?.close();
  });

  /**
   * Selects the document's characters [start, end) as a user's drag leaves them: a DOM Range over
   * the rendered text nodes (the highlights split the text into several), then the mouseup the
   * drag ends with, on the element where it ends. Returns the tag names the range starts and ends in.
   */
  async function select(start: number, end: number): Promise<{ startsIn: string; endsIn: string }> {
    return page.evaluate(
      ([start, end]) => {
        const body = document.querySelector('.document-text')!;
        const point = (offset: number, isEnd: boolean): [Text, number] => {
          const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
            const length = node.data.length;
            if (offset < seen + length || (isEnd && offset === seen + length)) return [node, offset - seen];
            seen += length;
          }
          throw new Error(`offset ${offset} is past the text`);
        };
        const range = document.createRange();
        range.setStart(...point(start, false));
        range.setEnd(...point(end, true));
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const target = range.endContainer.parentElement!;
        target.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: window, button: 0 }));
        return { startsIn: range.startContainer.parentElement!.tagName, endsIn: target.tagName };
      },
      [start, end] as const,
    );
  }

  /** The entry and offsets the page shows now. */
  async function shown(): Promise<Shown> {
    const panel = page.locator('.evidence-snippet-panel');
    await panel.waitFor();
    return {
      yaml: await page.locator('textarea.evidence-snippet').inputValue(),
      where: await page.locator('.evidence-snippet-where').innerText(),
      start: Number(await panel.getAttribute('data-start')),
      end: Number(await panel.getAttribute('data-end')),
    };
  }

  it('opens the document view, whose rendered text is the document byte for byte', async () => {
    await page.goto(`${explorer.origin}/explore?sel=document:${DOC}`);
    await page.locator('.document-text mark.annotation').first().waitFor();
    expect(await page.locator('.document-text').evaluate((body) => body.textContent)).toBe(TEXT);
    expect(await page.locator('.evidence-snippet-panel').isHidden()).toBe(true);
  });

  it('turns a whole-word selection into the document id and the exact quote, with its offsets', async () => {
    const start = nth('country’s multifaceted partnership', 1);
    await select(start, start + 'country’s multifaceted partnership'.length);
    const entry = await shown();
    expect(entry).toEqual({
      yaml: `- document: ${DOC}\n  quote: "country’s multifaceted partnership"\n`,
      where: `Characters 1684–1718 of ${DOC}; the quote occurs once.`,
      start: 1684,
      end: 1718,
    });
    expect(TEXT.slice(entry.start, entry.end)).toBe('country’s multifaceted partnership');
    cited.push(entry);
  });

  it('widens a selection cut mid-word to whole words, as the page defines (the loader refuses cut words)', async () => {
    const start = nth('country’s multifaceted', 1) + 'co'.length;
    await select(start, start + 'untry’s multi'.length);
    expect((await shown()).yaml).toBe(`- document: ${DOC}\n  quote: "country’s multifaceted"\n`);
  });

  it('adds `occurrence: 2` when the selected words repeat and the second is selected', async () => {
    const start = nth('the country’s', 2);
    expect(nth('the country’s', 1)).toBeLessThan(start);
    await select(start, start + 'the country’s'.length);
    const entry = await shown();
    expect(entry).toEqual({
      yaml: `- document: ${DOC}\n  quote: "the country’s"\n  occurrence: 2\n`,
      where: `Characters 2440–2453 of ${DOC}; occurrence 2 of 2.`,
      start: 2440,
      end: 2453,
    });
    cited.push(entry);
    const first = nth('the country’s', 1);
    await select(first, first + 'the country’s'.length);
    expect(await shown()).toMatchObject({ yaml: `- document: ${DOC}\n  quote: "the country’s"\n  occurrence: 1\n`, start: 1680 });
  });

  it('follows a selection extended from the keyboard (shift + arrow), ending with the key release', async () => {
    const start = nth('the country’s pledge', 1);
    await page.locator('.document-text').focus();
    await select(start, start + 'the country’s'.length);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => window.getSelection()!.toString())).toBe('the country’s p');
    expect(await shown()).toMatchObject({ yaml: `- document: ${DOC}\n  quote: "the country’s pledge"\n`, start: 2440, end: 2460 });
  });

  it('counts only whole-word repeats: the third "Kazakhstan’s", selected mid-word, is occurrence 3 of 3', async () => {
    const start = nth('Kazakhstan’s', 3) + 'Ka'.length;
    await select(start, start + 'zakhstan’s'.length);
    const entry = await shown();
    expect(entry).toMatchObject({ yaml: `- document: ${DOC}\n  quote: "Kazakhstan’s"\n  occurrence: 3\n`, start: 1859, end: 1871 });
    expect(entry.where).toBe(`Characters 1859–1871 of ${DOC}; occurrence 3 of 3.`);
    cited.push(entry);
  });

  it('reads a selection that starts inside a highlighted quote and ends after it', async () => {
    const start = nth('public trust. He noted', 1);
    expect(await select(start, start + 'public trust. He noted'.length)).toEqual({ startsIn: 'MARK', endsIn: 'DIV' });
    const entry = await shown();
    expect(entry).toMatchObject({ yaml: `- document: ${DOC}\n  quote: "public trust. He noted"\n`, start: 364, end: 386 });
    cited.push(entry);
  });

  it('refuses a selection with no word in it: the last entry stays', async () => {
    const before = await shown();
    const dash = nth(' — ', 1);
    await select(dash, dash + ' — '.length);
    expect(await shown()).toEqual(before);
  });

  it("cites a mouse drag inside a highlighted quote, without leaving the document for that quote's fact", async () => {
    const mark = page.locator('.document-text mark.annotation', { hasText: 'U.S. President Donald Trump' }).first();
    await mark.scrollIntoViewIfNeeded();
    const box = await mark.evaluate((element) => {
      const node = [...element.childNodes].find((n): n is Text => n instanceof Text && n.data.includes('President Donald'))!;
      const range = document.createRange();
      const at = node.data.indexOf('President Donald');
      range.setStart(node, at);
      range.setEnd(node, at + 'President Donald'.length);
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    });
    await page.mouse.move(box.x1, box.y1);
    await page.mouse.down();
    await page.mouse.move(box.x2, box.y2, { steps: 5 });
    await page.mouse.up();
    // The click that ends the drag lands on the highlight; the view stays (the URL changes synchronously when it does not).
    expect(new URL(page.url()).searchParams.get('sel')).toBe(`document:${DOC}`);
    const entry = await shown();
    expect(entry).toMatchObject({ yaml: `- document: ${DOC}\n  quote: "President Donald"\n`, start: 872, end: 888 });
    expect(await page.locator('.document-text').isVisible()).toBe(true);
    cited.push(entry);
  });

  it('gives entries that, pasted into a statement of a copy of the seeds, the loader finds at the offsets shown', async () => {
    expect(cited).toHaveLength(5);
    const data = mkdtempSync(join(tmpdir(), 'select-to-cite-'));
    cpSync(defaultSeedsDirectory(), data, { recursive: true });
    const file = join(data, 'statements/national-interest-article.yaml');
    const anchor = '      quote: his working visit to Washington, D.C.\n';
    const yaml = readFileSync(file, 'utf8');
    expect(yaml.split(anchor)).toHaveLength(2);
    const pasted = cited.map((entry) => entry.yaml.replace(/^/gm, '    ').replace(/ +$/, '')).join('');
    writeFileSync(file, yaml.replace(anchor, anchor + pasted));
    const dataset = await loadDataset(data);
    const statement = dataset.statements.find((s) => s.id === 'statement:working-visit-to-washington-located-in-washington')!;
    const located = statement.evidence.slice(1).map((e) => ({ document: e.document, start: e.start, end: e.end, exact: e.exact }));
    expect(located).toEqual(
      cited.map((entry) => ({ document: DOC, start: entry.start, end: entry.end, exact: TEXT.slice(entry.start, entry.end) })),
    );
  });

  it('logged no console error and asked nothing from outside 127.0.0.1', () => {
    expect(explorer.consoleErrors).toEqual([]);
    expect(explorer.outside).toEqual([]);
  });
});
