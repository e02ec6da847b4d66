import { STANCE_COLORS } from '../../style/stance-colors.js';
import { h } from './dom.js';
import { filterCheckbox } from './filter-checkbox.js';

/** The "Positions" fieldset: positions on or off, and the legend of the stance colours. */
export function positionFilters(shown: boolean, setShown: (shown: boolean) => void): HTMLFieldSetElement {
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Positions (lines by stance)'),
    filterCheckbox('filter-positions', shown, setShown, 'show positions'),
    h(
      'p',
      { class: 'stances' },
      Object.entries(STANCE_COLORS).map(([stance, color]) =>
        h('span', { class: 'stance', style: `background:${color}` }, stance.toLowerCase()),
      ),
    ),
  );
}
