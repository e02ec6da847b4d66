import type { Worksheet } from './document-worksheet.js';

const range = (start: number, end: number): string => `${start}-${end}`;

/** The worksheet as Markdown, for the curator to read beside the document. */
export function formatWorksheet(ws: Worksheet): string {
  const lines: string[] = [
    `# Worksheet: ${ws.document.id}`,
    '',
    `documents/${ws.document.file} (sha256 ${ws.document.sha256.slice(0, 16)}…), dataset ${ws.datasetVersion.slice(0, 19)}…`,
    `${ws.paragraphs.length} paragraphs, ${ws.uncoveredParagraphs.length} not yet covered; ${ws.statements} statements and ${ws.positions} positions cite it.`,
    '',
    '## Paragraphs',
    '',
  ];
  for (const p of ws.paragraphs) {
    const state = p.excused !== null ? `excused: ${p.excused}` : p.covered ? 'covered' : 'NOT COVERED';
    lines.push(`¶${p.index} [${range(p.start, p.end)}] ${state}`, '', ...p.text.split('\n').map((l) => `> ${l}`), '');
  }
  lines.push('## Known entities it mentions', '');
  if (ws.entities.length === 0) lines.push('(none)');
  for (const e of ws.entities) {
    const where = e.mentions.map((m) => `"${m.alias}" ${range(m.start, m.end)} ¶${m.paragraph}`).join('; ');
    lines.push(`- ${e.id} (${e.name}): ${where}`);
  }
  lines.push('', '## Names not linked to any entity', '');
  if (ws.unlinkedNames.length === 0) lines.push('(none)');
  for (const n of ws.unlinkedNames) {
    lines.push(`- "${n.name}" ×${n.offsets.length}: ${n.offsets.map(([s, e]) => range(s, e)).join(', ')}`);
  }
  lines.push(
    '',
    '## Next steps',
    '',
    '1. Add an entity (entities/*.yaml) for each name above that is one, with the forms the text uses as aliases;',
    '   excuse the others in coverage.yaml (`name:` and `reason:`).',
    '2. For each paragraph NOT COVERED, write the statements (statements/*.yaml) and positions (positions/*.yaml) it',
    `   states, each with evidence: document: ${ws.document.id} and a verbatim quote of whole words.`,
    '3. Check with `diplomacy-graph validate --data DIR` (add --watch to check on every save).',
    '',
  );
  return lines.join('\n');
}
