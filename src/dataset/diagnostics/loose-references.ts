/** A reference found in an entry that failed its shape check. */
export interface LooseReference {
  readonly field: string;
  readonly kind: 'entity' | 'predicate' | 'document';
  readonly id: string;
}

const ENTITY_FIELDS = {
  statement: ['subject', 'object', 'qualifiers.location', 'qualifiers.counterpart', 'qualifiers.via'],
  position: ['holder', 'onBehalfOf', 'topic', 'venue'],
} as const;

function at(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) current = (current as Record<string, unknown> | null | undefined)?.[key];
  return current;
}

/**
 * The references (entities, predicate, evidence documents) written in a statement or position
 * entry that failed its shape check, so that its reference problems are reported in the same
 * round as its shape problems. Only string values count; anything else is a shape problem
 * already.
 */
export function looseReferences(kind: 'statement' | 'position', value: unknown): LooseReference[] {
  const found: LooseReference[] = [];
  for (const field of ENTITY_FIELDS[kind]) {
    const id = at(value, field);
    if (typeof id === 'string') found.push({ field, kind: 'entity', id });
  }
  const about = at(value, 'about');
  if (kind === 'position' && Array.isArray(about)) {
    about.forEach((id, i) => typeof id === 'string' && found.push({ field: `about[${i}]`, kind: 'entity', id }));
  }
  const predicate = at(value, 'predicate');
  if (kind === 'statement' && typeof predicate === 'string') found.push({ field: 'predicate', kind: 'predicate', id: predicate });
  const evidence = at(value, 'evidence');
  if (Array.isArray(evidence)) {
    evidence.forEach((item, i) => {
      const document = at(item, 'document');
      if (typeof document === 'string') found.push({ field: `evidence[${i}].document`, kind: 'document', id: document });
    });
  }
  return found;
}
