/** The two ways the CLI reads input: whole documents, and a JSONL batch of records. */
import type { Extraction } from '../types.js';
import { extract } from '../pipeline/index.js';
import { describeError, EXIT } from './errors.js';
import { type CliIo, readDocument, readLines } from './io.js';
import type { Settings } from './options.js';

type Write = (chunk: string) => Promise<boolean>;
type OnError = (message: string, error?: unknown) => void;

/** Read each file (or stdin) as one article; a file that cannot be read is reported and skipped. */
export async function runDocuments(
  settings: Settings,
  io: CliIo,
  write: Write,
  onError: OnError,
  extractOne: (text: string, source: string) => Extraction,
): Promise<number> {
  const writer = settings.reporter.create({ color: settings.color, many: settings.files.length > 1, width: settings.width });
  let status: number = EXIT.ok;
  if (!(await write(writer.header()))) return status;
  let index = 0;
  for (const file of settings.files) {
    let text: string;
    try {
      text = await readDocument(file, io);
    } catch (error) {
      onError(describeError(error), error);
      status = EXIT.data;
      continue;
    }
    const source = file === '-' ? '<stdin>' : file;
    if (!(await write(writer.item(extractOne(text, source), index++)))) return status;
  }
  await write(writer.footer());
  return status;
}

/** Read a record's `text` and `id`; throws a one-line message for a bad record. */
export function parseRecord(line: string): { text: string; id: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected a JSON object');
  const record = value as Record<string, unknown>;
  const text = Object.hasOwn(record, 'text') ? record.text : undefined;
  if (typeof text !== 'string') throw new Error('expected a string "text" field');
  const id = Object.hasOwn(record, 'id') ? record.id : undefined;
  return { text, id: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
}

/** Stream JSONL records: one output line (or error line) per record, in input order. */
export async function runBatch(settings: Settings, io: CliIo, write: Write, onError: OnError): Promise<number> {
  const writer = settings.reporter.create({ color: settings.color, many: true, width: settings.width });
  let status: number = EXIT.ok;
  if (!(await write(writer.header()))) return status;
  let index = 0;
  for (const file of settings.files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      for await (const { line, text } of readLines(file, io)) {
        if (text.trim() === '') continue;
        let chunk: string;
        try {
          const record = parseRecord(text);
          const source = record.id ?? `${name}:${line}`;
          chunk = writer.item(extract(record.text, { ...settings.extract, source }), index++);
        } catch (error) {
          onError(`${name}: line ${line}: ${describeError(error)}`, error);
          status = EXIT.data;
          const failed = { schemaVersion: 1 as const, source: `${name}:${line}`, line, error: describeError(error) };
          chunk = writer.failure(failed, index++);
        }
        if (!(await write(chunk))) return status;
      }
    } catch (error) {
      onError(describeError(error), error);
      status = EXIT.data;
    }
  }
  await write(writer.footer());
  return status;
}
