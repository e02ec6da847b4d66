export { runCli, USAGE } from './run-cli.js';
export { COMMANDS } from './commands/index.js';
