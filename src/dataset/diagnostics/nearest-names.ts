import { editDistance } from './edit-distance.js';

/** How far a name may be from a valid one to be suggested: a quarter of its length, at least 2. */
function tolerance(name: string): number {
  return Math.max(2, Math.floor(name.length / 4));
}

/**
 * The valid names nearest to `name` by edit distance (ignoring case): those at the smallest
 * distance found, in name order, at most `max` of them and none further than a quarter of the name's length (at least 2 edits). Empty when
 * nothing is close: a far-fetched suggestion misleads more than none.
 */
export function nearestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const lower = name.toLowerCase();
  const limit = tolerance(name);
  const found: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit) found.push({ candidate, distance });
  }
  found.sort((a, b) => a.distance - b.distance || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  const best = found[0]?.distance;
  return found
    .filter((f) => f.distance === best)
    .slice(0, max)
    .map((f) => f.candidate);
}

/** ` (did you mean "a" or "b"?)` for the names nearest to `name`, or `''` when none is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const names = nearestNames(name, candidates);
  if (names.length === 0) return '';
  const quoted = names.map((n) => `"${n}"`);
  const last = quoted.pop() as string;
  return ` (did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?)`;
}
