import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The published declarations, as a consumer compiles them: declarations emitted from src/index.ts
 * the way `npm run build` emits them, imported as 'diplomacy-graph' by a strict project with
 * `skipLibCheck: false`. Every declaration file the consumer then reads must come from our package
 * or from a package that `npm install diplomacy-graph` installs (not a dev dependency), or from
 * what a consumer compiling for Node brings: TypeScript's own libraries and @types/node (with its
 * undici-types).
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'node_modules', '.cache', 'published-types');
const packageDir = join(work, 'node_modules', 'diplomacy-graph');

interface LockEntry {
  readonly dev?: boolean;
}
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: ['node'],
  typeRoots: [join(root, 'node_modules', '@types')],
};

function emitDeclarations(): readonly ts.Diagnostic[] {
  const program = ts.createProgram([join(root, 'src', 'index.ts')], {
    ...compilerOptions,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: join(root, 'src'),
    outDir: join(packageDir, 'dist'),
  });
  return program.emit().diagnostics;
}

function consumerProgram(): ts.Program {
  const consumer = join(work, 'consumer.ts');
  writeFileSync(
    consumer,
    [
      "import { openGraph, createClient, createServer, toTurtle, type DiplomacyGraphHandle, type Statement } from 'diplomacy-graph';",
      'export const open: () => Promise<DiplomacyGraphHandle> = openGraph;',
      "export const client = createClient({ url: 'http://127.0.0.1:4000/graphql' });",
      'export const used = [createServer, toTurtle];',
      'export type S = Statement;',
    ].join('\n'),
  );
  return ts.createProgram([consumer], compilerOptions);
}

/** The package a declaration file belongs to (`graphology`, `@graphql-tools/schema`), or null. */
function packageOf(file: string): string | null {
  const parts = relative(root, file).split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || parts[0] !== 'node_modules') return null;
  const name = parts[at + 1] ?? '';
  return name.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
}

let consumer: ts.Program;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  // The consumer's own package.json, so that 'diplomacy-graph' is not resolved as this checkout's self-reference.
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  writeFileSync(
    join(packageDir, 'package.json'),
    JSON.stringify({
      name: 'diplomacy-graph',
      type: 'module',
      types: './dist/index.d.ts',
      exports: { '.': { types: './dist/index.d.ts' } },
    }),
  );
  expect(emitDeclarations()).toEqual([]);
  consumer = consumerProgram();
}, 240_000);

afterAll(() => {
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
});

describe('published type declarations', () => {
  it('compile in a consumer project with skipLibCheck: false', () => {
    const messages = ts
      .getPreEmitDiagnostics(consumer)
      .map((d) => `${d.file ? relative(root, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(messages).toEqual([]);
  }, 120_000); // a whole type check of the consumer: slow on a loaded machine

  it('read only declarations of packages that installing diplomacy-graph installs', () => {
    const packages = new Set<string>();
    for (const file of consumer.getSourceFiles()) {
      const name = packageOf(file.fileName);
      if (name && name !== 'diplomacy-graph' && !file.fileName.startsWith(packageDir)) packages.add(name);
    }
    const consumerOwn = new Set(['typescript', '@types/node', 'undici-types']);
    const devOnly = [...packages].filter((name) => !consumerOwn.has(name) && lock.packages[`node_modules/${name}`]?.dev === true);
    expect(devOnly).toEqual([]);
    expect(packages).toContain('graphology');
  });
});
