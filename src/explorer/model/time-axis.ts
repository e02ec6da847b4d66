/** A time as the API gives it (`TimeValue`). */
export interface AxisTime {
  readonly value: string;
  readonly precision: string;
  readonly earliest: string | null;
  readonly latest: string | null;
}

/** An item to place on the axis. */
export interface AxisInput<T> {
  readonly time: AxisTime;
  readonly yearKnown: boolean;
  readonly item: T;
}

/** An item placed on the axis: a span from `left` to `right` (fractions of the axis width, 0 to 1). */
export interface PlacedItem<T> {
  readonly item: T;
  readonly time: AxisTime;
  readonly left: number;
  readonly right: number;
  /** Row of the item, so that overlapping spans do not cover each other. */
  readonly row: number;
  /** How precise the span is, in words: `day`, `month`, `year`, `decade`. */
  readonly precision: string;
}

/** An unlabelled tick on the axis: a year boundary. */
export interface AxisTick {
  readonly year: number;
  readonly at: number;
}

/** A timeline laid out on an axis. */
export interface TimeAxis<T> {
  /** First and last day covered (ISO), null when nothing is dated. */
  readonly start: string | null;
  readonly end: string | null;
  readonly items: readonly PlacedItem<T>[];
  readonly ticks: readonly AxisTick[];
  /** Items whose year is not stated (`--01-22`): listed apart, never placed on a guessed year. */
  readonly undated: readonly AxisInput<T>[];
}

const DAY = 86_400_000;
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;

/**
 * Places dated items on a shared axis by their whole span: a DAY is one day, a MONTH its month,
 * a YEAR its year, a DECADE its ten years (`earliest` to `latest`), so an imprecise time is drawn
 * as wide as it is uncertain. Items whose year is unknown go to `undated`. Rows are assigned
 * greedily in order of start, so spans in one row never overlap. Ticks mark every year (every
 * tenth year past 40 years).
 */
export function layoutTimeAxis<T>(inputs: readonly AxisInput<T>[]): TimeAxis<T> {
  const undated = inputs.filter((i) => !i.yearKnown || i.time.earliest === null || i.time.latest === null);
  const dated = inputs
    .filter((i) => !undated.includes(i))
    .map((i) => ({ input: i, from: dayNumber(i.time.earliest!), to: dayNumber(i.time.latest!) + 1 }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  if (dated.length === 0) return { start: null, end: null, items: [], ticks: [], undated };
  const first = Math.min(...dated.map((d) => d.from));
  const last = Math.max(...dated.map((d) => d.to));
  const width = Math.max(1, last - first);
  const rowEnds: number[] = [];
  const items = dated.map(({ input, from, to }) => {
    let row = rowEnds.findIndex((end) => end <= from);
    if (row === -1) row = rowEnds.push(to) - 1;
    else rowEnds[row] = to;
    return {
      item: input.item,
      time: input.time,
      left: (from - first) / width,
      right: (to - first) / width,
      row,
      precision: input.time.precision.toLowerCase().replace('_', ' '),
    };
  });
  const firstYear = new Date(first * DAY).getUTCFullYear();
  const lastYear = new Date((last - 1) * DAY).getUTCFullYear();
  const step = lastYear - firstYear > 40 ? 10 : 1;
  const ticks: AxisTick[] = [];
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    const at = (dayNumber(`${String(year).padStart(4, '0')}-01-01`) - first) / width;
    if (at >= 0 && at <= 1) ticks.push({ year, at });
  }
  return { start: dated[0]!.input.time.earliest, end: new Date((last - 1) * DAY).toISOString().slice(0, 10), items, ticks, undated };
}
