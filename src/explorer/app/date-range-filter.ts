import { h } from './dom.js';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date range's bounds (YYYY, YYYY-MM or YYYY-MM-DD; null when open). */
interface DateRange {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * The "Date range" fieldset: from and to (year, month or day). `set` gets a bound when it changes
 * to a date or is emptied; anything else is left out and reported with `reportError`.
 */
export function dateRangeFilter(
  range: DateRange,
  set: (patch: Partial<DateRange>) => void,
  reportError: (message: string) => void,
): HTMLFieldSetElement {
  const dateInput = (id: string, label: string, value: string | null, apply: (v: string | null) => void) =>
    h(
      'label',
      {},
      label,
      h('input', {
        id,
        type: 'text',
        inputmode: 'numeric',
        placeholder: 'YYYY[-MM[-DD]]',
        size: 10,
        value: value ?? '',
        onchange: (event) => {
          const v = (event.target as HTMLInputElement).value.trim();
          if (v === '' || DATE.test(v)) apply(v === '' ? null : v);
          else reportError(`"${v}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.`);
        },
      }),
    );
  return h(
    'fieldset',
    {},
    h('legend', {}, 'Date range (facts without a date are hidden while set)'),
    dateInput('filter-from', 'From ', range.from, (from) => set({ from })),
    dateInput('filter-to', ' to ', range.to, (to) => set({ to })),
  );
}
