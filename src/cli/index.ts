export { runCli, USAGE, type CliIo } from './run-cli.js';
export { COMMANDS } from './commands/index.js';
export { EXIT, type CliCommand } from './cli-command.js';
export { UsageError } from './usage-error.js';
export { preferProductionGraphql, servesInProduction } from './prefer-production-graphql.js';
