import type { CuratedFileKind } from '../dataset/curated-json-schemas.js';
import { jsonSchemaFileName, schemaModeline } from '../dataset/curated-json-schemas.js';

/** Folder of a dataset directory where `init` and `schema` write its JSON Schemas. */
export const DATASET_SCHEMA_FOLDER = 'schema';

/** The kind of curated file at `path` (relative to the dataset directory), or null for none. */
function curatedFileKind(path: string): CuratedFileKind | null {
  if (path === 'documents.yaml') return 'documents';
  if (path === 'coverage.yaml') return 'coverage';
  const [folder, name, ...rest] = path.split('/');
  if (rest.length > 0 || name === undefined || !name.endsWith('.yaml')) return null;
  const kinds: Readonly<Record<string, CuratedFileKind>> = {
    vocabulary: 'predicates',
    entities: 'entities',
    statements: 'statements',
    positions: 'positions',
  };
  return kinds[folder ?? ''] ?? null;
}

/**
 * The yaml-language-server header of a curated file at `path` in a dataset made by `init`: it
 * names the dataset's own schema in `schema/`, by a path relative to the file.
 */
export function datasetModeline(path: string): string {
  const kind = curatedFileKind(path);
  if (kind === null) throw new Error(`datasetModeline: ${path} is no curated file`);
  const up = '../'.repeat(path.split('/').length - 1);
  return schemaModeline(`${up}${DATASET_SCHEMA_FOLDER}/${jsonSchemaFileName(kind)}`);
}
