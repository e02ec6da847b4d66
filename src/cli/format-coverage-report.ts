import type { CoverageReport } from '../graph/coverage-report.js';

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The coverage report as text for a terminal: counts, then per document what no quote covers, then unlinked names. */
export function formatCoverageReport(report: CoverageReport): string {
  const kinds = Object.entries(report.entities)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const total = Object.values(report.entities).reduce((a, b) => a + b, 0);
  const lines = [
    `dataset ${report.version}`,
    `entities ${total} (${kinds})`,
    `statements ${report.statements}, positions ${report.positions}, mentions ${report.mentions}, evidence ${report.evidence}`,
    '',
    'documents:',
  ];
  for (const [id, doc] of Object.entries(report.documents)) {
    lines.push(
      `  ${id}: statements ${doc.statements}, positions ${doc.positions}, paragraphs ${doc.paragraphs}, ` +
        `uncovered ${doc.uncoveredParagraphs.length}, excused ${doc.excusedParagraphs.length}`,
    );
    for (const p of doc.uncoveredParagraphs) lines.push(`    uncovered ¶${p.index} [${p.start}-${p.end}] ${oneLine(p.text)}`);
  }
  lines.push('', `unlinked names: ${report.unlinkedNames.length}`);
  for (const name of report.unlinkedNames) lines.push(`  ${name.name} ×${name.count} (${name.documents.join(', ')})`);
  lines.push(`excused names: ${report.excusedNames.length}`, '');
  const { inferred } = report;
  const counts = (record: Readonly<Record<string, number>>): string =>
    Object.entries(record)
      .map(([field, n]) => `${field} ${n}`)
      .join(', ');
  lines.push(`inferred: ${inferred.total} (${counts(inferred.byField)})`);
  for (const reason of inferred.byReason) lines.push(`  ×${reason.count} ${oneLine(reason.reason)} [${counts(reason.fields)}]`);
  lines.push(`derived times: ${counts(inferred.derivedTimes) || 'none'}`, '');
  return lines.join('\n');
}
