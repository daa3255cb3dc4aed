/**
 * `newsclaims check [paths...]`: a CI check over fixture articles. For each article
 * `X.txt` (or .html/.htm) with `X.expected.json` the whole output is compared; with
 * `X.expect.json` only the facts listed there. Prints a readable diff per failing
 * article and a summary line; exit status 1 when anything fails. `--update` rewrites
 * the full expectations; `--format github` adds GitHub Actions annotations.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { isHtmlPath, looksLikeHtml } from '../input/html.js';
import type { Extraction } from '../types.js';
import { extractArticle } from './article.js';
import { checkExpectations, parseExpectations } from './check-expect.js';
import { diffExtractions } from './check-diff.js';
import { CliError, describeError, EXIT } from './errors.js';
import { type CliIo, decode } from './io.js';

const ARTICLE = /\.(txt|html?)$/i;
const CHECK_FORMATS = ['text', 'github'] as const;
/** Diff lines shown per article; the rest are counted. */
const MAX_LINES = 40;

interface CheckOptions {
  update?: boolean;
  format?: string;
  color?: boolean;
  debug?: boolean;
}

/** The outcome of checking one article. */
interface Verdict {
  article: string;
  status: 'ok' | 'fail' | 'skip' | 'updated';
  /** Which expectation files were used. */
  against: string[];
  lines: string[];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && ARTICLE.test(entry.name) && !isDerivedOutput(entry.name, names)) out.push(path);
  }
}

/**
 * "X.report.html", "X.highlight.txt" beside the article "X.txt": a reporter's output
 * kept as a golden file, not an article of its own.
 */
function isDerivedOutput(name: string, siblings: Set<string>): boolean {
  const m = /^(.+)\.[^.]+\.(?:txt|html?)$/i.exec(name);
  return !!m && ['txt', 'html', 'htm'].some((ext) => siblings.has(`${m[1]}.${ext}`));
}

/** The articles under the given paths: directories are searched, files are taken as they are. */
export async function findArticles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliError(`cannot read ${path}: no such file or directory`, EXIT.data);
    if (info.isDirectory()) await walk(path, out);
    else out.push(path);
  }
  return out;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${path}: ${describeError(error)}`);
  }
}

/** Check one article against whichever expectation files it has. */
export async function checkArticle(path: string, update: boolean): Promise<Verdict> {
  const base = path.replace(/\.[^./\\]*$/, '');
  const full = `${base}.expected.json`;
  const partial = `${base}.expect.json`;
  const against = [full, partial].filter((p) => existsSync(p));
  if (against.length === 0) return { article: path, status: 'skip', against, lines: [] };
  const text = decode(await readFile(path));
  const html = isHtmlPath(path) || looksLikeHtml(text);
  const actual = await extractArticle({ text, source: path, html }, {});
  const lines: string[] = [];
  let updated = false;
  for (const file of against) {
    try {
      lines.push(...(await compareWith(file, file === full, actual, update)));
      if (file === full && update) updated = true;
    } catch (error) {
      lines.push(`! ${describeError(error)}`);
    }
  }
  const status = lines.length > 0 ? 'fail' : updated ? 'updated' : 'ok';
  return { article: path, status, against, lines };
}

async function compareWith(file: string, isFull: boolean, actual: Extraction, update: boolean): Promise<string[]> {
  if (!isFull) return checkExpectations(actual, parseExpectations(await readJson(file)));
  if (update) {
    // Keep the source the file had, so an update run from another directory changes nothing else.
    const old = (await readJson(file).catch(() => null)) as { source?: unknown } | null;
    const source = typeof old?.source === 'string' ? old.source : actual.source;
    await writeFile(file, `${JSON.stringify({ ...actual, source }, null, 2)}\n`);
    return [];
  }
  return diffExtractions((await readJson(file)) as Extraction, actual);
}

/** GitHub Actions workflow-command escaping (data, then property values). */
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function shown(lines: string[]): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), `… and ${lines.length - MAX_LINES} more differences`];
}

function render(v: Verdict, format: string, c: InstanceType<typeof Chalk>): string {
  // Files without expectations (derived outputs such as X.report.html) are only counted in the summary.
  if (v.status === 'skip') return '';
  const label = { ok: c.green('ok     '), fail: c.red.bold('FAIL   '), skip: '', updated: c.yellow('updated') }[v.status];
  const against = ` (${v.against.join(', ')})`;
  const body = shown(v.lines).map((l) => `        ${l}\n`).join('');
  let out = `${label} ${v.article}${c.dim(against)}\n${body}`;
  if (format === 'github' && v.status === 'fail') {
    const title = `newsclaims check: ${v.lines.length} difference${v.lines.length === 1 ? '' : 's'}`;
    out += `::error file=${escapeProperty(v.article)},title=${escapeProperty(title)}::${escapeData(shown(v.lines).join('\n'))}\n`;
  }
  return out;
}

function summary(verdicts: Verdict[]): string {
  const count = (s: Verdict['status']) => verdicts.filter((v) => v.status === s).length;
  const parts = [`${count('ok')} passed`, `${count('fail')} failed`];
  if (count('updated') > 0) parts.push(`${count('updated')} updated`);
  if (count('skip') > 0) parts.push(`${count('skip')} without expectations (not checked)`);
  return `newsclaims check: ${verdicts.length} article${verdicts.length === 1 ? '' : 's'}, ${parts.join(', ')}\n`;
}

function buildCheckProgram(io: CliIo, write: (chunk: string) => Promise<boolean>): Command {
  return new Command('newsclaims check')
    .description('Check articles against their expected output: X.expected.json (the whole output) or X.expect.json (listed facts).')
    .argument('[paths...]', 'article files, or directories to search for .txt/.html/.htm articles', ['fixtures'])
    .option('--update', 'rewrite every X.expected.json with the current output')
    .addOption(new Option('-f, --format <name>', `report format: ${CHECK_FORMATS.join(', ')} (github adds Actions annotations)`))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)')
    .option('--debug', 'print stack traces for errors')
    .helpOption('-h, --help', 'print this help')
    .addHelpText('after', '\nExit status: 0 every article passed, 1 something failed or no article was found, 2 usage error.')
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
    const tty = io.stdout.isTTY === true;
    const c = new Chalk({ level: (raw.color ?? (io.env.NO_COLOR ? false : tty)) && format === 'text' ? 1 : 0 });
    const articles = await findArticles(program.args.length > 0 ? program.args : ['fixtures']);
    if (articles.length === 0) throw new CliError(`no articles (.txt, .html, .htm) under ${program.args.join(', ') || 'fixtures'}`, EXIT.data);
    const verdicts: Verdict[] = [];
    for (const article of articles) {
      const verdict = await checkArticle(article, raw.update === true);
      verdicts.push(verdict);
      if (!(await write(render(verdict, format, c)))) return EXIT.ok;
    }
    await write(summary(verdicts));
    return verdicts.some((v) => v.status === 'fail') ? EXIT.data : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError && error.code.startsWith('commander.help')) return EXIT.ok;
    return report(error, io, argv.includes('--debug'));
  }
}
