// The example notebooks: their definitions, and `npm run notebooks`, which executes both in place
// (so they are committed with their outputs, which GitHub renders) and checks them.
// Run it after changing the seeds, the notebooks or what they call; commit the notebooks.
import {
  buildAndLink,
  commonProblems,
  currentDatasetVersion,
  ensurePythonKernel,
  ensureTslabKernel,
  executeNotebook,
  outputsOf,
  readNotebook,
  text,
} from './notebook-tools.mjs';

/**
 * @typedef {import('./notebook-tools.mjs').Notebook} Notebook
 * @typedef {{ path: string, kernel: string, problems: (nb: Notebook) => string[] }} NotebookSpec
 */

/** @type {NotebookSpec[]} */
export const NOTEBOOKS = [
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
export function prepare() {
  buildAndLink();
  ensureTslabKernel();
  ensurePythonKernel();
}

/**
 * Every problem of the executed notebooks at `paths` (same order as NOTEBOOKS), each prefixed with
 * its notebook.
 * @param {string[]} paths
 */
export function problemsOf(paths) {
  const version = currentDatasetVersion();
  return NOTEBOOKS.flatMap((spec, i) => {
    const nb = readNotebook(paths[i] ?? spec.path);
    return [...commonProblems(nb, version), ...spec.problems(nb)].map((p) => `${spec.path}: ${p}`);
  });
}

if (process.argv[1] === import.meta.filename) {
  prepare();
  const paths = NOTEBOOKS.map((spec) => executeNotebook(spec.path, spec.kernel));
  const problems = problemsOf(paths);
  if (problems.length > 0) {
    console.error(`notebook check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`notebooks executed in place with dataset ${currentDatasetVersion()}: ${NOTEBOOKS.map((n) => n.path).join(', ')}`);
}
