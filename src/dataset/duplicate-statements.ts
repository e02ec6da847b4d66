import type { Qualifiers, Statement, StatementValue, TimeValue } from './model.js';

const timeKey = (t: TimeValue | null): string => (t === null ? '' : `${t.value}|${t.inferred ?? ''}|${t.derivedFrom ?? ''}`);

function valueKey(v: StatementValue | null): string {
  if (v === null) return '';
  if (v.type === 'quantity') return `q|${v.amount}|${v.unit}|${v.comparator}`;
  return v.type === 'string' ? `s|${v.text}` : `t|${timeKey(v.time)}`;
}

function qualifiersKey(q: Qualifiers): string {
  return [
    timeKey(q.pointInTime),
    timeKey(q.start),
    timeKey(q.end),
    q.role ?? '',
    q.characterization ?? '',
    q.note ?? '',
    q.areas.join('\u0001'),
    q.location ?? '',
    q.counterpart ?? '',
    q.via ?? '',
  ].join('\u0000');
}

/** What makes two statements the same fact: subject, predicate, object or value, and qualifiers. */
export function statementKey(s: Statement): string {
  return `${s.subject}\u0000${s.predicate}\u0000${s.object ?? ''}\u0000${valueKey(s.value)}\u0000${qualifiersKey(s.qualifiers)}`;
}

/**
 * Finds statements that repeat another's fact. Keeps a 32-bit hash of each key and the index of
 * the statement that has it (a million key strings, or an object per statement, would stay alive
 * for the whole load); a hash match is confirmed on the full keys.
 */
export class DuplicateStatements {
  readonly #byHash = new Map<number, number | number[]>();

  /**
   * Records `list[index]`; returns the earlier statement of `list` with the same fact, or null.
   */
  add(list: readonly Statement[], index: number): Statement | null {
    const statement = list[index] as Statement;
    const key = statementKey(statement);
    const hash = fnv1a(key);
    const known = this.#byHash.get(hash);
    if (known === undefined) {
      this.#byHash.set(hash, index);
      return null;
    }
    const candidates = typeof known === 'number' ? [known] : known;
    for (const other of candidates) {
      const earlier = list[other] as Statement;
      if (statementKey(earlier) === key) return earlier;
    }
    this.#byHash.set(hash, [...candidates, index]);
    return null;
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
