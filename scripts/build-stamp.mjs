#!/usr/bin/env node
/**
 * Keeps `npm start` from rebuilding a current build.
 *
 * `node scripts/build-stamp.mjs write` (the last step of `npm run build`) records a fingerprint of
 * the build's inputs in dist/.build-stamp; `node scripts/build-stamp.mjs ensure` (`prestart`)
 * rebuilds only when the fingerprint differs. The fingerprint is every input file's path, size and
 * modification time (no content hashing: it runs before every start), so it costs a directory walk,
 * not a compile (about 14 s of tsc on this machine).
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampFile = join(root, 'dist', '.build-stamp');
/** What the build reads: sources, SDL, operations and the configuration that shapes the output. */
const inputs = ['src', 'schema', 'operations', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build-cli-bundle.mjs'];

/**
 * @param {string} path
 * @returns {Generator<[string, import('node:fs').Stats]>}
 */
function* files(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return;
  if (!stat.isDirectory()) {
    yield [relative(root, path), stat];
    return;
  }
  for (const name of readdirSync(path).sort()) yield* files(join(path, name));
}

function fingerprint() {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const [path, stat] of files(join(root, input))) hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function stampIsCurrent() {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === fingerprint();
}

const command = process.argv[2];
if (command === 'write') {
  writeFileSync(stampFile, `${fingerprint()}\n`);
} else if (command === 'ensure') {
  if (!stampIsCurrent()) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
    process.exit(build.status ?? 1);
  }
} else {
  console.error('usage: node scripts/build-stamp.mjs write|ensure');
  process.exit(2);
}
