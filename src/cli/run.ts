/**
 * The two ways the CLI reads input, whole documents (text or HTML, optionally split
 * into several articles) and a JSONL batch of records, as producers of items for
 * one streaming loop (src/cli/ordered.ts) that extracts them in this thread or on
 * worker threads and writes the results in input order.
 */
import { stat } from 'node:fs/promises';
import { isHtmlPath, looksLikeHtml } from '../input/detect.js';
import { isReadLanguage, languageNotice } from '../input/language-name.js';
import { InputTooLargeError } from '../input/limits.js';
import type { Article } from './article.js';
import { createEngine } from './engine.js';
import { describeError, EXIT } from './errors.js';
import { type CliIo, NotTextError, readDocument, readLines } from './io.js';
import type { Settings } from './options.js';
import { type Item, type Outcome, runOrdered } from './ordered.js';
import { createProgress, type Progress, silentProgress, wantsProgress } from './progress.js';

type Write = (chunk: string) => Promise<boolean>;
type OnError = (message: string, error?: unknown) => void;

function sourceName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Split a text into articles at `separator`, with the 1-based line each starts on; blank pieces are dropped. */
export function splitArticles(text: string, separator: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  let line = 1;
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf(separator, from);
    const end = at === -1 ? text.length : at;
    const piece = text.slice(from, end);
    if (piece.trim() !== '') out.push({ text: piece, line });
    line += countLines(piece) + (at === -1 ? 0 : countLines(separator));
    if (at === -1) break;
    from = at + separator.length;
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
      // Too large or not text: an error record in its place. Unreadable: a notice.
      if (error instanceof InputTooLargeError || error instanceof NotTextError) {
        yield { kind: 'failed', reason: describeError(error), error, origin: { source: name, line: 1, label: name, size: 0 } };
      } else {
        yield { kind: 'notice', message: describeError(error), error, size: 0 };
      }
      continue;
    }
    const html =
      settings.inputFormat === 'html' ||
      (settings.inputFormat === 'auto' && ((file !== '-' && isHtmlPath(file)) || looksLikeHtml(text)));
    if (html || settings.splitOn === null) {
      const article: Article = { text, source: name, html };
      yield { kind: 'article', article, origin: { source: name, line: 1, label: name, size: text.length } };
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
    id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
    html: typeof text !== 'string',
  };
}

/** The records of each JSONL file (or stdin), one item per non-blank line. */
async function* batchItems(settings: Settings, io: CliIo): AsyncGenerator<Item> {
  for (const file of settings.files) {
    const name = sourceName(file);
    try {
      for await (const { line, text } of readLines(file, io)) {
        if (text.trim() === '') continue;
        const origin = { source: `${name}:${line}`, line, label: `${name}: line ${line}`, size: text.length + 1 };
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
      yield { kind: 'notice', message: describeError(error), error, size: 0 };
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
  shape: { many: boolean; workers: number },
): Promise<number> {
  const writer = settings.reporter.create({ color: settings.color, many: shape.many, width: settings.width });
  let status: number = EXIT.ok;
  if (!(await write(writer.header()))) return status;
  const showBar = shape.many && wantsProgress(io, settings.quiet);
  const progress: Progress = showBar ? await createProgress(io, await inputSize(settings.files)) : silentProgress();
  // Clear the bar's line first, so a diagnostic never lands in the middle of it.
  const report: OnError = (message, error) => {
    progress.interrupt();
    onError(message, error);
  };
  const engine = await createEngine(shape.workers, settings.extract, report);
  let index = 0;
  const emit = (outcome: Outcome): Promise<boolean> => {
    if (outcome.kind !== 'notice') progress.tick(outcome.size);
    if (outcome.kind === 'extraction') {
      // Not English: a normal (empty) result, and one line on stderr to say why.
      const { language } = outcome.extraction.meta;
      if (!isReadLanguage(language)) report(`${outcome.extraction.source}: ${languageNotice(language)}`);
      return write(writer.item(outcome.extraction, index++));
    }
    status = EXIT.data;
    report(outcome.message, outcome.error);
    return outcome.kind === 'failed' ? write(writer.failure(outcome.failure, index++)) : Promise.resolve(true);
  };
  try {
    if (await runOrdered(items, engine, emit)) await write(writer.footer());
  } finally {
    progress.stop();
    await engine.close();
  }
  return status;
}

/**
 * Read up to two items ahead, to know whether there is more than one: a single
 * article gains nothing from worker threads but their start-up time.
 */
async function lookAhead(items: AsyncIterable<Item>): Promise<{ items: AsyncIterable<Item>; single: boolean }> {
  const it = items[Symbol.asyncIterator]();
  const head: Item[] = [];
  for (let result = await it.next(); !result.done; result = await it.next()) {
    head.push(result.value);
    if (head.length === 2) break;
  }
  async function* all(): AsyncGenerator<Item> {
    try {
      yield* head;
      for (let result = await it.next(); !result.done; result = await it.next()) yield result.value;
    } finally {
      await it.return?.();
    }
  }
  return { items: all(), single: head.length < 2 };
}

/** Read each file (or stdin) as one article, or several with --split-on; an unreadable file is reported and skipped. */
export async function runDocuments(settings: Settings, io: CliIo, write: Write, onError: OnError): Promise<number> {
  const many = settings.files.length > 1 || settings.splitOn !== null;
  const { items, single } = await lookAhead(documentItems(settings, io));
  return writeAll(items, settings, io, write, onError, { many, workers: single ? 1 : settings.workers });
}

/** Stream JSONL records: one output line (or error line) per record, in input order. */
export async function runBatch(settings: Settings, io: CliIo, write: Write, onError: OnError): Promise<number> {
  const { items, single } = await lookAhead(batchItems(settings, io));
  return writeAll(items, settings, io, write, onError, { many: true, workers: single ? 1 : settings.workers });
}
