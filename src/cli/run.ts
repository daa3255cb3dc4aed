/**
 * The two ways the CLI reads input, whole documents (text or HTML, optionally split
 * into several articles) and a JSONL batch of records, as producers of items for
 * one streaming loop (src/cli/ordered.ts) that extracts them in this thread or on
 * worker threads and writes the results in input order.
 */
import { stat } from 'node:fs/promises';
import { isHtmlPath, looksLikeHtml } from '../input/detect.js';
import { isReadLanguage, languageNotice } from '../input/language-name.js';
import { DEFAULT_MAX_CHARS } from '../pipeline/limits.js';
import type { Article } from './article.js';
import { createEngine } from './engine.js';
import { describeError, EXIT } from './errors.js';
import { type CliIo, maxLineBytes, readDocument, readLines } from './io.js';
import type { Settings } from './options.js';
import { type Item, type Outcome, runOrdered } from './ordered.js';
import type { RenderSpec } from './engine-type.js';
import { lookAhead, maxWorkers, type Plan, planRun, SMALL_INPUT } from './plan.js';
import { createProgress, type Progress, silentProgress, wantsProgress } from './progress.js';

type Write = (chunk: string) => Promise<boolean>;
type OnError = (message: string, error?: unknown) => void;

function sourceName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/**
 * The separator as a pattern in which a line break matches LF or CRLF, so
 * `--split-on '\n\n\n'` splits a Windows text as it splits a Unix one.
 */
function separatorPattern(separator: string): RegExp {
  const escaped = separator
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('(?:\r\n|\n)');
  return new RegExp(escaped, 'g');
}

/** Split a text into articles at `separator`, with the 1-based line each starts on; blank pieces are dropped. */
export function splitArticles(text: string, separator: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const pattern = separatorPattern(separator);
  let line = 1;
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    const end = m ? m.index : text.length;
    const piece = text.slice(from, end);
    if (piece.trim() !== '') out.push({ text: piece, line });
    if (!m) break;
    line += countLines(piece) + countLines(m[0]);
    from = end + m[0].length;
  }
  return out;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Each file (or stdin) as one article, or several with --split-on; HTML detected unless the format is given. */
async function* documentItems(settings: Settings, io: CliIo): AsyncGenerator<Item> {
  for (const file of settings.files) {
    const name = sourceName(file);
    let text: string;
    // Whether to apply a charset the bytes declare: HTML only.
    const hint = settings.inputFormat === 'html' || (file !== '-' && isHtmlPath(file)) ? true : settings.inputFormat === 'text' ? false : 'auto';
    try {
      text = await readDocument(file, io, settings.extract.maxBytes, hint);
    } catch (error) {
      // Unreadable, too large or not text: an error record in its place.
      yield fileFailure(name, error);
      continue;
    }
    const html =
      settings.inputFormat === 'html' ||
      (settings.inputFormat === 'auto' && ((file !== '-' && isHtmlPath(file)) || looksLikeHtml(text)));
    if (html || settings.splitOn === null) {
      const article: Article = { text, source: name, html };
      yield { kind: 'article', article, origin: { source: name, label: name, size: text.length } };
      continue;
    }
    let k = 0;
    for (const piece of splitArticles(text, settings.splitOn)) {
      const source = `${name}#${++k}`;
      const origin = { source, line: piece.line, label: `${name}: article ${k} (line ${piece.line})`, size: piece.text.length };
      yield { kind: 'article', article: { text: piece.text, source, html: false }, origin };
    }
  }
}

/** The error record of a file that cannot be read; the message on stderr names the file when the reason does not. */
function fileFailure(name: string, error: unknown): Item {
  const reason = describeError(error);
  const message = reason.includes(name) ? reason : `${name}: ${reason}`;
  return { kind: 'failed', reason, message, error, origin: { source: name, label: name, size: 0 } };
}

/** Read a record's `text` (or `html`) and `id`; throws a one-line message for a bad record. */
export function parseRecord(line: string): { text: string; id: string | null; html: boolean } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const record = value as Record<string, unknown>;
  const text = Object.hasOwn(record, 'text') ? record.text : undefined;
  // A crawl can give the page instead: { "id": ..., "html": "<!doctype html>..." }.
  const html = text === undefined && Object.hasOwn(record, 'html') ? record.html : undefined;
  if (typeof text !== 'string' && typeof html !== 'string') throw new Error('expected a string "text" field');
  const id = Object.hasOwn(record, 'id') ? record.id : undefined;
  return {
    text: typeof text === 'string' ? text : (html as string),
    // A number keeps the digits it was written with: 12345678901234567890 is no 12345678901234567000.
    id: typeof id === 'string' ? id : typeof id === 'number' ? (numberAsWritten(line, 'id') ?? String(id)) : null,
    html: typeof text !== 'string',
  };
}

/** The index after the string that opens at `i` (a '"'), or -1 when it is not closed. */
function skipString(s: string, i: number): number {
  for (let from = i + 1; ; ) {
    const q = s.indexOf('"', from);
    if (q === -1) return -1;
    let slashes = 0;
    while (s.charCodeAt(q - 1 - slashes) === 0x5c) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/**
 * The source text of the number a top-level key of a JSON object has (the last
 * one, as JSON.parse keeps), or null. JSON.parse rounds numbers beyond 2^53 to a
 * double; this reads the digits as written. The line is valid JSON (JSON.parse
 * accepted it), so a light scan suffices: strings are skipped whole, one pass.
 */
export function numberAsWritten(line: string, key: string): string | null {
  let depth = 0;
  let found: string | null = null;
  let lastKey: string | null = null;
  let afterColon = false;
  for (let i = 0; i < line.length; ) {
    const c = line[i]!;
    if (c === '"') {
      const end = skipString(line, i);
      if (end === -1) return found;
      // A string at depth 1 before a colon is a key.
      if (depth === 1 && !afterColon) lastKey = JSON.parse(line.slice(i, end)) as string;
      afterColon = false;
      i = end;
    } else if (c === '{' || c === '[') {
      depth++;
      afterColon = false;
      i++;
    } else if (c === '}' || c === ']') {
      depth--;
      i++;
    } else if (c === ':') {
      afterColon = depth === 1;
      i++;
    } else if (c === ',') {
      afterColon = false;
      i++;
    } else if (afterColon && (c === '-' || (c >= '0' && c <= '9'))) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(line);
      if (!m) return found;
      if (lastKey === key) found = m[0];
      afterColon = false;
      i += m[0].length;
    } else i++;
  }
  return found;
}

/** The records of each JSONL file (or stdin), one item per non-blank line. */
async function* batchItems(settings: Settings, io: CliIo): AsyncGenerator<Item> {
  const lineLimit = maxLineBytes(settings.extract.maxChars ?? DEFAULT_MAX_CHARS);
  for (const file of settings.files) {
    const name = sourceName(file);
    try {
      for await (const { line, text, bytes } of readLines(file, io, lineLimit)) {
        const origin = { source: `${name}:${line}`, line, label: `${name}: line ${line}`, size: bytes + 1 };
        if (text === null) {
          const reason = `the line is ${bytes} bytes, over the limit of ${lineLimit} for a JSONL line (8 bytes per character of --max-chars, at least 64 MiB, at most 256 MiB)`;
          yield { kind: 'failed', reason, origin };
          continue;
        }
        if (text.trim() === '') continue;
        let record: ReturnType<typeof parseRecord>;
        try {
          record = parseRecord(text);
        } catch (error) {
          yield { kind: 'failed', reason: describeError(error), error, origin };
          continue;
        }
        const article = { text: record.text, source: record.id ?? origin.source, html: record.html };
        yield { kind: 'article', article, origin };
      }
    } catch (error) {
      // The file cannot be read (or stopped being readable, or is compressed): one error record for it, after its records so far.
      yield fileFailure(name, error);
    }
  }
}

/** The total size of the inputs for the progress bar, or null when one is stdin. */
async function inputSize(files: string[]): Promise<number | null> {
  let total = 0;
  for (const file of files) {
    if (file === '-') return null;
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) total += info.size;
  }
  return total;
}

/** Extract every item in input order and write one chunk (result or failure) per record. */
async function writeAll(
  items: AsyncIterable<Item>,
  settings: Settings,
  io: CliIo,
  write: Write,
  onError: OnError,
  shape: { many: boolean; plan: Plan },
): Promise<number> {
  const options = { color: settings.color, many: shape.many, width: settings.width };
  const writer = settings.reporter.create(options);
  let status: number = EXIT.ok;
  if (!(await write(writer.header()))) return status;
  const showBar = shape.many && wantsProgress(io, settings.quiet);
  const progress: Progress = showBar ? await createProgress(io, await inputSize(settings.files)) : silentProgress();
  // Clear the bar's line first, so a diagnostic never lands in the middle of it.
  const report: OnError = (message, error) => {
    progress.interrupt();
    onError(message, error);
  };
  // Worker threads render records themselves when the format allows: this thread then only writes strings.
  const render: RenderSpec | null = settings.reporter.perRecord ? { format: settings.reporter.name, options } : null;
  const engine = await createEngine(shape.plan, settings.extract, render, report);
  let index = 0;
  // Not English: a normal (empty) result, and one line on stderr to say why.
  const notice = (source: string, language: string) => {
    if (!isReadLanguage(language)) report(`${source}: ${languageNotice(language)}`);
  };
  const emit = (outcome: Outcome): Promise<boolean> => {
    progress.tick(outcome.size);
    if (outcome.kind === 'rendered') {
      notice(outcome.source, outcome.language);
      index++;
      return write(outcome.text);
    }
    if (outcome.kind === 'extraction') {
      notice(outcome.extraction.source, outcome.extraction.meta.language);
      return write(writer.item(outcome.extraction, index++));
    }
    status = EXIT.data;
    report(outcome.message, outcome.error);
    return write(writer.failure(outcome.failure, index++));
  };
  try {
    if (await runOrdered(items, engine, emit)) await write(writer.footer());
  } finally {
    progress.stop();
    await engine.close();
  }
  return status;
}

/** Read ahead, then pick the number of worker threads and the batch size (src/cli/plan.ts). */
async function planned(items: AsyncIterable<Item>, settings: Settings): Promise<{ items: AsyncIterable<Item>; plan: Plan }> {
  const limit = { count: Math.min(settings.workers, maxWorkers()) + 1, size: SMALL_INPUT };
  const read = await lookAhead(items, limit);
  const fileBytes = await inputSize(settings.files);
  return { items: read.items, plan: planRun(settings.workers, settings.workersGiven, { ahead: read.ahead, fileBytes }) };
}

/** Read each file (or stdin) as one article, or several with --split-on; an unreadable file is reported and skipped. */
export async function runDocuments(settings: Settings, io: CliIo, write: Write, onError: OnError): Promise<number> {
  const many = settings.files.length > 1 || settings.splitOn !== null;
  const { items, plan } = await planned(documentItems(settings, io), settings);
  return writeAll(items, settings, io, write, onError, { many, plan });
}

/** Stream JSONL records: one output line (or error line) per record, in input order. */
export async function runBatch(settings: Settings, io: CliIo, write: Write, onError: OnError): Promise<number> {
  const { items, plan } = await planned(batchItems(settings, io), settings);
  return writeAll(items, settings, io, write, onError, { many: true, plan });
}
