// Bundles the browser explorer (src/explorer) into static assets: `node scripts/build-explorer.mjs [outdir]`
// (default dist/explorer; `npm run build` runs it). Asset names carry a content hash, so the server
// can cache them forever; index.html names them and is served with `no-cache` and an ETag.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the explorer into `outdir`; resolves to the names of the files written. */
export async function buildExplorer(outdir = join(root, 'dist/explorer')) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [
      { in: 'src/explorer/app/main.ts', out: 'explorer' },
      { in: 'src/explorer/static/style.css', out: 'explorer' },
    ],
    outdir,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = Object.keys(result.metafile.outputs).map((path) => basename(path));
  const script = outputs.find((name) => /^explorer-\w+\.js$/.test(name));
  const style = outputs.find((name) => /^explorer-\w+\.css$/.test(name));
  if (script === undefined || style === undefined) throw new Error(`build-explorer: no script or style among ${outputs.join(', ')}`);
  const html = readFileSync(join(root, 'src/explorer/static/index.html'), 'utf8')
    .replace('%SCRIPT%', `%BASE%${script}`)
    .replace('%STYLE%', `%BASE%${style}`);
  writeFileSync(join(outdir, 'index.html'), html);
  return [...outputs, 'index.html'];
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
  const files = await buildExplorer(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  process.stdout.write(`explorer: ${files.join(', ')}\n`);
}
