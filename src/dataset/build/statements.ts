import { checkStatementTimes } from '../check-statement-times.js';
import { DuplicateStatements } from '../duplicate-statements.js';
import type { DocumentRecord, SourceLocation, Statement } from '../model.js';
import { rawStatementSchema, type RawStatement } from '../raw-schema.js';
import { timeFromSource } from '../time-source.js';
import type { Checker } from './checker.js';
import type { DatasetFiles } from './dataset-files.js';
import type { LocateEvidence } from './evidence-locator.js';
import type { References } from './references.js';
import { checkPredicateUse, statementOnBehalfOf, statementQualifiers, statementValue, type StatementSite } from './statement-parts.js';

/** What statements and positions are checked against. */
export interface FactContext {
  readonly check: Checker;
  readonly refs: References;
  readonly locate: LocateEvidence;
  readonly documentById: ReadonlyMap<string, DocumentRecord>;
}

/** A fact's `inferredFrom`, checked once every statement and position is known. */
interface InferredFromCheck {
  readonly at: SourceLocation;
  readonly entry: string;
  readonly from: string;
}

/** The statements of a dataset. */
export interface LoadedStatements {
  readonly statements: Statement[];
  /** Whether every statement entry parsed: otherwise a reference to a statement may name one that failed. */
  readonly complete: boolean;
  readonly inferredFromChecks: InferredFromCheck[];
}

/** One statement, checked and frozen part by part (so that the final freeze need not walk a million statements). */
export function buildStatement(ctx: FactContext, site: StatementSite, raw: RawStatement): Statement {
  const { check, refs } = ctx;
  const { at, entry } = site;
  const predicate = refs.predicates.get(raw.predicate);
  const subject = refs.entities.get(raw.subject);
  if (!subject) refs.unknownEntity(at, entry, 'subject', raw.subject);
  const object = raw.object === undefined ? undefined : refs.entities.get(raw.object);
  if (!predicate) refs.unknownPredicate(at, entry, raw.predicate);
  else checkPredicateUse(site, raw, predicate, subject, object);
  if (raw.object !== undefined && !object) refs.unknownEntity(at, entry, 'object', raw.object);
  const evidenceDocuments = raw.evidence.map((e) => e.document);
  const derive = (from: string) => timeFromSource(from, { documents: ctx.documentById, evidenceDocuments, statement: null, venue: null });
  const qualifiers = statementQualifiers(site, refs, raw, derive);
  const value = statementValue(site, raw, derive);
  const evidence = Object.freeze(ctx.locate(at, entry, 'evidence', raw.evidence));
  const statement: Statement = Object.freeze({
    id: raw.id,
    subject: subject?.id ?? raw.subject,
    predicate: predicate?.id ?? raw.predicate,
    object: object?.id ?? raw.object ?? null,
    value,
    qualifiers,
    onBehalfOf: raw.onBehalfOf === undefined ? null : statementOnBehalfOf(site, refs.entities, raw.onBehalfOf, evidence),
    inferred: raw.inferred ?? null,
    inferredFrom: raw.inferredFrom ?? null,
    evidence,
    source: at,
  });
  if (statement.inferredFrom !== null && statement.inferred === null) {
    check.add(at, entry, 'inferredFrom: only an inferred statement (with `inferred: <reason>`) names what it is inferred from');
  }
  // Only with every quote located: a quote not found is its own problem, not also the time's.
  if (evidence.length === raw.evidence.length) checkStatementTimes(check, at, entry, statement);
  return statement;
}

/** The statements of `statements/*.yaml`, each checked against the entities, predicates and documents. */
export function loadStatements(ctx: FactContext, files: DatasetFiles): LoadedStatements {
  const { check } = ctx;
  const statements: Statement[] = [];
  const duplicates = new DuplicateStatements();
  const inferredFromChecks: InferredFromCheck[] = [];
  check.forEachEntry(
    files.statements,
    'statements',
    rawStatementSchema,
    (raw, at, entry) => {
      if (!check.claimId(raw.id, at)) return;
      const statement = buildStatement(ctx, { check, at, entry }, raw);
      if (statement.inferredFrom !== null) inferredFromChecks.push({ at, entry, from: statement.inferredFrom });
      statements.push(statement);
      const twin = duplicates.add(statements, statements.length - 1);
      if (twin) {
        const where = `${twin.source.file}${twin.source.line === null ? '' : `:${twin.source.line}`}`;
        check.add(at, entry, `duplicate statement: same subject, predicate, object/value and qualifiers as ${twin.id} (${where})`);
      }
    },
    ctx.refs.ofInvalidEntry('statement'),
  );
  // An entry that failed to parse is reported once; a reference to it is not reported again.
  const statementFiles = new Set(files.statements.map((f) => f.path));
  const complete = !check.issues.some((issue) => statementFiles.has(issue.file) && issue.entry === null);
  return { statements, complete, inferredFromChecks };
}
