import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** Options every command accepts. */
const COMMON_OPTIONS = {
  data: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Help lines of {@link COMMON_OPTIONS}. */
export const COMMON_USAGE = `  --data DIR               dataset directory in the seeds/ format (env DATA_DIR; default: the embedded seeds)
  -h, --help               show this help`;

/**
 * `node:util` parseArgs with the {@link COMMON_OPTIONS}, strict, positionals allowed; a parse
 * failure (unknown flag, missing value) becomes a {@link UsageError}.
 */
export function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
): ReturnType<typeof parseArgs<{ args: string[]; options: typeof COMMON_OPTIONS & O; allowPositionals: true; strict: true }>> {
  try {
    return parseArgs({ args: [...args], options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The dataset directory: `--data`, else env DATA_DIR, else undefined (the embedded seeds). */
export function dataDirectory(
  values: { readonly data?: string | undefined },
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  return values.data ?? env['DATA_DIR'];
}
