#!/usr/bin/env node
/**
 * Stores the embedded seeds' parsed entries in dist/entry-cache (a step of `npm run build`), so
 * that `npm start`, `openGraph()` and the CLI load the seeds without parsing YAML. The cache is
 * content-addressed: after a seeds edit its entries simply miss, and the edited files are parsed.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildDataset, directoryEntryCache, readDatasetFiles } from '../dist/index.js';

const directory = fileURLToPath(new URL('../dist/entry-cache', import.meta.url));
rmSync(directory, { recursive: true, force: true });
const files = await readDatasetFiles(fileURLToPath(new URL('../seeds', import.meta.url)));
const dataset = buildDataset(files, { cache: directoryEntryCache({ directory }) });
console.log(`entry cache: dist/entry-cache holds the seeds' entries (${dataset.version})`);
