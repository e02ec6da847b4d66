// Fails when the committed generated code differs from what `npm run codegen` produces now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, cpSync, existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const generatedDirs = ['src/graphql/generated', 'src/client/generated'].filter((d) => existsSync(d));
const backup = mkdtempSync(join(tmpdir(), 'codegen-check-'));
for (const dir of generatedDirs) cpSync(dir, join(backup, dir), { recursive: true });
execFileSync(process.execPath, ['node_modules/@graphql-codegen/cli/cjs/bin.js', '--config', 'codegen.ts', '--silent'], {
  stdio: 'inherit',
});
const stale = [];
for (const dir of generatedDirs) {
  for (const name of readdirSync(dir, { recursive: true })) {
    const path = join(dir, String(name));
    const before = join(backup, path);
    if (statSync(path).isDirectory()) continue;
    if (!existsSync(before) || readFileSync(path, 'utf8') !== readFileSync(before, 'utf8')) stale.push(path);
  }
}
rmSync(backup, { recursive: true, force: true });
if (stale.length > 0) {
  console.error(
    `Generated code was out of date with schema/ or operations/ (now regenerated):\n  ${stale.join('\n  ')}\nCommit the regenerated files.`,
  );
  process.exit(1);
}
console.log('codegen: generated code matches the schema');
