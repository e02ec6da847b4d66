import type { TimeValue } from '../../dataset/model.js';

/** Columns of one time in a table row: the curated value, its precision, the ISO day range it denotes and why it is inferred. */
export interface TimeColumns {
  readonly value: string | null;
  readonly precision: string | null;
  readonly earliest: string | null;
  readonly latest: string | null;
  readonly inferred: string | null;
}

/** The {@link TimeColumns} of a time (all null when there is none). */
export function timeColumns(time: TimeValue | null): TimeColumns {
  return {
    value: time?.value ?? null,
    precision: time?.precision ?? null,
    earliest: time?.earliest ?? null,
    latest: time?.latest ?? null,
    inferred: time?.inferred ?? null,
  };
}

/** Separator of list values flattened into one cell (aliases, areas, `about` ids). */
export const LIST_SEPARATOR = '; ';
