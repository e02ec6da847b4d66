/** A cell of a tidy table. */
export type CellValue = string | number | boolean | null;

function csvCell(value: CellValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Writes rows of a tidy table as RFC 4180 CSV (comma-separated, `"`-quoted where needed, CRLF
 * line ends, a header of the first row's keys). Null is an empty cell. Give `columns` to choose
 * and order the columns; an empty table with `columns` is just the header.
 */
export function rowsToCsv<Row extends object>(rows: readonly Row[], columns?: ReadonlyArray<keyof Row & string>): string {
  const header = columns ?? (rows[0] === undefined ? [] : (Object.keys(rows[0]) as Array<keyof Row & string>));
  const lines = [header.map((c) => csvCell(c)).join(',')];
  for (const row of rows) lines.push(header.map((c) => csvCell(row[c] as CellValue)).join(','));
  return lines.join('\r\n') + '\r\n';
}
