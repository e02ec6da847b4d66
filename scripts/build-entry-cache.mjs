#!/usr/bin/env node
/**
 * Stores the embedded seeds' parsed entries and validated snapshot in dist/entry-cache (a step of
 * `npm run build`), so that `npm start`, `openGraph()` and the CLI load the seeds without parsing
 * or validating them again. The cache is content-addressed: after a seeds edit the snapshot and
 * the edited files' entries simply miss, and the edited files are parsed and everything validated.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { directoryEntryCache, loadDataset } from '../dist/index.js';

const directory = fileURLToPath(new URL('../dist/entry-cache', import.meta.url));
rmSync(directory, { recursive: true, force: true });
const dataset = await loadDataset(fileURLToPath(new URL('../seeds', import.meta.url)), { cache: directoryEntryCache({ directory }) });
console.log(`entry cache: dist/entry-cache holds the seeds' entries and snapshot (${dataset.version})`);
