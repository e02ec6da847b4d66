import { availableParallelism } from 'node:os';
import { InvalidArgumentError } from '../errors.js';
import { LOG_LEVELS, type LogLevel } from './logger.js';
import { DEFAULT_QUERY_LIMITS, type CorsSettings, type QueryLimits, type ServerMode } from './server-options.js';

/** How each limit is set from the command line and the environment. */
const LIMIT_SOURCES: ReadonlyArray<{
  readonly key: keyof QueryLimits;
  readonly flag: string;
  readonly env: string;
  readonly what: string;
}> = [
  { key: 'maxDepth', flag: 'max-depth', env: 'GRAPHQL_MAX_DEPTH', what: 'deepest field nesting' },
  { key: 'maxAliases', flag: 'max-aliases', env: 'GRAPHQL_MAX_ALIASES', what: 'most aliases per operation' },
  { key: 'maxTokens', flag: 'max-tokens', env: 'GRAPHQL_MAX_TOKENS', what: 'most tokens per document' },
  { key: 'maxDirectives', flag: 'max-directives', env: 'GRAPHQL_MAX_DIRECTIVES', what: 'most directives per operation' },
  { key: 'maxCost', flag: 'max-cost', env: 'GRAPHQL_MAX_COST', what: 'largest estimated cost' },
  { key: 'defaultListSize', flag: 'default-list-size', env: 'GRAPHQL_DEFAULT_LIST_SIZE', what: 'list size assumed by the cost estimate' },
  { key: 'executionTimeoutMs', flag: 'timeout-ms', env: 'GRAPHQL_TIMEOUT_MS', what: 'execution deadline in ms' },
  { key: 'maxResultFields', flag: 'max-result-fields', env: 'GRAPHQL_MAX_RESULT_FIELDS', what: 'most fields resolved per operation' },
  { key: 'maxResultChars', flag: 'max-result-chars', env: 'GRAPHQL_MAX_RESULT_CHARS', what: 'most characters of text per result' },
  { key: 'maxRequestBodyBytes', flag: 'max-body-bytes', env: 'GRAPHQL_MAX_BODY_BYTES', what: 'largest request body in bytes' },
];

/** `node:util` `parseArgs` definitions of the server flags of `serve`. */
export const SERVE_OPTIONS = {
  mode: { type: 'string' },
  introspection: { type: 'boolean' },
  'no-introspection': { type: 'boolean' },
  'response-cache': { type: 'boolean' },
  'no-response-cache': { type: 'boolean' },
  explorer: { type: 'boolean' },
  'no-explorer': { type: 'boolean' },
  cors: { type: 'string' },
  'log-level': { type: 'string' },
  'drain-delay-ms': { type: 'string' },
  workers: { type: 'string' },
  ...Object.fromEntries(LIMIT_SOURCES.map(({ flag }) => [flag, { type: 'string' }])),
} as const satisfies Record<string, { type: 'string' | 'boolean' }>;

const pad = (text: string): string => text.padEnd(26);

/** Help text of the server flags, for the CLI's usage. */
export const SERVE_USAGE = [
  'Server options (serve):',
  `  ${pad('--mode MODE')}development (default: GraphiQL, introspection, suggestions) or production`,
  `  ${pad('')}(env NODE_ENV=production also selects production)`,
  `  ${pad('--[no-]introspection')}answer introspection (env GRAPHQL_INTROSPECTION=true|false; default: development only)`,
  `  ${pad('--[no-]response-cache')}answer repeated requests from a cache of serialized answers`,
  `  ${pad('')}(env GRAPHQL_RESPONSE_CACHE=true|false; default: production only)`,
  `  ${pad('--[no-]explorer')}serve the browser explorer at /explore (env EXPLORER=true|false; default on)`,
  `  ${pad('--cors ORIGINS')}* (default), comma-separated origins, or none (env CORS_ORIGIN)`,
  `  ${pad('--log-level LEVEL')}${LOG_LEVELS.join('|')} (env LOG_LEVEL, default info); JSON lines on stdout`,
  `  ${pad('--drain-delay-ms N')}on SIGTERM, /ready answers 503 and requests are still served for N ms before`,
  `  ${pad('')}the listener closes (env DRAIN_DELAY_MS; default 2000 in production, else 0)`,
  `  ${pad('--workers N|auto')}N processes sharing the port (node:cluster); auto: one per core (env WORKERS, default 1)`,
  ...LIMIT_SOURCES.map(({ key, flag, env, what }) => `  ${pad(`--${flag} N`)}${what} (env ${env}, default ${DEFAULT_QUERY_LIMITS[key]})`),
  '',
].join('\n');

/** Server settings of `serve`, from its flags and environment. */
export interface ServeSettings {
  readonly mode: ServerMode;
  readonly limits: Partial<QueryLimits>;
  /** Undefined: the mode's default. */
  readonly introspection: boolean | undefined;
  /** Undefined: the mode's default (on in production). */
  readonly responseCache: boolean | undefined;
  /** Undefined: on. */
  readonly explorer: boolean | undefined;
  readonly cors: CorsSettings | false;
  readonly logLevel: LogLevel;
  /** Milliseconds between `/ready` turning 503 and the listener closing, on shutdown. */
  readonly drainDelayMs: number;
  /** Processes serving the port (1: this one; more: a node:cluster primary and its workers). */
  readonly workers: number;
}

/** The number of worker processes from `--workers` / `WORKERS`: a positive integer, or `auto` (one per core). */
function parseWorkers(name: string, text: string, cores: number): number {
  if (text.trim() === 'auto') return cores;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1 || value > 256) {
    throw new InvalidArgumentError(`${name} must be an integer from 1 to 256 or "auto", got ${JSON.stringify(text)}`);
  }
  return value;
}

function parseBoolean(name: string, text: string): boolean {
  const normalized = text.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  throw new InvalidArgumentError(`${name} must be true or false, got ${JSON.stringify(text)}`);
}

/** An on/off setting from `--flag`, `--no-flag` or `variable`; undefined when none says (the default applies). */
function switchSetting(
  values: Readonly<Record<string, string | boolean | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
  flag: string,
  variable: string,
): boolean | undefined {
  if (values[flag] === true && values[`no-${flag}`] === true) {
    throw new InvalidArgumentError(`--${flag} and --no-${flag} contradict each other`);
  }
  if (values[flag] === true) return true;
  if (values[`no-${flag}`] === true) return false;
  const text = env[variable];
  return text === undefined ? undefined : parseBoolean(variable, text);
}

/** The origin of `text` as a URL, or null when it is none. */
function originOf(text: string): string | null {
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

function parseCors(name: string, text: string): CorsSettings | false {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'none' || trimmed === 'false') return false;
  if (trimmed === '*') return { origin: '*' };
  const origins = trimmed.split(',').map((o) => o.trim().replace(/\/+$/, ''));
  for (const origin of origins) {
    if (originOf(origin) !== origin) {
      throw new InvalidArgumentError(`${name}: "${origin}" is not an origin (scheme://host[:port]), "*" or "none"`);
    }
  }
  return { origin: origins };
}

/**
 * Reads the server settings of `serve` from parsed flags (`SERVE_OPTIONS`) and the environment;
 * a flag wins over its environment variable, which wins over the default. Throws
 * {@link InvalidArgumentError} naming the flag or variable for a value it cannot use.
 */
export function serveSettings(
  values: Readonly<Record<string, string | boolean | undefined>>,
  env: Readonly<Record<string, string | undefined>>,
): ServeSettings {
  const text = (flag: string): string | undefined => {
    const value = values[flag];
    return typeof value === 'string' ? value : undefined;
  };
  const modeText = text('mode') ?? (env['NODE_ENV'] === 'production' ? 'production' : 'development');
  if (modeText !== 'development' && modeText !== 'production') {
    throw new InvalidArgumentError(`--mode must be development or production, got ${JSON.stringify(modeText)}`);
  }
  const limits: Partial<Record<keyof QueryLimits, number>> = {};
  for (const { key, flag, env: variable } of LIMIT_SOURCES) {
    const fromFlag = text(flag);
    const raw = fromFlag ?? env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(
        `${fromFlag === undefined ? variable : `--${flag}`} must be a non-negative integer, got ${JSON.stringify(raw)}`,
      );
    }
    limits[key] = value;
  }
  const introspection = switchSetting(values, env, 'introspection', 'GRAPHQL_INTROSPECTION');
  const responseCache = switchSetting(values, env, 'response-cache', 'GRAPHQL_RESPONSE_CACHE');
  const explorer = switchSetting(values, env, 'explorer', 'EXPLORER');
  const corsFlag = text('cors');
  const corsText = corsFlag ?? env['CORS_ORIGIN'];
  const cors = corsText === undefined ? { origin: '*' } : parseCors(corsFlag === undefined ? 'CORS_ORIGIN' : '--cors', corsText);
  const levelText = text('log-level') ?? env['LOG_LEVEL'] ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(levelText)) {
    throw new InvalidArgumentError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(levelText)}`);
  }
  const drainFlag = text('drain-delay-ms');
  const drainText = drainFlag ?? env['DRAIN_DELAY_MS'];
  let drainDelayMs = modeText === 'production' ? 2000 : 0;
  if (drainText !== undefined && drainText.trim() !== '') {
    drainDelayMs = Number(drainText);
    if (!Number.isSafeInteger(drainDelayMs) || drainDelayMs < 0) {
      throw new InvalidArgumentError(
        `${drainFlag === undefined ? 'DRAIN_DELAY_MS' : '--drain-delay-ms'} must be a non-negative integer, got ${JSON.stringify(drainText)}`,
      );
    }
  }
  const workersFlag = text('workers');
  const workersText = workersFlag ?? env['WORKERS'];
  const workers =
    workersText === undefined || workersText.trim() === ''
      ? 1
      : parseWorkers(workersFlag === undefined ? 'WORKERS' : '--workers', workersText, availableParallelism());
  return { mode: modeText, limits, introspection, responseCache, explorer, cors, logLevel: levelText as LogLevel, drainDelayMs, workers };
}
