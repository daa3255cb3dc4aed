/**
 * `newsclaims check [paths...]`: a CI check over fixture articles. For each article
 * `X.txt` (or .html/.htm) with `X.expected.json` the whole output is compared; with
 * `X.expect.json` only the facts listed there. Prints a line per article (naming
 * those without expectations), the differences of each failing one and a summary;
 * exit status 1 when anything fails, and never a pass on nothing: no article, no
 * article checked, or (with `--strict`) an article without expectations fails.
 * `--update` writes `X.expected.json` (creating it for articles that have none),
 * only where it changes; `--format github` adds GitHub Actions annotations.
 */
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { isHtmlPath, looksLikeHtml } from '../input/html.js';
import type { Extraction } from '../types.js';
import { extractArticle } from './article.js';
import { checkExpectedShape, type Difference, diffExtractions } from './check-diff.js';
import { checkExpectations, parseExpectations } from './check-expect.js';
import { exists, findArticles, parseJson, readInside, RefusedError, type Target, writeInside } from './check-files.js';
import { annotations, commandGuard, renderVerdict, summary, type Verdict } from './check-render.js';
import { CliError, describeError, errorLine, EXIT } from './errors.js';
import { type CliIo, decode } from './io.js';
import { colorWanted } from './options.js';

const CHECK_FORMATS = ['text', 'github'] as const;

interface CheckOptions {
  update?: boolean;
  strict?: boolean;
  format?: string;
  color?: boolean;
  debug?: boolean;
}

/** The full output as written to `X.expected.json` (its source kept, so an update from elsewhere changes nothing else). */
function expectedText(actual: Extraction, old: unknown): string {
  const source = typeof old === 'object' && old !== null && typeof (old as { source?: unknown }).source === 'string' ? (old as { source: string }).source : actual.source;
  return `${JSON.stringify({ ...actual, source }, null, 2)}\n`;
}

/** Read and parse an expectation file, refusing links outside the folder; errors name the file. */
async function readExpectation(file: string, root: string): Promise<{ text: string; value: unknown }> {
  const text = (await readInside(file, root)).toString('utf8');
  try {
    return { text, value: parseJson(text) };
  } catch (error) {
    throw new Error(`${file}: ${describeError(error)}`);
  }
}

/** Compare with `X.expected.json`, or with --update write it when it changed; returns the differences and what was done. */
async function compareFull(file: string, root: string, actual: Extraction, update: boolean): Promise<{ lines: Difference[]; did?: Verdict['status'] }> {
  if (update) {
    const old = (await exists(file)) ? await readExpectation(file, root).catch((error: unknown) => (error instanceof RefusedError ? Promise.reject(error) : null)) : null;
    const text = expectedText(actual, old?.value);
    if (old?.text === text) return { lines: [], did: 'unchanged' };
    await writeInside(file, root, text);
    return { lines: [], did: old ? 'updated' : 'created' };
  }
  const { value } = await readExpectation(file, root);
  let expected: ReturnType<typeof checkExpectedShape>;
  try {
    expected = checkExpectedShape(value);
  } catch (error) {
    throw new Error(`${file}: ${describeError(error)}`);
  }
  return { lines: diffExtractions(expected, actual) };
}

async function comparePartial(file: string, root: string, actual: Extraction): Promise<Difference[]> {
  const { value } = await readExpectation(file, root);
  let expectations: ReturnType<typeof parseExpectations>;
  try {
    expectations = parseExpectations(value);
  } catch (error) {
    throw new Error(`${file}: ${describeError(error)}`);
  }
  return checkExpectations(actual, expectations);
}

/** Check one article against whichever expectation files it has (with --update, create the full one when it has none). */
export async function checkArticle(target: Target, update: boolean): Promise<Verdict> {
  const { path, root } = target;
  if (target.refused) return { article: path, status: 'fail', against: [], lines: [{ text: `! ${target.refused}` }], text: null };
  const base = path.replace(/\.[^./\\]*$/, '');
  const full = `${base}.expected.json`;
  const partial = `${base}.expect.json`;
  const against = [];
  for (const file of [full, partial]) if (await exists(file)) against.push(file);
  if (against.length === 0 && !update) return { article: path, status: 'none', against, lines: [], text: null };
  if (against.length === 0) against.push(full);
  let text: string;
  try {
    text = decode(await readInside(path, root));
  } catch (error) {
    return { article: path, status: 'fail', against, lines: [{ text: `! ${describeError(error)}` }], text: null };
  }
  const html = isHtmlPath(path) || looksLikeHtml(text);
  const actual = await extractArticle({ text, source: path, html }, {});
  const lines: Difference[] = [];
  let did: Verdict['status'] = 'ok';
  for (const file of against) {
    try {
      if (file === full) {
        const result = await compareFull(file, root, actual, update);
        lines.push(...result.lines);
        if (result.did) did = result.did;
      } else lines.push(...(await comparePartial(file, root, actual)));
    } catch (error) {
      lines.push({ text: `! ${describeError(error)}` });
    }
  }
  return { article: path, status: lines.length > 0 ? 'fail' : did, against, lines, text: html ? null : text };
}

function buildCheckProgram(io: CliIo, write: (chunk: string) => Promise<boolean>): Command {
  return new Command('newsclaims check')
    .description('Check articles against their expected output: X.expected.json (the whole output) or X.expect.json (listed facts).')
    .argument('[paths...]', 'article files, or directories to search for .txt/.html/.htm articles', ['fixtures'])
    .option('--update', 'write X.expected.json with the current output: only where it changed, and for articles that have no expectations')
    .option('--strict', 'fail for an article without X.expected.json or X.expect.json')
    .addOption(new Option('-f, --format <name>', `report format: ${CHECK_FORMATS.join(', ')} (github adds Actions annotations with file, line and column)`))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces for errors')
    .helpOption('-h, --help', 'print this help')
    .addHelpText(
      'after',
      '\nExit status: 0 every article checked passed, 1 something failed, no article was found, none had expectations, or (--strict) one had none; 2 usage error.',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => void write(s), writeErr: (s) => io.stderr.write(s), outputError: () => {} });
}

/** Run `newsclaims check ...argv`; resolves to the exit status. */
export async function runCheckCommand(
  argv: string[],
  io: CliIo,
  write: (chunk: string) => Promise<boolean>,
  report: (error: unknown, io: CliIo, debug: boolean) => number,
): Promise<number> {
  const program = buildCheckProgram(io, write);
  try {
    program.parse(argv, { from: 'user' });
    const raw = program.opts<CheckOptions>();
    const format = raw.format ?? 'text';
    if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
      throw new CliError(`Expected --format to be one of ${CHECK_FORMATS.join(', ')}, not: ${format}`, EXIT.usage);
    }
    const strict = raw.strict === true;
    const c = new Chalk({ level: format === 'text' && colorWanted(raw.color, io.env, io.stdout.isTTY === true) ? 1 : 0 });
    const paths = program.args.length > 0 ? program.args : ['fixtures'];
    const targets = await findArticles(paths);
    if (targets.length === 0) throw new CliError(`no articles (.txt, .html, .htm) under ${paths.join(', ')}`, EXIT.data);
    const guard = format === 'github' || io.env.GITHUB_ACTIONS === 'true' ? commandGuard() : null;
    if (guard && !(await write(guard.stop))) return EXIT.ok;
    const verdicts: Verdict[] = [];
    for (const target of targets) {
      const verdict = await checkArticle(target, raw.update === true);
      verdicts.push(verdict);
      if (!(await write(renderVerdict(verdict, c, { strict })))) return EXIT.ok;
    }
    if (guard) await write(guard.resume);
    if (format === 'github') for (const v of verdicts) if (v.status === 'fail' || (strict && v.status === 'none')) await write(annotations(v));
    await write(summary(verdicts, strict));
    return exitStatus(verdicts, strict, io, paths);
  } catch (error) {
    if (error instanceof CommanderError && error.code.startsWith('commander.help')) return EXIT.ok;
    return report(error, io, argv.includes('--debug'));
  }
}

/** 1 when anything failed, and when nothing was checked at all: a check never passes on nothing. */
function exitStatus(verdicts: Verdict[], strict: boolean, io: CliIo, paths: string[]): number {
  if (verdicts.some((v) => v.status === 'fail' || (strict && v.status === 'none'))) return EXIT.data;
  if (verdicts.every((v) => v.status === 'none')) {
    io.stderr.write(errorLine(`nothing was checked: no article under ${paths.join(', ')} has an X.expected.json or X.expect.json (--update creates X.expected.json)`));
    return EXIT.data;
  }
  return EXIT.ok;
}
