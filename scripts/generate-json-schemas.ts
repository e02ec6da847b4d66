/**
 * Writes schema/json/*.schema.json, the JSON Schemas of the curated files, from the loader's zod
 * schemas (`npm run schemas`). tests/dataset/json-schemas.test.ts fails when they are stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { curatedJsonSchemaFiles } from '../src/dataset/curated-json-schemas.js';

const out = fileURLToPath(new URL('../schema/json/', import.meta.url));
await mkdir(out, { recursive: true });
for (const [name, text] of curatedJsonSchemaFiles()) {
  await writeFile(`${out}${name}`, text);
  process.stdout.write(`schema/json/${name}\n`);
}
