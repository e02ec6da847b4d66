import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/cli-io.js';

/** The repository root: the CLI's working directory in tests. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** A CliIo that records what the CLI writes. */
export function fakeIo(env: Record<string, string | undefined> = {}, cwd = REPO) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env, cwd };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
