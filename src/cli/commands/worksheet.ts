import { documentWorksheet } from '../../curate/document-worksheet.js';
import { formatWorksheet } from '../../curate/format-worksheet.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph worksheet DOCUMENT_ID`: a document's curation worksheet, as it stands. */
export const worksheetCommand: CliCommand = {
  name: 'worksheet',
  usage: `Usage: diplomacy-graph worksheet DOCUMENT_ID [--json] [--data DIR]

Prints the worksheet add-document wrote, as the dataset now stands: the document's numbered
paragraphs (covered or not), the known entities it mentions with offsets, and the names no entity
covers.

Options:
  --json                   print the worksheet as JSON
${COMMON_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('worksheet takes one argument, the document id');
    const worksheet = documentWorksheet(await loadKnowledgeGraph(dataDirectory(values, io.env), io), positionals[0] as string);
    io.stdout.write(values.json ? `${JSON.stringify(worksheet, null, 2)}\n` : formatWorksheet(worksheet));
    return EXIT.ok;
  },
};
