import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { curatedJsonSchemaFiles } from '../dataset/curated-json-schemas.js';
import { defaultSeedsDirectory } from '../dataset/default-seeds-directory.js';
import { InvalidArgumentError } from '../errors.js';
import { DATASET_SCHEMA_FOLDER, datasetModeline } from './dataset-layout.js';

const README = `# A diplomacy-graph dataset

Made by \`diplomacy-graph init\`. The format is described in the package's seeds/README.md.

    diplomacy-graph add-document ARTICLE.txt --data . --title "…" --published 2025-01-03
    diplomacy-graph validate --data . --watch     # every problem, again on every save
    diplomacy-graph serve --data . --watch        # GraphQL that reloads on every valid save
    diplomacy-graph schema --data .               # schema/*.json listing this dataset's ids
    diplomacy-graph diff OLD_DIR .                # facts added, removed and changed

Each YAML file names its JSON Schema (schema/) in its first line, so editors with
yaml-language-server (VS Code's YAML extension, Neovim, Helix, …) check and complete it.
`;

/** Files `init` writes, by path relative to the dataset directory. */
async function initialFiles(): Promise<Map<string, string>> {
  const seedsPredicates = await readFile(join(defaultSeedsDirectory(), 'vocabulary', 'predicates.yaml'), 'utf8');
  const predicates = seedsPredicates.replace(/^# yaml-language-server:.*\n/, '');
  const files = new Map<string, string>([
    ['README.md', README],
    ['documents.yaml', `${datasetModeline('documents.yaml')}\n`],
    ['vocabulary/predicates.yaml', `${datasetModeline('vocabulary/predicates.yaml')}\n${predicates}`],
    ['entities/entities.yaml', `${datasetModeline('entities/entities.yaml')}\n`],
    ['statements/statements.yaml', `${datasetModeline('statements/statements.yaml')}\n`],
    ['positions/positions.yaml', `${datasetModeline('positions/positions.yaml')}\n`],
  ]);
  for (const [name, text] of curatedJsonSchemaFiles()) files.set(`${DATASET_SCHEMA_FOLDER}/${name}`, text);
  return files;
}

/**
 * Writes an empty dataset into `directory` (created if needed; it must be empty): the layout,
 * the predicates vocabulary of the seeds, the JSON Schemas and a README. Returns the files
 * written, relative to the directory. Throws `InvalidArgumentError` for a non-empty directory:
 * nothing is overwritten.
 */
export async function initDataset(directory: string): Promise<string[]> {
  let existing: string[] = [];
  try {
    existing = await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing.length > 0)
    throw new InvalidArgumentError(
      `init: ${directory} is not empty (it has ${existing.slice(0, 3).join(', ')}${existing.length > 3 ? ', …' : ''}); nothing was written`,
    );
  const files = await initialFiles();
  await mkdir(join(directory, 'documents'), { recursive: true });
  for (const [path, text] of files) {
    await mkdir(join(directory, path, '..'), { recursive: true });
    await writeFile(join(directory, path), text, { flag: 'wx' });
  }
  return ['documents/', ...files.keys()];
}
