import type { Dataset, TimeValue } from '../dataset/model.js';

/** How many facts (or parts of facts) one reason infers. */
export interface InferredReason {
  readonly reason: string;
  readonly count: number;
  /** The same count by what is inferred (see {@link InferredFacts.byField}). */
  readonly fields: Readonly<Record<string, number>>;
}

/** What the dataset infers rather than states, and what it derives from other records. */
export interface InferredFacts {
  /** Inferred values in all: statements, their `onBehalfOf` and times, position dates, document metadata. */
  readonly total: number;
  /**
   * By what is inferred: `statement` (the whole statement), `statement.onBehalfOf`,
   * `statement.qualifiers.start` (…`pointInTime`, `end`), `statement.value.time`, `position.date`,
   * `document.language` (…any metadata field).
   */
  readonly byField: Readonly<Record<string, number>>;
  /** By reason (the curated text), most frequent first, ties by reason. */
  readonly byReason: readonly InferredReason[];
  /** Times derived from another record (`derivedFrom`), by field: not inferred, counted apart. */
  readonly derivedTimes: Readonly<Record<string, number>>;
}

/** Counts every inferred value of the dataset by field and by reason, and every derived time. */
export function inferredFacts(dataset: Dataset): InferredFacts {
  const byField = new Map<string, number>();
  const byReason = new Map<string, Map<string, number>>();
  const derived = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string): void => void map.set(key, (map.get(key) ?? 0) + 1);
  const add = (field: string, reason: string | null): void => {
    if (reason === null) return;
    bump(byField, field);
    const fields = byReason.get(reason) ?? new Map<string, number>();
    bump(fields, field);
    byReason.set(reason, fields);
  };
  const time = (field: string, t: TimeValue | null): void => {
    if (t === null) return;
    if (t.derivedFrom !== null) bump(derived, field);
    else add(field, t.inferred);
  };
  for (const s of dataset.statements) {
    add('statement', s.inferred);
    add('statement.onBehalfOf', s.onBehalfOf?.inferred ?? null);
    time('statement.qualifiers.pointInTime', s.qualifiers.pointInTime);
    time('statement.qualifiers.start', s.qualifiers.start);
    time('statement.qualifiers.end', s.qualifiers.end);
    if (s.value?.type === 'time') time('statement.value.time', s.value.time);
  }
  for (const p of dataset.positions) time('position.date', p.date);
  for (const d of dataset.documents) {
    for (const [name, field] of Object.entries({ title: d.title, outlet: d.outlet, author: d.author, published: d.published })) {
      add(`document.${name}`, field?.inferred ?? null);
    }
    for (const [name, field] of Object.entries({ url: d.url, sourceUrl: d.sourceUrl, language: d.language, genre: d.genre })) {
      add(`document.${name}`, field?.inferred ?? null);
    }
  }
  const sorted = (map: Map<string, number>): Record<string, number> => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    total: [...byField.values()].reduce((a, b) => a + b, 0),
    byField: sorted(byField),
    byReason: [...byReason]
      .map(([reason, fields]) => ({ reason, count: [...fields.values()].reduce((a, b) => a + b, 0), fields: sorted(fields) }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0)),
    derivedTimes: sorted(derived),
  };
}
