import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The project compiles and type-checks with its own TypeScript (the `typescript` dev dependency),
 * run by path: `tsc` on npm's PATH is whichever package's bin link won, and tslab (the notebooks'
 * kernel) brings its own older TypeScript with a `tsc` bin. Under it, `npm run typecheck` passed
 * code that TypeScript 5.9 rejects, and the suites that build by path failed in CI.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("the project's TypeScript", () => {
  it('is the declared dev dependency', () => {
    expect(ts.version.startsWith(`${manifest.devDependencies['typescript']}.`)).toBe(true);
  });

  it('is what every npm script that compiles runs, by path', () => {
    const compiling = Object.entries(manifest.scripts).filter(([, command]) => /\btsc\b/.test(command));
    expect(compiling.map(([name]) => name).sort()).toEqual(['build', 'typecheck']);
    for (const [name, command] of compiling) {
      const calls = command.split('&&').filter((step) => /\btsc\b/.test(step));
      for (const call of calls) expect(call.trim(), name).toMatch(/^node node_modules\/typescript\/bin\/tsc /);
    }
  });
});
