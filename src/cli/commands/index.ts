import type { CliCommand } from '../cli-command.js';
import { addDocumentCommand } from './add-document.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { queryCommand } from './query.js';
import { schemaCommand } from './schema.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';
import { tablesCommand } from './tables.js';
import { validateCommand } from './validate.js';
import { worksheetCommand } from './worksheet.js';

/** The commands of `diplomacy-graph`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  queryCommand,
  exportCommand,
  tablesCommand,
  statsCommand,
  validateCommand,
  // Curating (issue 15).
  initCommand,
  addDocumentCommand,
  worksheetCommand,
  schemaCommand,
  diffCommand,
];
