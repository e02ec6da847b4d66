import type { DiplomacyGraphClient } from '../../client/diplomacy-graph-client.js';
import { ExplorerSearchDocument, type ExplorerNodeFragment } from '../../client/generated/graphql.js';
import { kindColor } from '../../style/kind-colors.js';
import { h, replaceChildren } from './dom.js';

type Suggestion = ExplorerNodeFragment;

/**
 * An ARIA combobox over the `search` field: suggestions as the user types (aliases resolve),
 * ArrowUp/ArrowDown move, Enter opens the active suggestion (or the text as typed: any alias
 * works), Escape closes. `onPick` receives an entity id or the typed text.
 */
export function searchBox(
  input: HTMLInputElement,
  listbox: HTMLElement,
  client: DiplomacyGraphClient,
  onPick: (entity: string) => void,
): void {
  let suggestions: Suggestion[] = [];
  let active = -1;
  let request = 0;

  const close = (): void => {
    suggestions = [];
    active = -1;
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const render = (): void => {
    replaceChildren(
      listbox,
      suggestions.map((s, i) =>
        h(
          'li',
          {
            id: `suggestion-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            onmousedown: (e) => (e.preventDefault(), pick(i)),
          },
          h('span', { class: 'swatch', style: `background:${kindColor(s.kind)}` }),
          h('span', { class: 'name' }, s.name),
          h('span', { class: 'kind' }, s.kind.toLowerCase()),
        ),
      ),
    );
    listbox.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(suggestions.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (index: number): void => {
    const chosen = suggestions[index];
    const text = input.value.trim();
    close();
    if (chosen !== undefined) {
      input.value = chosen.name;
      onPick(chosen.id);
    } else if (text !== '') onPick(text);
  };
  const suggest = async (): Promise<void> => {
    const text = input.value.trim();
    const mine = ++request;
    if (text.length < 2) return close();
    try {
      const { search } = await client.request(ExplorerSearchDocument, { query: text });
      if (mine !== request) return;
      suggestions = search.flatMap((hit) => ('entity' in hit ? [hit.entity] : []));
      active = suggestions.length > 0 ? 0 : -1;
      render();
    } catch {
      // A query with no searchable term (only stop words) is a BAD_USER_INPUT: no suggestions.
      if (mine === request) close();
    }
  };

  input.addEventListener('input', () => void suggest());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(active);
    } else if (event.key === 'Escape') close();
  });
}
