import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PYTHON_TABLE_SCHEMAS, pythonTableSchemasJson } from '../../scripts/write-python-table-schemas.js';

describe('the Python client’s table_schemas.json', () => {
  it('is the Table Schema of every tidy table (regenerate: npx tsx scripts/write-python-table-schemas.ts)', () => {
    expect(readFileSync(PYTHON_TABLE_SCHEMAS, 'utf8')).toBe(pythonTableSchemasJson());
  });
});
