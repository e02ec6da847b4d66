/** The one frozen empty list every record without items shares (areas, about, lookup aliases). */
export const NONE: readonly never[] = Object.freeze([]);
