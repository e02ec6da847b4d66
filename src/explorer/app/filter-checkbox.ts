import { type Child, h } from './dom.js';

/** A checkbox line of the filters panel (`label.check`): the box, then its label; `onChange` gets whether it is now checked. */
export function filterCheckbox(id: string, checked: boolean, onChange: (checked: boolean) => void, ...label: Child[]): HTMLLabelElement {
  return h(
    'label',
    { class: 'check' },
    h('input', { id, type: 'checkbox', checked, onchange: (e) => onChange((e.target as HTMLInputElement).checked) }),
    ...label,
  );
}

/** A list of hidden values after the checkbox of `value` changed: without it when `shown`, with it otherwise. */
export function hiddenAfterToggle(hidden: readonly string[], value: string, shown: boolean): string[] {
  return shown ? hidden.filter((v) => v !== value) : [...hidden, value];
}
