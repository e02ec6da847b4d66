// The example notebooks, executed with Jupyter's nbconvert:
//   npm run notebooks        executes both in place, so they are committed with their outputs
//                            (GitHub renders them), then checks them; run it after changing the
//                            seeds, the notebooks or what they call, and commit the notebooks;
//   npm run test:notebooks   (CI; `--check`) executes both into a temporary folder and fails on any
//                            cell error, stderr output or missing result, then checks the committed
//                            notebooks: outputs with at least one figure, from the current dataset
//                            version (else: run `npm run notebooks` and commit).
//                            KEEP_NOTEBOOK_OUTPUT=1 keeps the executed copies.
// Both build the package and link node_modules/diplomacy-graph to it (the TS notebook imports it as
// a user would), register the tslab kernel, and install the Python client into .venv with a
// `python3` kernel spec running the venv's Python.
//
// Needs Jupyter with nbconvert (Debian: jupyter-nbconvert python3-nbclient python3-ipykernel
// jupyter-client) and, for the Python notebook, python3-pandas python3-networkx python3-matplotlib
// python3-venv python3-setuptools. JUPYTER_PYTHON names the Python that has Jupyter (default
// /usr/bin/python3 if present, else python3).
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const python = process.env.JUPYTER_PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');
const venv = join(ROOT, '.venv');
/** Where the kernel spec of the venv's Python is written; put first on JUPYTER_PATH. */
const venvJupyter = join(venv, 'share', 'jupyter');
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  JUPYTER_PATH: [venvJupyter, process.env.JUPYTER_PATH].filter(Boolean).join(delimiter),
  PYDEVD_DISABLE_FILE_VALIDATION: '1',
  PYTHONDONTWRITEBYTECODE: '1',
};
/**
 * @param {string} command
 * @param {string[]} args
 */
const run = (command, args) => execFileSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });

/** Builds dist/ and links node_modules/diplomacy-graph to this package (the TS notebook imports it as a user would). */
function buildAndLink() {
  console.log('== build');
  run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
  const link = join(ROOT, 'node_modules', 'diplomacy-graph');
  if (!existsSync(link) && !isSymlink(link)) {
    symlinkSync('..', link, 'dir');
    console.log('== linked node_modules/diplomacy-graph -> .');
  }
}

/** Registers the tslab kernel with Jupyter if it is not registered yet. */
function ensureTslabKernel() {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- JSON.parse; the JSDoc cast gives the shape
  const kernels = /** @type {{ kernelspecs: Record<string, unknown> }} */ (
    JSON.parse(execFileSync(python, ['-m', 'jupyter', 'kernelspec', 'list', '--json'], { cwd: ROOT, env, encoding: 'utf8' }))
  );
  if (!('tslab' in kernels.kernelspecs)) {
    console.log('== registering the tslab kernel');
    run(process.execPath, [join(ROOT, 'node_modules', 'tslab', 'bin', 'tslab'), 'install', `--python=${python}`]);
  }
}

/**
 * Makes .venv (with the system's site packages) unless it exists, installs ./python into it, and
 * writes a `python3` kernel spec running the venv's Python into .venv/share/jupyter, which
 * JUPYTER_PATH puts first: the Python notebook keeps the standard kernel name and imports the client.
 */
function ensurePythonKernel() {
  const venvPython = join(venv, 'bin', 'python');
  if (!existsSync(venvPython)) {
    console.log('== python3 -m venv --system-site-packages .venv');
    run(python, ['-m', 'venv', '--system-site-packages', venv]);
  }
  console.log('== pip install --no-deps --no-build-isolation ./python');
  run(venvPython, ['-m', 'pip', 'install', '--quiet', '--no-deps', '--no-build-isolation', '--no-index', join(ROOT, 'python')]);
  const spec = join(venvJupyter, 'kernels', 'python3');
  mkdirSync(spec, { recursive: true });
  const kernel = {
    argv: [venvPython, '-m', 'ipykernel_launcher', '-f', '{connection_file}'],
    display_name: 'Python 3 (ipykernel)',
    language: 'python',
  };
  writeFileSync(join(spec, 'kernel.json'), `${JSON.stringify(kernel, null, 1)}\n`);
}

/**
 * Executes a notebook with nbconvert: in place (`out` undefined) or into the folder `out`; resolves
 * to the path of the executed notebook. Cell timings are not recorded, so a re-run changes only outputs.
 * @param {string} notebook path relative to the repository root
 * @param {string} kernel
 * @param {string} [out]
 */
function executeNotebook(notebook, kernel, out) {
  console.log(`== execute ${notebook}${out ? '' : ' in place'}`);
  const where = out ? ['--output-dir', out] : ['--inplace'];
  run(python, [
    '-m',
    'jupyter',
    'nbconvert',
    '--to',
    'notebook',
    '--execute',
    `--ExecutePreprocessor.kernel_name=${kernel}`,
    '--ExecutePreprocessor.timeout=300',
    '--ExecutePreprocessor.record_timing=False',
    ...where,
    join(ROOT, notebook),
  ]);
  return out ? join(out, notebook.split('/').pop() ?? notebook) : join(ROOT, notebook);
}

/** The dataset version of the embedded seeds, as `diplomacy-graph validate` prints it. */
function currentDatasetVersion() {
  const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'validate'], { cwd: ROOT, encoding: 'utf8' });
  const match = /^ok (sha256:[0-9a-f]{64})$/m.exec(out);
  if (!match) throw new Error(`diplomacy-graph validate printed no version:\n${out}`);
  return match[1];
}

/**
 * @typedef {{ output_type: string, name?: string, text?: string | string[], ename?: string, evalue?: string,
 *   data?: Record<string, string | string[]> }} Output
 * @typedef {{ cell_type: string, outputs: Output[] }} Cell
 * @typedef {{ cells: Cell[] }} Notebook
 */

/** @param {string} path @returns {Notebook} */
function readNotebook(path) {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- JSON.parse; the JSDoc return type gives the shape
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** @param {string | string[] | undefined} value */
const text = (value) => (Array.isArray(value) ? value.join('') : (value ?? ''));

/** The stdout text, the rich outputs and the dataset version a notebook printed. @param {Notebook} nb */
function outputsOf(nb) {
  const outputs = nb.cells.filter((c) => c.cell_type === 'code').flatMap((c) => c.outputs);
  const stdout = outputs
    .filter((o) => o.output_type === 'stream' && o.name === 'stdout')
    .map((o) => text(o.text))
    .join('');
  const rich = outputs.filter((o) => o.output_type === 'display_data' || o.output_type === 'execute_result').map((o) => o.data ?? {});
  const figures = rich.filter((d) => 'image/png' in d || text(d['image/svg+xml']).includes('<svg')).length;
  const version = /^dataset (sha256:[0-9a-f]{64})$/m.exec(stdout)?.[1] ?? null;
  return { stdout, rich, figures, version };
}

/**
 * What is wrong with an executed notebook in general: cells that failed, wrote to stderr or printed
 * nothing; no figure; no dataset version printed, or another than `version`.
 * @param {Notebook} nb
 * @param {string} version
 */
function commonProblems(nb, version) {
  const problems = [];
  nb.cells
    .filter((c) => c.cell_type === 'code')
    .forEach((cell, i) => {
      if (cell.outputs.length === 0) problems.push(`code cell ${i + 1} produced no output`);
      for (const output of cell.outputs) {
        if (output.output_type === 'error') problems.push(`code cell ${i + 1}: ${output.ename}: ${output.evalue}`);
        if (output.output_type === 'stream' && output.name === 'stderr')
          problems.push(`code cell ${i + 1} wrote to stderr: ${text(output.text).slice(0, 500)}`);
      }
    });
  const { figures, version: printed } = outputsOf(nb);
  if (figures === 0) problems.push('no figure (PNG or SVG) in the outputs');
  if (printed === null) problems.push('no "dataset sha256:…" line printed');
  else if (printed !== version) problems.push(`outputs are from dataset ${printed}, not the current ${version}`);
  return problems;
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
 * @typedef {Notebook} Notebook
 * @typedef {{ path: string, kernel: string, problems: (nb: Notebook) => string[] }} NotebookSpec
 */

/** @type {NotebookSpec[]} */
const NOTEBOOKS = [
  {
    path: 'examples/diplomacy-graph.ipynb',
    kernel: 'tslab',
    problems(nb) {
      const { stdout, rich } = outputsOf(nb);
      const problems = [];
      if (!/—member of→ Board of Peace\n {4}“/.test(stdout))
        problems.push('the typed query printed no statement of the Board of Peace with its evidence');
      if (!rich.some((d) => text(d['image/svg+xml']).includes('<svg'))) problems.push('no SVG picture displayed');
      if (!rich.some((d) => text(d['text/html']).includes('<table>'))) problems.push('no HTML table displayed');
      if (!/diplomacy\.gexf {2}\d+ bytes/.test(stdout) || !/edges\.csv {2}\d+ bytes/.test(stdout))
        problems.push('the exports were not written');
      return problems;
    },
  },
  {
    path: 'examples/python-research.ipynb',
    kernel: 'python3',
    problems(nb) {
      const { stdout, rich } = outputsOf(nb);
      const problems = [];
      const pngs = rich.filter((d) => 'image/png' in d).length;
      if (pngs < 3) problems.push(`${pngs} PNG figures, expected 3 (stances, network, timeline)`);
      if (!/^\d+ positions of Tokayev in \d+ quotes$/m.test(stdout)) problems.push('no count of Tokayev’s positions');
      if (!/^statement:kz-member-of-ots: member of — “/m.test(stdout)) problems.push('no edge evidence printed for Kazakhstan → OTS');
      if (!rich.some((d) => text(d['text/html']).includes('two-state solution')))
        problems.push('no provenance table of the two-state solution');
      return problems;
    },
  },
];

/** Prepares both kernels and the built package. */
function prepare() {
  buildAndLink();
  ensureTslabKernel();
  ensurePythonKernel();
}

/**
 * Every problem of the executed notebooks at `paths` (same order as NOTEBOOKS), each prefixed with
 * its notebook.
 * @param {string[]} paths
 */
function problemsOf(paths) {
  const version = currentDatasetVersion();
  return NOTEBOOKS.flatMap((spec, i) => {
    const nb = readNotebook(paths[i] ?? spec.path);
    return [...commonProblems(nb, version), ...spec.problems(nb)].map((p) => `${spec.path}: ${p}`);
  });
}

if (process.argv.includes('--check')) check();
else executeInPlace();

/** npm run notebooks: executes both notebooks in place and checks them. */
function executeInPlace() {
  prepare();
  const paths = NOTEBOOKS.map((spec) => executeNotebook(spec.path, spec.kernel));
  fail(problemsOf(paths));
  console.log(`notebooks executed in place with dataset ${currentDatasetVersion()}: ${NOTEBOOKS.map((n) => n.path).join(', ')}`);
}

/** npm run test:notebooks: executes both into a temporary folder; checks them and the committed ones. */
function check() {
  prepare();
  const out = mkdtempSync(join(tmpdir(), 'diplomacy-graph-notebooks-'));
  try {
    const executed = NOTEBOOKS.map((spec) => executeNotebook(spec.path, spec.kernel, out));
    fail([...problemsOf(executed).map((p) => `executed ${p}`), ...problemsOf(NOTEBOOKS.map((n) => n.path)).map((p) => `committed ${p}`)]);
    console.log(`notebooks ok: ${NOTEBOOKS.map((n) => n.path).join(', ')} executed without errors; committed outputs match the dataset`);
  } finally {
    if (!process.env.KEEP_NOTEBOOK_OUTPUT) rmSync(out, { recursive: true, force: true });
    else console.log(`executed notebooks kept in ${out}`);
  }
}

/** Exits 1 listing the problems, if any. @param {string[]} problems */
function fail(problems) {
  if (problems.length === 0) return;
  console.error(`notebook check failed:\n  ${problems.join('\n  ')}`);
  if (problems.some((p) => p.startsWith('committed'))) console.error('Run `npm run notebooks` and commit the notebooks.');
  process.exit(1);
}
