import type { Qualifiers } from './model.js';

/** The one frozen empty list every record without items shares (areas, about, lookup aliases). */
export const NONE: readonly never[] = Object.freeze([]);

/** The qualifiers every statement without any shares, whether built or read back from a snapshot. */
export const NO_QUALIFIERS: Qualifiers = Object.freeze({
  pointInTime: null,
  start: null,
  end: null,
  role: null,
  characterization: null,
  note: null,
  areas: NONE,
  location: null,
  counterpart: null,
  via: null,
});
