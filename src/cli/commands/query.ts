import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { getOperationAST, parse, print, separateOperations } from 'graphql';
import { EXIT, type CliCommand } from '../cli-command.js';
import { coerceVariables } from '../coerce-variables.js';
import { loadKnowledgeGraph } from '../load-knowledge-graph.js';
import { namedOperations } from '../named-operations.js';
import { COMMON_USAGE, dataDirectory, parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

function variablesObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--variables is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('--variables must be a JSON object');
  return value as Record<string, unknown>;
}

/**
 * The selected operation with only the fragments it uses, so files of shared fragments can be
 * joined with a file of operations. A document that does not parse, or names no single
 * operation, is returned unchanged for the server to report.
 */
function selectOperation(source: string, operationName: string | undefined): string {
  let document;
  try {
    document = parse(source);
  } catch {
    return source;
  }
  const name = getOperationAST(document, operationName)?.name?.value;
  const selected = name === undefined ? undefined : separateOperations(document)[name];
  return selected === undefined ? source : print(selected);
}

/** `diplomacy-graph query`: runs a GraphQL operation in-process and prints the JSON response. */
export const queryCommand: CliCommand = {
  name: 'query',
  usage: `Usage: diplomacy-graph query [DOCUMENT | --file FILE...] [--operation NAME] [--variables JSON] [--var NAME=VALUE]... [--data DIR]

Runs an operation in-process (no server) and prints the response as JSON: data, errors and
extensions (with the dataset version). Exit 1 if the response has errors. Without a document,
--operation runs one of the named operations of operations/*.graphql:
  ${[...namedOperations().keys()].join(', ')}

Options:
  --file FILE              read the document from FILE; repeat to join files (fragments in one, operations in
                           another): the operation runs with the fragments it uses
  --variables JSON         variables as a JSON object
  --var NAME=VALUE         one variable, typed by its declaration (strings as they are, numbers and
                           booleans parsed, lists and input objects as JSON); repeatable, overrides --variables
  --operation NAME         which operation of the document to run
${COMMON_USAGE}

Examples:
  diplomacy-graph query '{ entity(id: "Tokaev") { id name } }'
  diplomacy-graph query --operation EntityRelations --var alias="Council for Peace" --var direction=OUT
  diplomacy-graph query --file my-query.graphql --variables '{"alias": "Tokaev"}'
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      file: { type: 'string', multiple: true },
      variables: { type: 'string' },
      var: { type: 'string', multiple: true },
      operation: { type: 'string' },
    });
    if (positionals.length > 1) throw new UsageError(`query takes one document, got ${positionals.length} arguments (quote the document)`);
    if (positionals.length === 1 && values.file !== undefined)
      throw new UsageError('give the document either as an argument or with --file, not both');
    let source = positionals[0];
    if (values.file !== undefined) {
      const texts: string[] = [];
      for (const file of values.file) {
        try {
          texts.push(await readFile(resolve(io.cwd ?? process.cwd(), file), 'utf8'));
        } catch (error) {
          throw new UsageError(
            `--file ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
          );
        }
      }
      source = texts.join('\n');
    }
    if (source === undefined && values.operation !== undefined) {
      const named = namedOperations().get(values.operation);
      if (named === undefined) {
        throw new UsageError(
          `no document given and "${values.operation}" is not one of the named operations (${[...namedOperations().keys()].join(', ')})`,
        );
      }
      source = print(named);
    }
    if (source === undefined || source.trim() === '') throw new UsageError('no query: give a document, --file FILE, or --operation NAME');
    // The schema and the executor (graphql-tools, graphql-jit) load only when a query runs.
    const [{ createSchema }, { createInProcessClient }] = await Promise.all([
      import('../../graphql/create-schema.js'),
      import('../../client/create-in-process-client.js'),
    ]);
    const variables = {
      ...(values.variables === undefined ? {} : variablesObject(values.variables)),
      ...coerceVariables(createSchema(), source, values.var ?? [], values.operation),
    };
    const kg = await loadKnowledgeGraph(dataDirectory(values, io.env), io);
    const response = await createInProcessClient(kg).execute(selectOperation(source, values.operation), variables, values.operation);
    io.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
    return response.errors !== undefined && response.errors.length > 0 ? EXIT.failed : EXIT.ok;
  },
};
