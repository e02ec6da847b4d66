import { describe, expect, it } from 'vitest';
import { citeText } from '../../src/explorer/model/cite-text.js';
import { boundDay, edgeVisible } from '../../src/explorer/model/edge-visible.js';
import type { ExplorerEdgeAttributes } from '../../src/explorer/model/explorer-graph.js';
import { highlightSegments, quoteInSentence } from '../../src/explorer/model/highlight-segments.js';
import { INITIAL_STATE } from '../../src/explorer/model/url-state.js';

describe('highlightSegments', () => {
  it('cuts the text at every boundary, so overlapping quotes are all shown', () => {
    expect(
      highlightSegments('abcdefghij', [
        { start: 2, end: 6, data: 'x' },
        { start: 4, end: 8, data: 'y' },
        { start: 9, end: 99, data: 'z' },
        { start: 5, end: 5, data: 'empty' },
      ]).map((s) => [s.text, s.highlights]),
    ).toEqual([
      ['ab', []],
      ['cd', ['x']],
      ['ef', ['x', 'y']],
      ['gh', ['y']],
      ['i', []],
      ['j', ['z']],
    ]);
    expect(highlightSegments('', [])).toEqual([]);
  });

  it('cuts a sentence around its quote', () => {
    expect(quoteInSentence({ sentence: 'He said it was good.', sentenceStart: 100, start: 108, end: 119 })).toEqual({
      before: 'He said ',
      quote: 'it was good',
      after: '.',
    });
  });
});

describe('edgeVisible (filters)', () => {
  const edge = (patch: Partial<ExplorerEdgeAttributes>): ExplorerEdgeAttributes => ({
    kind: 'STATEMENT',
    factId: 'statement:x',
    predicate: 'member_of',
    label: 'member of',
    stance: null,
    sourceCount: 1,
    time: { value: '2024-11', precision: 'MONTH', earliest: '2024-11-01', latest: '2024-11-30' },
    color: '#000',
    size: 1,
    type: 'arrow',
    ...patch,
  });
  const filters = INITIAL_STATE.filters;

  it('hides positions, hidden predicates, and facts outside the date range (OVERLAPS)', () => {
    expect(edgeVisible(edge({}), filters)).toBe(true);
    expect(edgeVisible(edge({ kind: 'POSITION', predicate: null }), { ...filters, positions: false })).toBe(false);
    expect(edgeVisible(edge({}), { ...filters, hiddenPredicates: ['member_of'] })).toBe(false);
    expect(edgeVisible(edge({}), { ...filters, from: '2024-11-30' })).toBe(true);
    expect(edgeVisible(edge({}), { ...filters, from: '2024-12' })).toBe(false);
    expect(edgeVisible(edge({}), { ...filters, to: '2024' })).toBe(true);
    expect(edgeVisible(edge({}), { ...filters, to: '2024-10' })).toBe(false);
  });

  it('hides facts with no stated date, or no stated year, while a range is set', () => {
    expect(edgeVisible(edge({ time: null }), filters)).toBe(true);
    expect(edgeVisible(edge({ time: null }), { ...filters, from: '2000' })).toBe(false);
    expect(
      edgeVisible(edge({ time: { value: '--01-22', precision: 'MONTH_DAY', earliest: null, latest: null } }), { ...filters, to: '2030' }),
    ).toBe(false);
  });

  it('reads range bounds as whole days, months or years', () => {
    expect([
      boundDay('2024', false),
      boundDay('2024', true),
      boundDay('2024-02', true),
      boundDay('2023-02', true),
      boundDay('2024-02-03', true),
    ]).toEqual(['2024-01-01', '2024-12-31', '2024-02-29', '2023-02-28', '2024-02-03']);
  });
});

describe('citeText', () => {
  it('lists the version, the link, the ids and every quote with its document and offsets', () => {
    expect(
      citeText({
        version: 'sha256:abc',
        url: 'http://127.0.0.1:4000/explore?sel=fact:statement:x',
        ids: ['person:a', 'statement:x'],
        quotes: [{ factId: 'statement:x', quote: 'a quote', documentId: 'document:d', documentTitle: 'A title', start: 10, end: 17 }],
      }),
    ).toBe(
      'diplomacy-graph dataset sha256:abc\nView: http://127.0.0.1:4000/explore?sel=fact:statement:x\nIds: person:a, statement:x\n' +
        '- statement:x: "a quote" (A title (document:d), characters 10–17)\n',
    );
  });
});
