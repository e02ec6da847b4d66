import { kindColor } from '../../style/kind-colors.js';
import { h } from './dom.js';
import { filterCheckbox, hiddenAfterToggle } from './filter-checkbox.js';

/** The "Kinds" fieldset: a checkbox per entity kind on the canvas, with its colour; `setHidden` gets the kinds to hide. */
export function kindFilters(
  kinds: readonly string[],
  hidden: readonly string[],
  setHidden: (hidden: string[]) => void,
): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Kinds'),
    kinds.map((kind) =>
      filterCheckbox(
        `filter-kind-${kind}`,
        !hidden.includes(kind),
        (shown) => setHidden(hiddenAfterToggle(hidden, kind, shown)),
        h('span', { class: 'swatch', style: `background:${kindColor(kind)}` }),
        kind.toLowerCase(),
      ),
    ),
  );
}
