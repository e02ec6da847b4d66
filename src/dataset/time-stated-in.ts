import type { TimeValue } from './model.js';

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;

const compiled = new Map<string, RegExp>();

/**
 * `\b` that also treats letters outside ASCII as word characters (compiled once per pattern);
 * case-insensitive unless `caseSensitive`.
 */
function word(body: string, caseSensitive = false): RegExp {
  const key = `${caseSensitive ? 's' : 'i'}${body}`;
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
    compiled.set(key, re);
  }
  return re;
}

function hasYear(text: string, year: number): boolean {
  return word(String(year)).test(text);
}

function hasDecade(text: string, year: number): boolean {
  return word(`${year}s|${year}'s|${year}-ies`).test(text);
}

/** The month by name, capitalised as English writes it ("February", "Feb.", "May" but not "may"). */
function hasMonthName(text: string, month: number): boolean {
  const names = (MONTHS[month - 1] ?? []).map((n) => n[0]!.toUpperCase() + n.slice(1));
  return word(names.join('|'), true).test(text);
}

/** The day as a number, optionally ordinal ("18", "18th", "3rd"), in the text. */
function hasDay(text: string, day: number): boolean {
  return word(`0?${day}(?:st|nd|rd|th)?`).test(text);
}

/** A numeric date with these parts: `2025-01-03`, `03.01.2025`, `3/1/2025`, `2025-01`. */
function hasNumericDate(text: string, year: number | null, month: number, day: number | null): boolean {
  const m = `0?${month}`;
  const d = day === null ? null : `0?${day}`;
  const y = year === null ? null : String(year);
  const forms: string[] = [];
  if (y !== null && d !== null) forms.push(`${y}-${m}-${d}`, `${d}[./]${m}[./]${y}`, `${m}/${d}/${y}`);
  if (y !== null && d === null) forms.push(`${y}-${m}`, `${m}[./]${y}`);
  if (y === null && d !== null) forms.push(`${d}\\.${m}\\.`);
  return forms.length > 0 && word(forms.join('|')).test(text);
}

/**
 * Whether `text` (an evidence sentence) states every part of `time`: its year (or decade), its
 * month (by name, or in a numeric date) and its day. A time whose parts no evidence sentence of
 * the fact states is not earned: it must be derived from another record or marked inferred.
 */
export function timeStatedIn(time: TimeValue, text: string): boolean {
  switch (time.precision) {
    case 'decade':
      return hasDecade(text, time.year as number);
    case 'year':
      return hasYear(text, time.year as number);
    default: {
      const month = time.month as number;
      if (hasNumericDate(text, time.year, month, time.day)) return true;
      if (time.year !== null && !hasYear(text, time.year)) return false;
      if (!hasMonthName(text, month)) return false;
      return time.day === null || hasDay(text, time.day);
    }
  }
}
