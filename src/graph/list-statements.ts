import type { Statement } from '../dataset/model.js';
import { compareTimes } from './compare-times.js';
import { statementCandidates } from './filters/candidates.js';
import { compileStatementWhere } from './filters/compile-where.js';
import type { SortKey, StatementSortField, StatementWhere } from './filters/types.js';
import type { KnowledgeGraph } from './knowledge-graph.js';
import { compareIds, compareNumbers, compareText, type FieldComparator, sortItems } from './sort-items.js';
import { statementTime } from './statement-time.js';

/** Filter and sort of {@link listStatements}. */
export interface StatementListOptions {
  readonly where?: StatementWhere | null;
  readonly sort?: ReadonlyArray<SortKey<StatementSortField>> | null;
}

function statementSortFields(kg: KnowledgeGraph): Record<StatementSortField, FieldComparator<Statement>> {
  const nameOf = (id: string): string | null => kg.entityById.get(id)?.name ?? null;
  return {
    id: (a, b, desc) => compareIds(a.id, b.id, desc),
    time: (a, b, desc) => compareTimes(statementTime(a), statementTime(b), desc),
    sourceCount: (a, b, desc) => compareNumbers(kg.lists.sourceCount.get(a.id) ?? 0, kg.lists.sourceCount.get(b.id) ?? 0, desc),
    predicate: (a, b, desc) => compareIds(a.predicate, b.predicate, desc),
    subjectName: (a, b, desc) => compareText(nameOf(a.subject), nameOf(b.subject), desc),
  };
}

/**
 * Statements filtered by `where` and sorted by `sort`: all of the dataset, or those of `source`
 * (e.g. one entity's), in their given order without a sort (ties keep it too). Source counts come
 * from load-time indexes. Throws InvalidArgumentError for an invalid filter or sort.
 */
export function listStatements(
  kg: KnowledgeGraph,
  options: StatementListOptions = {},
  source: readonly Statement[] = kg.dataset.statements,
): readonly Statement[] {
  const check = compileStatementWhere(kg, options.where);
  // Over the whole dataset, a filter that pins an entity walks that entity's index list instead.
  const candidates = source === kg.dataset.statements ? (statementCandidates(kg, options.where) ?? source) : source;
  const matching = check === null ? candidates : candidates.filter(check);
  return sortItems(matching, options.sort, statementSortFields(kg));
}
