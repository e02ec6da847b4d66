export type * from './types.js';
export { type Check, allOf, onField } from './check.js';
export { compileStringFilter, foldText } from './compile-string-filter.js';
export { compileValueFilter } from './compile-value-filter.js';
export { compileIntFilter } from './compile-int-filter.js';
export { compileTimeFilter } from './compile-time-filter.js';
export { compileListFilter } from './compile-list-filter.js';
export {
  compileEntityWhere,
  compileStatementWhere,
  compilePositionWhere,
  compileDocumentWhere,
  MAX_FILTER_DEPTH,
  MAX_FILTER_OPERATORS,
} from './compile-where.js';
