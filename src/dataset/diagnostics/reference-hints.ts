import { normalizeAlias } from '../normalize-alias.js';
import { didYouMean } from './nearest-names.js';

/** Suggestions computed at most this many times per load: past it, a dataset full of typos gets plain messages fast. */
const MAX_SUGGESTIONS = 500;

/**
 * " (did you mean …?)" hints for unknown references: the nearest valid ids by edit distance, and
 * for an entity id whose slug is a known alias (`person:tokayev`), the entity with that alias.
 * Memoised per id and capped in number, so a dataset with many bad references still loads fast.
 */
export class ReferenceHints {
  readonly #memo = new Map<string, string>();
  #computed = 0;

  constructor(
    private readonly ids: () => Iterable<string>,
    /** Entity id of a normalised alias, for entity references; absent for other kinds. */
    private readonly byAlias?: (normalized: string) => string | undefined,
  ) {}

  /** The hint for `id`, or `''`. */
  for(id: string): string {
    const known = this.#memo.get(id);
    if (known !== undefined) return known;
    if (this.#computed >= MAX_SUGGESTIONS) return '';
    this.#computed++;
    const slug = id.slice(id.indexOf(':') + 1).replace(/-/g, ' ');
    const owner = this.byAlias?.(normalizeAlias(slug));
    const hint = owner !== undefined && owner !== id ? ` (did you mean "${owner}"?)` : didYouMean(id, this.ids());
    this.#memo.set(id, hint);
    return hint;
  }
}
