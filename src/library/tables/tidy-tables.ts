import { ALIASES_TABLE } from './aliases-table.js';
import { DOCUMENT_METADATA_TABLE } from './document-metadata-table.js';
import { DOCUMENTS_TABLE } from './documents-table.js';
import { DYADS_TABLE } from './dyads-table.js';
import { ENTITIES_TABLE } from './entities-table.js';
import { ENTITY_ATTRIBUTES_TABLE } from './entity-attributes-table.js';
import { MENTIONS_TABLE } from './mentions-table.js';
import { POSITION_ABOUT_TABLE } from './position-about-table.js';
import { POSITIONS_TABLE } from './positions-table.js';
import { STATEMENT_AREAS_TABLE } from './statement-areas-table.js';
import { STATEMENTS_TABLE } from './statements-table.js';
import type { TidyTable } from './tidy-table.js';

/**
 * Every tidy table, in the order `datapackage.json` lists them: referenced tables (entities,
 * documents) before the tables that reference them.
 */
export const TIDY_TABLES: ReadonlyArray<TidyTable<object>> = [
  ENTITIES_TABLE,
  ALIASES_TABLE,
  ENTITY_ATTRIBUTES_TABLE,
  DOCUMENTS_TABLE,
  DOCUMENT_METADATA_TABLE,
  STATEMENTS_TABLE,
  STATEMENT_AREAS_TABLE,
  POSITIONS_TABLE,
  POSITION_ABOUT_TABLE,
  DYADS_TABLE,
  MENTIONS_TABLE,
] as unknown as ReadonlyArray<TidyTable<object>>;
