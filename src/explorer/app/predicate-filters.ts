import { STATEMENT_EDGE_COLOR } from '../../style/stance-colors.js';
import { h } from './dom.js';
import { filterCheckbox, hiddenAfterToggle } from './filter-checkbox.js';

/**
 * The "Statements" fieldset: a checkbox per predicate on the canvas (id → label), by label;
 * `setHidden` gets the predicate ids to hide.
 */
export function predicateFilters(
  predicates: ReadonlyMap<string, string>,
  hidden: readonly string[],
  setHidden: (hidden: string[]) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Statements (grey arrows)'),
    [...predicates]
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([id, label]) =>
        filterCheckbox(
          `filter-predicate-${id}`,
          !hidden.includes(id),
          (shown) => setHidden(hiddenAfterToggle(hidden, id, shown)),
          h('span', { class: 'line', style: `background:${STATEMENT_EDGE_COLOR}` }),
          label,
        ),
      ),
  );
}
