import { coverageReport } from '../../graph/coverage-report.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { formatCoverageReport } from '../format-coverage-report.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph stats`: the curation coverage report. */
export const statsCommand: CliCommand = {
  name: 'stats',
  usage: `Usage: diplomacy-graph stats [--json] [--data DIR]

Counts entities by kind, statements, positions, mentions and evidence; lists, per document, the
paragraphs no statement, position or metadata quote covers (excused ones are counted), and the
capitalised names in the texts that no entity alias covers.

Options:
  --json                   print the report as JSON (the CoverageReport of the library)
${COMMON_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError(`stats takes no arguments, got "${positionals.join(' ')}"`);
    const report = coverageReport(await loadKnowledgeGraph(dataDirectory(values, io.env), io));
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatCoverageReport(report));
    return EXIT.ok;
  },
};
