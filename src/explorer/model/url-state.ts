/** What the side panel shows next to the canvas. */
export type Selection =
  | { readonly type: 'entity'; readonly id: string }
  | { readonly type: 'fact'; readonly id: string }
  | { readonly type: 'document'; readonly id: string; readonly fact: string | null }
  | { readonly type: 'timeline'; readonly id: string };

/** Which edges the canvas shows. */
export interface ExplorerFilters {
  /** Entity kinds hidden (GraphQL spelling, `PERSON`). */
  readonly hiddenKinds: readonly string[];
  /** Predicates hidden (ids, `member_of`). */
  readonly hiddenPredicates: readonly string[];
  /** Position edges shown. */
  readonly positions: boolean;
  /** Date range (ISO day, month or year); null: open. */
  readonly from: string | null;
  readonly to: string | null;
}

/** The whole view: what a link reopens. */
export interface ExplorerState {
  /** Entities whose neighbourhoods are loaded, in the order they were opened (the first was searched). */
  readonly open: readonly string[];
  readonly selection: Selection | null;
  readonly filters: ExplorerFilters;
  /** A path search between two entities (ids or names). */
  readonly path: { readonly from: string; readonly to: string } | null;
}

/** The view of an empty page. */
export const INITIAL_STATE: ExplorerState = Object.freeze({
  open: [],
  selection: null,
  filters: Object.freeze({ hiddenKinds: [], hiddenPredicates: [], positions: true, from: null, to: null }),
  path: null,
});

const SELECTION_TYPES = new Set(['entity', 'fact', 'document', 'timeline']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const list = (value: string | null): string[] => (value === null || value === '' ? [] : value.split(',').filter((v) => v !== ''));

/**
 * The view as URL search parameters, short and readable:
 * `?open=person:x,country:y&sel=fact:statement:z&hide=COUNTRY&pred=member_of&pos=0&from=2020&to=2025&path=a~b`.
 * Defaults are left out, so the empty view is the empty string. Ids never contain `,` or `~`.
 */
export function encodeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.open.length > 0) params.set('open', state.open.join(','));
  const s = state.selection;
  if (s !== null) params.set('sel', s.type === 'document' && s.fact !== null ? `document:${s.id}~${s.fact}` : `${s.type}:${s.id}`);
  const f = state.filters;
  if (f.hiddenKinds.length > 0) params.set('hide', f.hiddenKinds.join(','));
  if (f.hiddenPredicates.length > 0) params.set('pred', f.hiddenPredicates.join(','));
  if (!f.positions) params.set('pos', '0');
  if (f.from !== null) params.set('from', f.from);
  if (f.to !== null) params.set('to', f.to);
  if (state.path !== null) params.set('path', `${state.path.from}~${state.path.to}`);
  return params.toString();
}

function decodeSelection(value: string | null): Selection | null {
  if (value === null) return null;
  const colon = value.indexOf(':');
  const type = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (colon < 1 || rest === '' || !SELECTION_TYPES.has(type)) return null;
  if (type === 'document') {
    const [id = '', fact] = rest.split('~');
    return { type, id, fact: fact === undefined || fact === '' ? null : fact };
  }
  return { type: type as 'entity' | 'fact' | 'timeline', id: rest };
}

const dateOrNull = (value: string | null): string | null => (value !== null && DATE.test(value) ? value : null);

/**
 * The view from URL search parameters (with or without `?`), the inverse of {@link encodeState}.
 * Anything malformed falls back to its default rather than failing: a hand-edited link still opens.
 */
export function decodeState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const path = (params.get('path') ?? '').split('~');
  return {
    open: [...new Set(list(params.get('open')))],
    selection: decodeSelection(params.get('sel')),
    filters: {
      hiddenKinds: list(params.get('hide')),
      hiddenPredicates: list(params.get('pred')),
      positions: params.get('pos') !== '0',
      from: dateOrNull(params.get('from')),
      to: dateOrNull(params.get('to')),
    },
    path: path.length === 2 && path[0] !== '' && path[1] !== '' ? { from: path[0]!, to: path[1]! } : null,
  };
}
