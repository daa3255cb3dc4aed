/**
 * The files `newsclaims check` reads and writes, and the rules that keep a pull
 * request from turning CI's check run against the runner: an article or an
 * expectation file that is a symbolic link resolving outside the folder given is
 * refused (never read, never written through); an expectation file that is not
 * valid JSON is reported by position, never by echoing its content.
 */
import { constants } from 'node:fs';
import { lstat, open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { CliError, EXIT } from './errors.js';

/** Article files: plain text or HTML. */
export const ARTICLE = /\.(txt|html?)$/i;
/** Expectation files: the whole output (`X.expected.json`) or listed facts (`X.expect.json`). */
const EXPECTATION = /^(.*)\.expect(?:ed)?\.json$/i;

/** An article to check and the folder it was found under (symbolic links must stay inside it). */
export interface Target {
  path: string;
  root: string;
  /** Set when the article itself is refused: why, in one line. */
  refused?: string;
}

/** A refusal of a file: a symbolic link resolving outside the folder given. */
export class RefusedError extends Error {}

/**
 * Is `path` safe to read or write under `root`? A regular file is (it was found
 * under `root`, or named on the command line); a symbolic link only when it resolves
 * inside `root`. Returns the path to use (the link's target) or throws RefusedError.
 */
export async function resolveInside(path: string, root: string): Promise<string> {
  const info = await lstat(path);
  if (!info.isSymbolicLink()) return path;
  const [target, base] = await Promise.all([realpath(path).catch(() => null), realpath(root)]);
  if (target === null) throw new RefusedError(`refused ${path}: a symbolic link to nothing`);
  if (target !== base && !target.startsWith(base + sep)) {
    throw new RefusedError(`refused ${path}: a symbolic link to a file outside ${root}`);
  }
  return target;
}

async function walk(dir: string, root: string, out: Target[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    // Linked directories are not followed (no loops, nothing outside the folder).
    if (entry.isDirectory()) await walk(path, root, out);
    else if (!ARTICLE.test(entry.name) || isDerivedOutput(entry.name, names)) continue;
    else if (entry.isFile()) out.push({ path, root });
    else if (entry.isSymbolicLink()) out.push(await linkedArticle(path, root));
  }
}

/** A linked article: taken when it resolves to a file inside the folder, refused otherwise. */
async function linkedArticle(path: string, root: string): Promise<Target> {
  try {
    const target = await resolveInside(path, root);
    if (!(await stat(target)).isFile()) return { path, root, refused: `refused ${path}: a symbolic link to something that is not a file` };
    return { path, root };
  } catch (error) {
    return { path, root, refused: error instanceof Error ? error.message : String(error) };
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

/**
 * The article an expectation file given on the command line belongs to
 * (`fixtures/a.expect.json` → `fixtures/a.txt`): an expectation file is never
 * read as an article.
 */
async function articleOf(path: string): Promise<string> {
  const base = EXPECTATION.exec(path)![1]!;
  for (const ext of ['txt', 'html', 'htm']) {
    const candidate = `${base}.${ext}`;
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
  }
  throw new CliError(`${path} is an expectation file, and there is no article ${basename(base)}.txt, .html or .htm beside it`, EXIT.data);
}

/** The articles under the given paths: directories are searched, files are taken as they are. */
export async function findArticles(paths: string[]): Promise<Target[]> {
  const out: Target[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliError(`cannot read ${path}: no such file or directory`, EXIT.data);
    if (info.isDirectory()) {
      await walk(path, path, out);
      continue;
    }
    const article = EXPECTATION.test(basename(path)) ? await articleOf(path) : path;
    const root = dirname(article);
    out.push((await lstat(article)).isSymbolicLink() ? await linkedArticle(article, root) : { path: article, root });
  }
  return out;
}

/** Does the file exist (a link counts, even a broken one: it is then refused, not ignored)? */
export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** Read a file under `root`, refusing a link outside it. */
export async function readInside(path: string, root: string): Promise<Buffer> {
  return readFile(await resolveInside(path, root));
}

/**
 * Parse JSON without ever echoing the file: V8's messages quote the text
 * (`Unexpected token 's', "secret…" is not valid JSON`), so only the position is kept.
 */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const at = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (!at) throw new Error('not valid JSON');
    const offset = Number(at[1]);
    const { line, col } = lineAndColumn(text, offset);
    throw new Error(`not valid JSON (line ${line}, column ${col})`);
  }
}

/** The 1-based line and column of a UTF-16 offset in a text (CRLF counts as one line break). */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Write an expectation file under `root`: through a link only when it resolves
 * inside `root`, and never following a link planted in its place meanwhile
 * (O_NOFOLLOW on the final path).
 */
export async function writeInside(path: string, root: string, text: string): Promise<void> {
  const target = (await exists(path)) ? await resolveInside(path, root) : path;
  const handle = await open(target, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
