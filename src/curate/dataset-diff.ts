import type { Dataset, Evidence, Position, Statement } from '../dataset/model.js';

/** A fact (statement or position) as compared by {@link datasetDiff}: its content without where it was written. */
type Fact = Statement | Position;

/** One fact in a diff, with its quotes. */
export interface DiffFact {
  readonly id: string;
  /** One line: subject predicate object/value, or holder stance topic. */
  readonly summary: string;
  readonly quotes: ReadonlyArray<{ readonly document: string; readonly quote: string; readonly start: number; readonly end: number }>;
}

/** A fact present in both datasets with different content. */
export interface ChangedFact {
  readonly id: string;
  /** Top-level fields that differ (`object`, `qualifiers`, `evidence`, …). */
  readonly fields: readonly string[];
  readonly before: DiffFact;
  readonly after: DiffFact;
}

/** What changed between two versions of a dataset. */
export interface DatasetDiff {
  readonly from: string;
  readonly to: string;
  readonly added: readonly DiffFact[];
  readonly removed: readonly DiffFact[];
  readonly changed: readonly ChangedFact[];
  /** Ids of entities, documents and predicates added or removed. */
  readonly other: { readonly added: readonly string[]; readonly removed: readonly string[] };
}

function quotes(evidence: readonly Evidence[]): DiffFact['quotes'] {
  return evidence.map((e) => ({ document: e.document, quote: e.exact, start: e.start, end: e.end }));
}

function summary(fact: Fact): string {
  if ('predicate' in fact) {
    const value =
      fact.value === null
        ? ''
        : fact.value.type === 'quantity'
          ? `${fact.value.amount} ${fact.value.unit}`
          : fact.value.type === 'string'
            ? fact.value.text
            : fact.value.time.value;
    return `${fact.subject} ${fact.predicate} ${fact.object ?? value}`;
  }
  return `${fact.holder} ${fact.stance} ${fact.topic}: ${fact.summary}`;
}

function describe(fact: Fact): DiffFact {
  return { id: fact.id, summary: summary(fact), quotes: quotes(fact.evidence) };
}

/** The comparable content of each field of a fact: no source location, evidence by document, quote and offsets. */
function fields(fact: Fact): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(fact)) {
    if (key === 'source') continue;
    out.set(key, JSON.stringify(key === 'evidence' ? quotes(value as Evidence[]) : value));
  }
  return out;
}

const byId = <T extends { readonly id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((x) => [x.id, x]));

/**
 * The facts (statements and positions) added, removed and changed from `before` to `after`, by
 * id, each with its quotes, for reviewing a curation change; and the entities, documents and
 * predicates added or removed. A fact that only moved (another file or line) is unchanged.
 */
export function datasetDiff(before: Dataset, after: Dataset): DatasetDiff {
  const old = byId<Fact>([...before.statements, ...before.positions]);
  const now = byId<Fact>([...after.statements, ...after.positions]);
  const added = [...now.values()].filter((f) => !old.has(f.id)).map(describe);
  const removed = [...old.values()].filter((f) => !now.has(f.id)).map(describe);
  const changed: ChangedFact[] = [];
  for (const fact of now.values()) {
    const previous = old.get(fact.id);
    if (!previous) continue;
    const a = fields(previous);
    const b = fields(fact);
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    if (differing.length > 0) changed.push({ id: fact.id, fields: differing, before: describe(previous), after: describe(fact) });
  }
  const ids = (d: Dataset): Set<string> => new Set([...d.entities, ...d.documents, ...d.predicates].map((x) => x.id));
  const oldIds = ids(before);
  const newIds = ids(after);
  return {
    from: before.version,
    to: after.version,
    added,
    removed,
    changed,
    other: { added: [...newIds].filter((id) => !oldIds.has(id)), removed: [...oldIds].filter((id) => !newIds.has(id)) },
  };
}

function factLines(sign: string, fact: DiffFact): string[] {
  return [`${sign} ${fact.id}  ${fact.summary}`, ...fact.quotes.map((q) => `    "${q.quote}" (${q.document} ${q.start}-${q.end})`)];
}

/** The diff as text: `+` added, `-` removed, `~` changed (with the fields and both sides' quotes). */
export function formatDatasetDiff(diff: DatasetDiff): string {
  const lines = [
    `diff ${diff.from.slice(0, 19)}… → ${diff.to.slice(0, 19)}…`,
    `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed facts`,
  ];
  for (const f of diff.added) lines.push(...factLines('+', f));
  for (const f of diff.removed) lines.push(...factLines('-', f));
  for (const c of diff.changed) {
    lines.push(`~ ${c.id}  changed: ${c.fields.join(', ')}`, ...factLines('  -', c.before), ...factLines('  +', c.after));
  }
  if (diff.other.added.length > 0) lines.push(`+ entities, documents, predicates: ${diff.other.added.join(', ')}`);
  if (diff.other.removed.length > 0) lines.push(`- entities, documents, predicates: ${diff.other.removed.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
