import type { DocumentRecord, Statement, TimeValue } from './model.js';

/** The records a derived time may come from, for one fact. */
export interface TimeSourceScope {
  readonly documents: ReadonlyMap<string, DocumentRecord>;
  /** The documents of the fact's own evidence: a document's publication date dates only what it reports. */
  readonly evidenceDocuments: readonly string[];
  /** Statements by id (null where a statement may not be the source, e.g. in another statement). */
  readonly statement: ((id: string) => Statement | undefined) | null;
  /** The fact's venue (a position's article or interview): a source statement must be about it. */
  readonly venue: string | null;
}

/** The time a statement carries: its point in time, or its literal time value. */
function statementTime(statement: Statement): TimeValue | null {
  if (statement.qualifiers.pointInTime) return statement.qualifiers.pointInTime;
  return statement.value?.type === 'time' ? statement.value.time : null;
}

/**
 * The time `from` (a document or statement id) gives a fact, or why it gives none. A document
 * gives its publication date, and only to a fact it is evidence for; a statement gives its point
 * in time (or time value), and only to a position whose venue is that statement's subject or
 * object (e.g. an article's `published_in` statement dates the positions stated in the article).
 */
export function timeFromSource(from: string, scope: TimeSourceScope): TimeValue | string {
  if (from.startsWith('document:')) {
    const doc = scope.documents.get(from);
    if (!doc) return `unknown document ${from}`;
    if (!scope.evidenceDocuments.includes(from)) return `${from} is not one of this entry's evidence documents`;
    return doc.publishedTime ?? `${from} has no publication date`;
  }
  if (!scope.statement) return `${from}: only a document (its publication date) may date a statement`;
  const statement = scope.statement(from);
  if (!statement) return `unknown statement ${from}`;
  if (scope.venue === null || (statement.subject !== scope.venue && statement.object !== scope.venue)) {
    return `${from} is not about this position's venue (${scope.venue ?? 'none'})`;
  }
  return statementTime(statement) ?? `${from} has no point in time or time value`;
}
