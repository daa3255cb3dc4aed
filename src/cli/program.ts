/**
 * The command line: `newsclaims [options] [files...]`. A thin layer over
 * `extract`: read, extract, report. `run` is what bin/newsclaims.js calls and
 * what the tests call in-process.
 */
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import { BYTES_PER_CHAR } from '../input/limits.js';
import { DEFAULT_MAX_CHARS } from '../pipeline/limits.js';
import { describeFormats, FORMAT_NAMES } from '../reporters/index.js';
import { CliError, describeError, errorLine, EXIT } from './errors.js';
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
    .option('--split-on <separator>', 'split each text input into several articles at this separator (\\n, \\t, \\r understood; \\n matches CRLF too), e.g. \'\\n\\n\\n\'; not with JSONL or HTML input')
    .option(
      '--workers <n>',
      'worker threads for a batch or several articles; 1 runs in-process (default: one per spare core, at most 8, and in-process for an input under 1,000,000 characters or fewer than two spare cores); never more than the articles or twice the cores',
    )
    .option('-q, --quiet', 'no progress bar')
    .option('--all-numbers', 'also report years, ordinals, dates and other numbers excluded by default')
    .option('--explain', 'name the rule that made each mention, number, quote and claim ("rule", "cueRule", "frameRule"; a column in the table)')
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
      `\nFormats:\n${describeFormats()}\n\nCommands:\n  check [paths...]  compare articles with their expected output, for CI (newsclaims check --help)\n  help [check]      print this help, or that of check\n\nExit status: 0 success (also when nothing is found), 1 bad input data or a failed record, 2 usage error.`,
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
  // `newsclaims help` and `newsclaims help check` print help (a file named "help" is read as ./help).
  if (argv[0] === 'help' && argv.length <= 2) argv = argv[1] === 'check' ? ['check', '--help'] : ['--help'];
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
    await rejectMistypedCommand(program.args[0]);
    const options = resolveOptions(raw, program.args, io);
    if (program.args.length === 0 && io.stdin.isTTY === true) {
      io.stderr.write('newsclaims: reading an article from standard input; end it with Ctrl-D (newsclaims --help for usage)\n');
    }
    const onError = (message: string, error?: unknown) => {
      io.stderr.write(errorLine(message));
      if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    };
    return options.inputFormat === 'jsonl'
      ? await runBatch(options, io, write, onError)
      : await runDocuments(options, io, write, onError);
  } catch (error) {
    return report(error, io, debug);
  }
}

const COMMANDS = ['check', 'help'];

/**
 * A first argument that names no file and is one or two keystrokes from a command
 * ("chek", "hlep") is a mistyped command: a usage error that says which, not a
 * "cannot read chek" from the file reader.
 */
async function rejectMistypedCommand(first: string | undefined): Promise<void> {
  if (first === undefined || !/^[a-z]{2,12}$/i.test(first)) return;
  const close = COMMANDS.find((command) => editDistance(first.toLowerCase(), command) <= 2);
  if (!close || (await stat(first).then(() => true, () => false))) return;
  throw new CliError(`unknown command ${first} (did you mean newsclaims ${close}?); a file of that name does not exist`, EXIT.usage);
}

/** Levenshtein distance with transpositions (optimal string alignment); both words are short. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** Report a thrown error as one line (a stack only under --debug); returns the exit status. */
export function report(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    io.stderr.write(errorLine(error.message.replace(/^error: /, '')));
    return EXIT.usage;
  }
  const status = error instanceof CliError ? error.exitCode : EXIT.data;
  io.stderr.write(errorLine(describeError(error)));
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return status;
}
