import type { z } from 'zod';
import { didYouMean } from './nearest-names.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];
interface Def {
  readonly type: string;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** `schema` without optional, nullable, default and transform wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (inner === undefined) return current;
    current = inner;
  }
}

/** The schema of the value at `path`, or null where a union leaves it open. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | null {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def: Def = defOf(current);
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else return null;
    if (current === undefined) return null;
    current = unwrap(current);
  }
  return current;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) current = (current as Record<PropertyKey, unknown> | null | undefined)?.[key];
  return current;
}

const keysOf = (schema: z.ZodType | null): string[] =>
  schema && defOf(schema).type === 'object' ? Object.keys(defOf(schema).shape ?? {}) : [];

/** Issues of one union branch, their paths made absolute, and how well the branch fits (lower is better). */
function branchFit(branch: z.ZodType, issues: readonly Issue[], at: Path): { issues: Issue[]; score: number } {
  const keys = keysOf(unwrap(branch));
  let score = issues.length * 10;
  for (const issue of issues) {
    if (issue.code === 'invalid_type' && issue.path.length === 0) score += 100;
    if (issue.code === 'unrecognized_keys') score += issue.keys.filter((k) => didYouMean(k, keys) === '').length * 5;
  }
  return { issues: issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })), score };
}

/** Replaces each union failure by the issues of the branch the entry was most likely meant as. */
function resolveUnions(schema: z.ZodType, issues: readonly Issue[]): Array<{ issue: Issue; owner: z.ZodType | null }> {
  const out: Array<{ issue: Issue; owner: z.ZodType | null }> = [];
  for (const issue of issues) {
    const union = issue.code === 'invalid_union' ? schemaAt(schema, issue.path) : null;
    const options = union ? defOf(union).options : undefined;
    if (issue.code !== 'invalid_union' || !options || options.length !== issue.errors.length) {
      out.push({ issue, owner: schemaAt(schema, issue.path) });
      continue;
    }
    const fits = issue.errors.map((errors, i) => ({
      ...branchFit(options[i] as z.ZodType, errors, issue.path),
      branch: options[i] as z.ZodType,
    }));
    const best = fits.reduce((a, b) => (b.score < a.score ? b : a));
    // A value of the wrong type for every branch: the union's own message says more than one branch's.
    if (best.score >= 100) {
      const wrongType = best.issues.find((i) => i.code === 'invalid_type' && i.path.length === issue.path.length);
      out.push({ issue: wrongType ? { ...issue, message: wrongType.message.replace(/^Invalid input: /, '') } : issue, owner: null });
    } else
      for (const inner of resolveUnions(
        best.branch,
        best.issues.map((i) => ({ ...i, path: i.path.slice(issue.path.length) })),
      ))
        out.push({ issue: { ...inner.issue, path: [...issue.path, ...inner.issue.path] }, owner: inner.owner });
  }
  return out;
}

/**
 * Turns zod's issues for an entry (`value`, checked against `schema`) into reasons that teach:
 * a union failure becomes the problems of the branch the entry was most likely meant as, an
 * unknown key names the nearest valid key (and the "missing" problem of that key is dropped: it
 * is the same mistake), a missing key says so, and a value outside an enum names the nearest
 * allowed values. Each reason is `path: message`, as the loader reports them.
 */
export function explainShapeIssues(schema: z.ZodType, value: unknown, issues: readonly Issue[]): string[] {
  const resolved = resolveUnions(schema, issues);
  const suggested = new Set<string>();
  const reasons: Array<{ path: Path; key: string | null; message: string }> = [];
  for (const { issue, owner } of resolved) {
    if (issue.code === 'unrecognized_keys') {
      const keys = keysOf(owner);
      for (const key of issue.keys) {
        const hint = didYouMean(
          key,
          keys.filter((k) => valueAt(value, [...issue.path, k]) === undefined),
        );
        const match = /"([^"]+)"/.exec(hint)?.[1];
        if (match !== undefined) suggested.add([...issue.path, match].join('.'));
        reasons.push({
          path: issue.path,
          key: null,
          message: `unknown key "${key}"${hint}${hint === '' ? ` (allowed: ${keys.join(', ')})` : ''}`,
        });
      }
    } else if (issue.code === 'invalid_type' && valueAt(value, issue.path) === undefined) {
      reasons.push({ path: issue.path, key: issue.path.join('.'), message: 'is missing' });
    } else if (issue.code === 'invalid_value') {
      const given = valueAt(value, issue.path);
      const hint = typeof given === 'string' ? didYouMean(given, issue.values.map(String)) : '';
      reasons.push({
        path: issue.path,
        key: null,
        message: `${hint === '' ? issue.message : `"${given as string}" is not allowed${hint}`}`,
      });
    } else reasons.push({ path: issue.path, key: null, message: issue.message });
  }
  return reasons
    .filter((r) => r.key === null || !suggested.has(r.key))
    .map((r) => (r.path.length > 0 ? `${r.path.join('.')}: ${r.message}` : r.message));
}
