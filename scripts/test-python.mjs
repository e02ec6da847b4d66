// npm run test:python: the Python client's tests (pytest) against real servers they start.
//
// 1. builds the package (the tests run `node dist/cli/main.js serve` and `tables`);
// 2. makes .venv with the system's site packages (Debian's python3-pandas, -networkx,
//    -matplotlib, -pytest; no Python package index needed) unless it exists;
// 3. installs ./python into it: pip install --no-deps --no-build-isolation ./python (the
//    setuptools backend comes from Debian's python3-setuptools);
// 4. type-checks python/src and python/tests with mypy --strict (Debian: mypy; skipped with a
//    warning when mypy is missing, except in CI);
// 5. runs pytest on python/tests.
// PYTHON names the Python to make the venv with (default /usr/bin/python3 if present, else python3).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const python = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const venvPython = join(root, '.venv', 'bin', 'python');
/**
 * @param {string} command
 * @param {string[]} args
 */
const run = (command, args) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });

console.log('== build');
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);

if (!existsSync(venvPython)) {
  console.log(`== ${python} -m venv --system-site-packages .venv`);
  run(python, ['-m', 'venv', '--system-site-packages', join(root, '.venv')]);
}
console.log('== pip install --no-deps --no-build-isolation ./python');
run(venvPython, ['-m', 'pip', 'install', '--quiet', '--no-deps', '--no-build-isolation', '--no-index', join(root, 'python')]);

if (hasModule('mypy')) {
  console.log('== mypy --strict python/src python/tests');
  run(venvPython, [
    '-m',
    'mypy',
    '--strict',
    '--ignore-missing-imports',
    '--cache-dir',
    '/dev/null',
    join(root, 'python', 'src'),
    join(root, 'python', 'tests'),
  ]);
} else if (process.env.CI) {
  console.error('mypy is missing (Debian: apt-get install mypy)');
  process.exit(1);
} else console.warn('== mypy skipped: not installed (Debian: apt-get install mypy)');

console.log('== pytest python/tests');
run(venvPython, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', join(root, 'python', 'tests')]);

/** Whether the venv's Python can import `name`. @param {string} name */
function hasModule(name) {
  try {
    execFileSync(venvPython, ['-c', `import ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
