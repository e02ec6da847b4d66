/** What each system error code means, in a few words. */
const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, a file was expected',
  ENOTDIR: 'a file where a folder was expected',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  ENAMETOOLONG: 'name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EEXIST: 'already exists',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EIO: 'input/output error',
  EINVAL: 'invalid argument for this file',
  EBUSY: 'busy',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
  ETXTBSY: 'text file busy',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (temporary)',
  EADDRINUSE: 'address already in use',
  EADDRNOTAVAIL: 'address not available on this machine',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'timed out',
  EPIPE: 'the reader closed the pipe',
};

/** What the operation was, by system call. */
const ACTIONS: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  scandir: 'list',
  opendir: 'list',
  stat: 'read',
  lstat: 'read',
  mkdir: 'create folder',
  rename: 'rename',
  unlink: 'remove',
  getaddrinfo: 'resolve host',
  listen: 'listen on',
  bind: 'listen on',
  connect: 'connect to',
};

/** A Node.js system error (fs, net, dns): a string `code` and usually a `syscall`. */
interface SystemErrorLike extends Error {
  readonly code: string;
  readonly syscall?: string;
  readonly path?: string;
  readonly dest?: string;
  readonly hostname?: string;
  readonly address?: string;
  readonly port?: number;
}

/** Whether `error` is a Node.js system error: an `Error` with an upper-case `code` like `ENOENT` and a `syscall` or `errno`. */
function isSystemError(error: unknown): error is SystemErrorLike {
  if (!(error instanceof Error)) return false;
  const { code, syscall, errno } = error as Partial<SystemErrorLike> & { errno?: unknown };
  return typeof code === 'string' && /^E[A-Z0-9_]+$/.test(code) && (typeof syscall === 'string' || typeof errno === 'number');
}

/**
 * One line for a system error: what was done, on which path or address, and why, e.g.
 * `cannot open /data/entities/a.yaml: permission denied (EACCES)`. Null for anything else.
 */
export function describeSystemFault(error: unknown): string | null {
  if (!(error instanceof Error) || !isSystemError(error)) return null;
  const reason =
    error.code === 'EEXIST' && error.syscall === 'mkdir'
      ? 'a file is in the way, a folder was expected'
      : (REASONS[error.code] ?? error.message.replace(/^[A-Z0-9_]+: /, '').split(',')[0]);
  const action = ACTIONS[error.syscall ?? ''] ?? error.syscall ?? 'use';
  const where =
    error.path ??
    error.hostname ??
    (error.address === undefined ? undefined : error.port === undefined ? error.address : `${error.address}:${error.port}`);
  return `cannot ${action}${where === undefined ? '' : ` ${where}`}: ${reason} (${error.code})`;
}
