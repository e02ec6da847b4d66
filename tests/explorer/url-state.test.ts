import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, INITIAL_STATE, type ExplorerState } from '../../src/explorer/model/url-state.js';

const id = fc.stringMatching(/^[a-z]+:[a-z0-9-]{1,20}$/);
const date = fc.constantFrom('2024', '2024-11', '2025-01-03', '1990');
const state: fc.Arbitrary<ExplorerState> = fc.record({
  open: fc.uniqueArray(id, { maxLength: 4 }),
  selection: fc.option(
    fc.oneof(
      fc.record({ type: fc.constantFrom('entity' as const, 'fact' as const, 'timeline' as const), id }),
      fc.record({ type: fc.constant('document' as const), id, fact: fc.option(id, { nil: null }) }),
    ),
    { nil: null },
  ),
  filters: fc.record({
    hiddenKinds: fc.uniqueArray(fc.constantFrom('PERSON', 'COUNTRY', 'TOPIC'), { maxLength: 3 }),
    hiddenPredicates: fc.uniqueArray(fc.constantFrom('member_of', 'signed', 'located_in'), { maxLength: 3 }),
    positions: fc.boolean(),
    from: fc.option(date, { nil: null }),
    to: fc.option(date, { nil: null }),
  }),
  path: fc.option(
    fc.record({ from: fc.constantFrom('Tokaev', 'country:kz', 'U.S.'), to: fc.constantFrom('Board of Peace', 'United Nations') }),
    { nil: null },
  ),
});

describe('URL state', () => {
  it('encodes a view short and readable, defaults left out', () => {
    expect(encodeState(INITIAL_STATE)).toBe('');
    const view: ExplorerState = {
      open: ['person:kassym-jomart-tokayev', 'country:kz'],
      selection: { type: 'document', id: 'document:tokayev-explains-board-of-peace', fact: 'statement:tokayev-signed-charter' },
      filters: { hiddenKinds: ['TOPIC'], hiddenPredicates: [], positions: false, from: '2024', to: null },
      path: { from: 'Pakistan', to: 'United Nations' },
    };
    const encoded = encodeState(view);
    expect(decodeURIComponent(encoded.replaceAll('+', ' '))).toBe(
      'open=person:kassym-jomart-tokayev,country:kz&sel=document:document:tokayev-explains-board-of-peace~statement:tokayev-signed-charter' +
        '&hide=TOPIC&pos=0&from=2024&path=Pakistan~United Nations',
    );
    expect(decodeState(`?${encoded}`)).toEqual(view);
  });

  it('decodes what it encodes, for any view (round trip)', () => {
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeState(encodeState(s))).toEqual(s);
      }),
    );
  });

  it('falls back to defaults for malformed parts instead of failing', () => {
    expect(decodeState('?sel=nonsense&from=yesterday&to=2025-13-99x&path=only-one&pos=maybe&open=,,a:b,a:b')).toEqual({
      ...INITIAL_STATE,
      open: ['a:b'],
    });
    expect(decodeState('sel=fact:').selection).toBeNull();
    expect(decodeState('sel=unknown:x').selection).toBeNull();
  });
});
