/**
 * The command line: `newsclaims [options] [files...]`. A thin layer over
 * `extract`: read, extract, report. `run` is what bin/newsclaims.js calls and
 * what the tests call in-process.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { BYTES_PER_CHAR } from '../input/limits.js';
import { DEFAULT_MAX_CHARS } from '../pipeline/limits.js';
import { describeFormats, FORMAT_NAMES } from '../reporters/index.js';
import { CliError, describeError, EXIT } from './errors.js';
import { type CliIo, createWriter } from './io.js';
import { type CliOptions, resolveOptions } from './options.js';
import { runBatch, runDocuments } from './run.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function buildProgram(io: CliIo, write: (chunk: string) => Promise<boolean>): Command {
  const program = new Command('newsclaims')
    .description('Extract people, organisations, places, numbers and who-said-what from news articles.')
    .argument('[files...]', 'article files to read; none or "-" reads stdin')
    .addOption(new Option('-f, --format <name>', `output format: ${FORMAT_NAMES.join(', ')} (default: table on a terminal, json otherwise)`))
    .addOption(
      new Option(
        '--input-format <name>',
        'input format: text, jsonl or html (default: jsonl for .jsonl files; html for .html/.htm files and input starting with <!doctype html or <html; text otherwise)',
      ),
    )
    .option('--split-on <separator>', 'split each text input into several articles at this separator (\\n, \\t, \\r understood), e.g. \'\\n\\n\\n\'')
    .option('--workers <n>', 'worker threads for a batch or several articles; 1 runs in-process (default: the cores available, at most 8)')
    .option('-q, --quiet', 'no progress bar')
    .option('--all-numbers', 'also report years, ordinals, dates and other numbers excluded by default')
    .option('--include-text', 'copy the text that offsets refer to into each result as "text" (for HTML, the extracted text)')
    .option('--max-chars <n>', `longest document accepted, in characters; a longer one is an error (default: ${DEFAULT_MAX_CHARS})`)
    .option('--max-bytes <n>', `largest document read, in bytes, checked before parsing (default: ${BYTES_PER_CHAR} x --max-chars)`)
    .option('--color', 'force colour in the table and highlight formats')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--out-dir <dir>', 'write one file per article or record into <dir> (html, highlight); prints the paths')
    .option('--debug', 'print stack traces for errors')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpText(
      'after',
      `\nFormats:\n${describeFormats()}\n\nCommands:\n  check [paths...]  compare articles with their expected output, for CI (newsclaims check --help)\n\nExit status: 0 success (also when nothing is found), 1 bad input data or a failed record, 2 usage error.`,
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => {},
    });
  return program;
}

/** Run the CLI with `argv` (without node and script); resolves to the exit status. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const write = createWriter(io.stdout);
  if (argv[0] === 'check') {
    const { runCheckCommand } = await import('./check-command.js');
    return runCheckCommand(argv.slice(1), io, write, report);
  }
  const program = buildProgram(io, write);
  let debug = argv.includes('--debug');
  try {
    program.parse(argv, { from: 'user' });
    const raw = program.opts<CliOptions>();
    debug = raw.debug === true;
    const options = resolveOptions(raw, program.args, io);
    const onError = (message: string, error?: unknown) => {
      io.stderr.write(`newsclaims: ${message}\n`);
      if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    };
    return options.inputFormat === 'jsonl'
      ? await runBatch(options, io, write, onError)
      : await runDocuments(options, io, write, onError);
  } catch (error) {
    return report(error, io, debug);
  }
}

/** Report a thrown error as one line (a stack only under --debug); returns the exit status. */
export function report(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    io.stderr.write(`newsclaims: ${error.message.replace(/^error: /, '')}\n`);
    return EXIT.usage;
  }
  const status = error instanceof CliError ? error.exitCode : EXIT.data;
  io.stderr.write(`newsclaims: ${describeError(error)}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return status;
}
