import type { Predicate } from '../model.js';
import { rawPredicateSchema } from '../raw-schema.js';
import type { Checker } from './checker.js';
import type { DatasetFiles } from './dataset-files.js';

/** The predicates of `vocabulary/*.yaml`, by id. */
export function loadPredicates(check: Checker, files: DatasetFiles): Map<string, Predicate> {
  const predicates = new Map<string, Predicate>();
  check.forEachEntry(files.vocabulary, 'predicates', rawPredicateSchema, (raw, at, entry) => {
    if (predicates.has(raw.id)) {
      check.add(at, entry, 'duplicate predicate id');
      return;
    }
    if ((raw.object === undefined) === (raw.value === undefined)) {
      check.add(at, entry, 'a predicate needs exactly one of `object` (entity kinds) or `value` (literal type)');
      check.broken.add(raw.id);
      return;
    }
    predicates.set(raw.id, {
      id: raw.id,
      label: raw.label,
      inverse: raw.inverse,
      description: raw.description ?? null,
      subjectKinds: raw.subject,
      objectKinds: raw.object ?? [],
      valueType: raw.value ?? null,
      symmetric: raw.symmetric ?? false,
      wikidata: raw.wikidata ?? null,
    });
  });
  return predicates;
}
