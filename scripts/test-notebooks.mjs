// npm run test:notebooks (CI): re-executes both example notebooks headlessly into a temporary
// folder and fails on any cell error, stderr output or missing result; then checks the committed
// notebooks: they must carry outputs with at least one figure, from the current dataset version
// (else: run `npm run notebooks` and commit). KEEP_NOTEBOOK_OUTPUT=1 keeps the executed copies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executeNotebook } from './notebook-tools.mjs';
import { NOTEBOOKS, prepare, problemsOf } from './notebooks.mjs';

prepare();
const out = mkdtempSync(join(tmpdir(), 'diplomacy-graph-notebooks-'));
try {
  const executed = NOTEBOOKS.map((spec) => executeNotebook(spec.path, spec.kernel, out));
  const problems = [
    ...problemsOf(executed).map((p) => `executed ${p}`),
    ...problemsOf(NOTEBOOKS.map((n) => n.path)).map((p) => `committed ${p}`),
  ];
  if (problems.length > 0) {
    console.error(`notebook check failed:\n  ${problems.join('\n  ')}`);
    if (problems.some((p) => p.startsWith('committed'))) console.error('Run `npm run notebooks` and commit the notebooks.');
    process.exit(1);
  }
  console.log(`notebooks ok: ${NOTEBOOKS.map((n) => n.path).join(', ')} executed without errors; committed outputs match the dataset`);
} finally {
  if (!process.env.KEEP_NOTEBOOK_OUTPUT) rmSync(out, { recursive: true, force: true });
  else console.log(`executed notebooks kept in ${out}`);
}
