import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/cli-command.js';
import { describeSystemFault } from '../../src/cli/describe-system-fault.js';
import { endOnBrokenPipe } from '../../src/cli/end-on-broken-pipe.js';
import { runCli } from '../../src/cli/index.js';
import { MINI_SEEDS } from '../helpers/graphs.js';
import { fakeIo } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'diplomacy-graph-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const { io, stdout, stderr } = fakeIo({});
  const code = await runCli(argv, io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** A copy of the mini dataset in a fresh folder, changed by `change`. */
function dataset(name: string, change: (root: string) => void): string {
  const root = join(dir, name);
  cpSync(MINI_SEEDS, root, { recursive: true });
  change(root);
  return root;
}

/** Whether this machine gives a real EACCES for `path` even to root (procfs/sysfs files that no one may open so). */
function eaccesOn(path: string, mode: 'read' | 'list'): boolean {
  try {
    if (mode === 'list') readdirSync(path);
    else readFileSync(path);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EACCES';
  }
}

describe('the CLI reports every filesystem and network fault in one line, with exit code 3', () => {
  it('a symlink loop as --data', async () => {
    const loop = join(dir, 'loop');
    symlinkSync(loop, loop);
    const result = await cli('validate', '--data', loop);
    expect(result).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph validate: cannot open ${loop}/documents.yaml: too many levels of symbolic links (a symlink loop?) (ELOOP)\n`,
    });
  });

  it('a symlink loop inside the dataset', async () => {
    const root = dataset('inner-loop', (r) => symlinkSync(join(r, 'entities', 'x.yaml'), join(r, 'entities', 'x.yaml')));
    const result = await cli('stats', '--data', root);
    expect(result.code).toBe(EXIT.system);
    expect(result.stderr).toBe(
      `diplomacy-graph stats: cannot open ${root}/entities/x.yaml: too many levels of symbolic links (a symlink loop?) (ELOOP)\n`,
    );
  });

  it('--data pointing at a file', async () => {
    const file = join(dir, 'a-file.txt');
    writeFileSync(file, 'not a dataset');
    const result = await cli('validate', '--data', file);
    expect(result).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph validate: cannot open ${file}/documents.yaml: a file where a folder was expected (ENOTDIR)\n`,
    });
  });

  it('a folder where a file is expected (documents.yaml), and a file where a folder is expected (entities)', async () => {
    const folder = dataset('folder-for-file', (r) => {
      rmSync(join(r, 'documents.yaml'));
      mkdirSync(join(r, 'documents.yaml'));
    });
    expect(await cli('validate', '--data', folder)).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph validate: cannot read ${folder}/documents.yaml: is a folder, a file was expected (EISDIR)\n`,
    });
    const file = dataset('file-for-folder', (r) => {
      rmSync(join(r, 'entities'), { recursive: true });
      writeFileSync(join(r, 'entities'), '');
    });
    expect(await cli('validate', '--data', file)).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph validate: cannot list ${file}/entities: a file where a folder was expected (ENOTDIR)\n`,
    });
  });

  it.runIf(eaccesOn('/proc/sys/vm/compact_memory', 'read'))(
    'an unreadable file in the dataset (a real EACCES, even for root)',
    async () => {
      const root = dataset('unreadable-file', (r) => symlinkSync('/proc/sys/vm/compact_memory', join(r, 'entities', 'secret.yaml')));
      const result = await cli('validate', '--data', root);
      expect(result).toEqual({
        code: EXIT.system,
        stdout: '',
        stderr: `diplomacy-graph validate: cannot open ${root}/entities/secret.yaml: permission denied (EACCES)\n`,
      });
    },
  );

  it.runIf(eaccesOn('/proc/1/map_files', 'list'))('an unreadable folder in the dataset (a real EACCES, even for root)', async () => {
    const root = dataset('unreadable-folder', (r) => {
      rmSync(join(r, 'positions'), { recursive: true, force: true });
      symlinkSync('/proc/1/map_files', join(r, 'positions'));
    });
    const result = await cli('validate', '--data', root);
    expect(result).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph validate: cannot list ${root}/positions: permission denied (EACCES)\n`,
    });
  });

  it('export --out: under a file, a folder, a full device, a read-only special file', async () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, '');
    const underFile = join(file, 'out.gexf');
    const result = await cli('export', '--data', MINI_SEEDS, '--format', 'gexf', '--out', underFile);
    expect(result.code).toBe(EXIT.system);
    expect(result.stderr).toBe(
      `diplomacy-graph export: cannot create folder ${file}: a file is in the way, a folder was expected (EEXIST)\n`,
    );
    expect(await cli('export', '--data', MINI_SEEDS, '--format', 'gexf', '--out', dir)).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: `diplomacy-graph export: cannot open ${dir}: is a folder, a file was expected (EISDIR)\n`,
    });
    expect(await cli('export', '--data', MINI_SEEDS, '--format', 'ntriples', '--out', '/dev/full')).toEqual({
      code: EXIT.system,
      stdout: '',
      stderr: 'diplomacy-graph export: cannot write /dev/full: no space left on the device (ENOSPC)\n',
    });
    const special = await cli('export', '--data', MINI_SEEDS, '--format', 'gexf', '--out', '/proc/version');
    expect(special.code).toBe(EXIT.system);
    expect(special.stderr).toMatch(/^diplomacy-graph export: cannot (open|write) \/proc\/version: .+ \((EACCES|EIO|EROFS|EPERM)\)\n$/);
  });

  it.each([
    ['an invalid host name', 'no-such-host.invalid'],
    ['an address not on this machine', '203.0.113.7'],
  ])('serve --host: %s', async (_what, host) => {
    const result = await cli('serve', '--data', MINI_SEEDS, '--port', '0', '--host', host);
    expect(result.code).toBe(EXIT.system);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^diplomacy-graph serve: cannot listen on ${host.replaceAll('.', '\\.')}:0: `));
  });
});

describe('describeSystemFault', () => {
  it('names the operation, the path or address and the reason of real Node.js errors', () => {
    const eacces = Object.assign(new Error("EACCES: permission denied, open '/data/x.yaml'"), {
      code: 'EACCES',
      errno: -13,
      syscall: 'open',
      path: '/data/x.yaml',
    });
    expect(describeSystemFault(eacces)).toBe('cannot open /data/x.yaml: permission denied (EACCES)');
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND nope'), {
      code: 'ENOTFOUND',
      errno: -3008,
      syscall: 'getaddrinfo',
      hostname: 'nope',
    });
    expect(describeSystemFault(dns)).toBe('cannot resolve host nope: host not found (ENOTFOUND)');
    const inUse = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      errno: -98,
      syscall: 'listen',
      address: '127.0.0.1',
      port: 80,
    });
    expect(describeSystemFault(inUse)).toBe('cannot listen on 127.0.0.1:80: address already in use (EADDRINUSE)');
    const odd = Object.assign(new Error('EWEIRD: strange thing, open'), { code: 'EWEIRD', errno: -1, syscall: 'frob' });
    expect(describeSystemFault(odd)).toBe('cannot frob: strange thing (EWEIRD)');
    expect(describeSystemFault(new Error('plain'))).toBeNull();
    expect(describeSystemFault(Object.assign(new Error('x'), { code: 'ERR_INVALID_ARG_TYPE' }))).toBeNull();
  });

  it('an unexpected error prints its message in one line (no stack) and exits 70', async () => {
    const { io, stderr } = fakeIo({});
    const broken = {
      ...io,
      get env(): Record<string, string> {
        throw new Error('boom\n    at somewhere (file.ts:1:1)');
      },
    };
    const code = await runCli(['validate'], broken);
    expect(code).toBe(EXIT.internal);
    expect(stderr()).toBe('diplomacy-graph validate: unexpected error: boom\n');
  });
});

describe('EPIPE: `diplomacy-graph … | head` ends quietly', () => {
  it('endOnBrokenPipe: EPIPE exits 0 without a word; another write error exits 3', () => {
    const codes: number[] = [];
    const stream = new PassThrough();
    endOnBrokenPipe(stream, (code) => codes.push(code));
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    stream.emit('error', Object.assign(new Error('write ENOSPC'), { code: 'ENOSPC' }));
    expect(codes).toEqual([EXIT.ok, EXIT.system]);
  });

  it('the binary, its reader gone after the first bytes: exit 0, nothing on stderr', async () => {
    const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'export', '--format', 'ntriples', '--out', '-'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: '' });
  });
});
