export { entitiesTable, type EntityRow } from './entities-table.js';
export { statementsTable, type StatementRow } from './statements-table.js';
export { positionsTable, type PositionRow } from './positions-table.js';
export { mentionsTable, type MentionRow } from './mentions-table.js';
export { dyadsTable, ACTOR_KINDS, type DyadRow, type DyadsTableOptions } from './dyads-table.js';
export { rowsToCsv, type CellValue } from './rows-to-csv.js';
