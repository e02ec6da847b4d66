/** Severity of a log record; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Where the server logs. Same shape as graphql-yoga's logger, so one object serves both the
 * request log and yoga's own messages (e.g. the unexpected errors it masks).
 */
export interface ServerLogger {
  debug(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** Options of {@link createJsonLogger}. */
export interface JsonLoggerOptions {
  /** Lowest level written. Default `info`. */
  readonly level?: LogLevel;
  /** Receives each record as one line of JSON, newline included. Default: `process.stdout`. */
  readonly write?: (line: string) => void;
}

const SEVERITY: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Every level name accepted by {@link createJsonLogger}, for option parsing. */
export const LOG_LEVELS: readonly LogLevel[] = Object.keys(SEVERITY) as LogLevel[];

function serializeError(error: Error): Record<string, unknown> {
  const out: Record<string, unknown> = { name: error.name, message: error.message, stack: error.stack };
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') out['code'] = code;
  if (error.cause instanceof Error) out['cause'] = serializeError(error.cause);
  // A GraphQL error wraps what a resolver threw: keep where it happened and the thrower's stack.
  const { path, originalError } = error as { path?: unknown; originalError?: unknown };
  if (Array.isArray(path)) out['path'] = path;
  if (originalError instanceof Error && originalError !== error) out['originalError'] = serializeError(originalError);
  return out;
}

/**
 * Folds logger arguments into one record: strings and other primitives join into `msg`, objects
 * merge in, an array becomes `values`, an `Error` becomes `err` (name, message, stack, code,
 * cause; for a GraphQL error also its path and the original error a resolver threw).
 */
function toRecord(args: readonly unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const words: string[] = [];
  for (const arg of args) {
    if (arg instanceof Error) record['err'] = serializeError(arg);
    else if (typeof arg === 'string') words.push(arg);
    else if (Array.isArray(arg)) record['values'] = arg;
    else if (arg !== null && typeof arg === 'object') Object.assign(record, arg);
    else if (typeof arg === 'number' || typeof arg === 'boolean' || typeof arg === 'bigint') words.push(String(arg));
  }
  if (words.length > 0) record['msg'] = [record['msg'], ...words].filter((w) => typeof w === 'string' && w !== '').join(' ');
  return record;
}

/**
 * A structured logger: one JSON object per line, `{"time":…,"level":…,"msg":…, …fields}`.
 * Records that cannot be serialised (cycles, BigInt) are logged with their message only.
 */
export function createJsonLogger(options: JsonLoggerOptions = {}): ServerLogger {
  const threshold = SEVERITY[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(line));
  const at =
    (level: Exclude<LogLevel, 'silent'>) =>
    (...args: unknown[]): void => {
      if (SEVERITY[level] < threshold) return;
      const time = new Date().toISOString();
      const fields = toRecord(args);
      let line: string;
      try {
        line = JSON.stringify({ time, level, ...fields });
      } catch {
        line = JSON.stringify({ time, level, msg: typeof fields['msg'] === 'string' ? fields['msg'] : 'unserialisable log record' });
      }
      write(`${line}\n`);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests, library users who log elsewhere). */
export const silentLogger: ServerLogger = Object.freeze({
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
