import type { Writable } from 'node:stream';
import { EXIT } from './cli-command.js';

/**
 * Makes a write error on `stream` (the CLI's stdout or stderr) end the process instead of
 * crashing it with a stack trace: `EPIPE` (the reader closed the pipe, as `head` does once it has
 * its lines) ends quietly with exit code 0, as a command-line tool should; any other write error
 * (a full disk) is reported in one line on stderr, when stderr still works, with exit code 3.
 */
export function endOnBrokenPipe(stream: Writable, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return exit(EXIT.ok);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`diplomacy-graph: cannot write the output: ${error.message}\n`);
      } catch {
        // stderr is gone too
      }
    }
    exit(EXIT.system);
  });
}
