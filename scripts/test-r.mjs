// npm run test:r: writes the tidy tables with the built CLI into a temporary folder and reads them
// in R with examples/read-tables.R (types and factor levels from datapackage.json, primary keys
// checked unique); fails if R fails or prints no dataset version. Needs r-base-core r-cran-jsonlite.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'diplomacy-graph-r-'));
try {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [join(root, 'dist', 'cli', 'main.js'), 'tables', '--out', out], { cwd: root, stdio: 'ignore' });
  const printed = execFileSync('Rscript', [join(root, 'examples', 'read-tables.R'), out], { cwd: root, encoding: 'utf8' });
  process.stdout.write(printed);
  if (!/^dataset sha256:[0-9a-f]{64}/m.test(printed)) {
    console.error('examples/read-tables.R printed no dataset version');
    process.exit(1);
  }
  console.log('R read every table with its declared types');
} finally {
  rmSync(out, { recursive: true, force: true });
}
