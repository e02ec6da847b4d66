import { resolve } from 'node:path';
import { addDocument, DOCUMENT_METADATA_FIELDS } from '../../curate/add-document.js';
import { EXIT, type CliCommand } from '../cli-command.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `diplomacy-graph add-document FILE --data DIR`: a new source document and its worksheet. */
export const addDocumentCommand: CliCommand = {
  name: 'add-document',
  usage: `Usage: diplomacy-graph add-document FILE --data DIR [--id ID] [--title T] [--outlet O]
                                  [--published DATE] [--url URL] [--language L] [--json]

Copies FILE (UTF-8 text) byte for byte into DIR/documents/, appends its documents.yaml entry
(sha256; each metadata value given, with its quote where the text states it, else marked
inferred as given by you), and writes and prints a worksheet (DIR/worksheets/<id>.md): the
numbered paragraphs, the known entities the text mentions (alias and offsets), the names no
entity covers, and the paragraphs not yet covered. Nothing is written when FILE or the id is bad.

Options:
  --id ID                  document id (default document:<file name in kebab-case>)
  --title, --outlet, --published (YYYY-MM-DD), --url, --language   metadata
  --json                   print the entry and worksheet as JSON, for tools
${COMMON_USAGE}
`,
  async run(args, io) {
    const text = { type: 'string' } as const;
    const { values, positionals } = parseCommandArgs(args, {
      id: text,
      json: { type: 'boolean' },
      title: text,
      outlet: text,
      published: text,
      url: text,
      language: text,
    });
    if (positionals.length !== 1) throw new UsageError('add-document takes one argument, the text file');
    const data = dataDirectory(values, io.env);
    if (data === undefined) throw new UsageError('add-document needs --data DIR (the dataset to add to)');
    const cwd = io.cwd ?? process.cwd();
    const metadata = Object.fromEntries(DOCUMENT_METADATA_FIELDS.flatMap((f) => (typeof values[f] === 'string' ? [[f, values[f]]] : [])));
    const added = await addDocument({
      directory: resolve(cwd, data),
      file: resolve(cwd, positionals[0] as string),
      ...(values.id === undefined ? {} : { id: values.id }),
      metadata,
    });
    if (values.json) {
      const { markdown: _markdown, ...rest } = added;
      io.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
    } else {
      io.stdout.write(
        `Added ${added.id} as ${added.file} (sha256 ${added.sha256}); worksheet in ${added.worksheetFile}\n\n${added.markdown}`,
      );
    }
    return EXIT.ok;
  },
};
