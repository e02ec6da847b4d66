import type { CliCommand } from '../cli-command.js';
import { exportCommand } from './export.js';
import { queryCommand } from './query.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';
import { tablesCommand } from './tables.js';
import { validateCommand } from './validate.js';

/** The commands of `diplomacy-graph`, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [serveCommand, queryCommand, exportCommand, tablesCommand, statsCommand, validateCommand];
