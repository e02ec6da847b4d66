// npm run test:notebook: executes examples/diplomacy-graph.ipynb headlessly with the tslab
// TypeScript kernel and fails if any cell fails or an expected output is missing.
//
// 1. builds the package (the notebook imports the built 'diplomacy-graph', as a user would);
// 2. links node_modules/diplomacy-graph to this package, so the import resolves here;
// 3. registers the tslab kernel with Jupyter if it is not registered yet;
// 4. runs `jupyter nbconvert --execute` (timeout per cell) into a temporary folder;
// 5. checks the executed notebook: every code cell has output and no error or stderr output, the
//    typed query, the HTML table, the SVG picture and the exports are there.
// KEEP_NOTEBOOK_OUTPUT=1 keeps the executed notebook (its path is printed).
//
// Needs Jupyter with nbconvert (Debian: jupyter-nbconvert python3-nbclient python3-ipykernel
// jupyter-client). JUPYTER_PYTHON names the Python that has Jupyter (default /usr/bin/python3 if
// present, else python3).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const notebook = join(root, 'examples', 'diplomacy-graph.ipynb');
const python = process.env.JUPYTER_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const env = { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}` };
/**
 * @param {string} command
 * @param {string[]} args
 */
const run = (command, args) => execFileSync(command, args, { cwd: root, env, stdio: 'inherit' });

console.log('== build');
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);

const link = join(root, 'node_modules', 'diplomacy-graph');
if (!existsSync(link) && !isSymlink(link)) {
  symlinkSync('..', link, 'dir');
  console.log('== linked node_modules/diplomacy-graph -> .');
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON.parse; the JSDoc cast gives the shape
const kernels = /** @type {{ kernelspecs: Record<string, unknown> }} */ (
  JSON.parse(execFileSync(python, ['-m', 'jupyter', 'kernelspec', 'list', '--json'], { cwd: root, env, encoding: 'utf8' }))
);
if (!('tslab' in kernels.kernelspecs)) {
  console.log('== registering the tslab kernel');
  run(process.execPath, [join(root, 'node_modules', 'tslab', 'bin', 'tslab'), 'install', `--python=${python}`]);
}

console.log('== execute examples/diplomacy-graph.ipynb');
const out = mkdtempSync(join(tmpdir(), 'diplomacy-graph-notebook-'));
try {
  run(python, [
    '-m',
    'jupyter',
    'nbconvert',
    '--to',
    'notebook',
    '--execute',
    '--ExecutePreprocessor.kernel_name=tslab',
    '--ExecutePreprocessor.timeout=300',
    '--output-dir',
    out,
    '--output',
    'executed.ipynb',
    notebook,
  ]);
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON.parse; the JSDoc cast gives the shape
  const executed = /** @type {Notebook} */ (JSON.parse(readFileSync(join(out, 'executed.ipynb'), 'utf8')));
  const problems = check(executed);
  if (problems.length > 0) {
    console.error(`notebook check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`notebook ok: ${executed.cells.filter((c) => c.cell_type === 'code').length} code cells ran without errors`);
} finally {
  if (!process.env.KEEP_NOTEBOOK_OUTPUT) rmSync(out, { recursive: true, force: true });
  else console.log(`executed notebook kept in ${out}`);
}

/** @param {string} path */
function isSymlink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * @typedef {{ output_type: string, name?: string, text?: string | string[], ename?: string, evalue?: string,
 *   data?: Record<string, string | string[]> }} Output
 * @typedef {{ cell_type: string, outputs: Output[] }} Cell
 * @typedef {{ cells: Cell[] }} Notebook
 */

/**
 * What is wrong with the executed notebook: cells that failed or printed nothing, missing outputs.
 * @param {Notebook} nb
 * @returns {string[]}
 */
function check(nb) {
  const problems = [];
  const code = nb.cells.filter((c) => c.cell_type === 'code');
  /** @param {string | string[] | undefined} value */
  const text = (value) => (Array.isArray(value) ? value.join('') : (value ?? ''));
  const outputs = code.flatMap((c) => c.outputs);
  code.forEach((cell, i) => {
    // tslab leaves execution_count empty, so a cell that ran is one with output (every cell prints or displays).
    if (cell.outputs.length === 0) problems.push(`code cell ${i + 1} produced no output`);
    for (const output of cell.outputs) {
      if (output.output_type === 'error') problems.push(`code cell ${i + 1}: ${output.ename}: ${output.evalue}`);
      if (output.output_type === 'stream' && output.name === 'stderr')
        problems.push(`code cell ${i + 1} wrote to stderr: ${text(output.text).slice(0, 500)}`);
    }
  });
  const stdout = outputs
    .filter((o) => o.output_type === 'stream' && o.name === 'stdout')
    .map((o) => text(o.text))
    .join('');
  const displays = outputs.filter((o) => o.output_type === 'display_data').map((o) => o.data ?? {});
  if (!/^dataset sha256:[0-9a-f]{64}$/m.test(stdout)) problems.push('no dataset version printed');
  if (!/—member of→ Board of Peace\n {4}“/.test(stdout))
    problems.push('the typed query printed no statement of the Board of Peace with its evidence');
  if (!displays.some((d) => text(d['image/svg+xml']).includes('<svg'))) problems.push('no SVG picture displayed');
  if (!displays.some((d) => text(d['text/html']).includes('<table>'))) problems.push('no HTML table displayed');
  if (!/diplomacy\.gexf {2}\d+ bytes/.test(stdout) || !/edges\.csv {2}\d+ bytes/.test(stdout))
    problems.push('the exports were not written');
  return problems;
}
