/** Reading input (files, stdin, JSONL records) and writing output for the CLI. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { looksLikeHtml } from '../input/detect.js';
import { InputTooLargeError } from '../input/limits.js';
import { describeBinary, describeMagic } from '../input/sniff.js';
import { CliError, EXIT } from './errors.js';

/** The streams and environment the CLI runs with: process's, or a test's. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/** Whether bytes are an HTML page: known (true, false), or to be seen from their start ("auto"). */
export type HtmlHint = boolean | 'auto';

/**
 * Decode bytes: UTF-16 with a BOM; else, for an HTML page only, the charset it
 * declares in its first 1,024 bytes (`<meta charset="windows-1252">`, or the
 * http-equiv form) when Node knows it; else UTF-8. As in browsers, a page that
 * declares UTF-16 without being UTF-16 (no BOM) is read as UTF-8. Invalid
 * sequences become U+FFFD.
 */
export function decode(bytes: Buffer, html: HtmlHint = 'auto'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const isUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const isHtml = html === 'auto' ? looksLikeHtml(bytes.subarray(0, 4096).toString('latin1')) : html;
  const declared = isUtf8Bom || !isHtml ? null : declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read it as UTF-8 like any other document.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The charset a page declares in a meta tag near its start, or null (for UTF-8 and UTF-16 declarations). */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  // Bytes that an ASCII meta tag could be read from are not UTF-16 (the HTML standard reads them as UTF-8).
  if (/^(?:utf-?16(?:le|be)?|ucs-?2|unicode(?:fffe|feff)?|csunicode|iso-10646-ucs-2)$/.test(label)) return null;
  return label;
}

/** Read a stream, stopping with `InputTooLargeError` once it is over `maxBytes`. */
async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const part = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += part.length;
    if (size > maxBytes) throw new InputTooLargeError(size, maxBytes);
    parts.push(part);
  }
  return Buffer.concat(parts);
}

/** A document that is no text (compressed, binary): a one-line error for its record. */
export class NotTextError extends CliError {
  constructor(message: string) {
    super(message, EXIT.data);
    this.name = 'NotTextError';
  }
}

/**
 * Read one whole document, a file path or "-" for stdin, as bytes: no more than
 * `maxBytes` (`InputTooLargeError`, checked before reading a file), and text
 * (`NotTextError` for gzip, images and other binary data); then decode it.
 */
export async function readDocument(path: string, io: CliIo, maxBytes: number, html: HtmlHint = 'auto'): Promise<string> {
  let bytes: Buffer;
  if (path === '-') {
    bytes = await readAll(io.stdin, maxBytes);
  } else {
    try {
      const info = await stat(path);
      if (info.isFile() && info.size > maxBytes) throw new InputTooLargeError(info.size, maxBytes);
      bytes = await readFile(path);
    } catch (error) {
      if (error instanceof InputTooLargeError) throw error;
      throw new CliError(`cannot read ${path}: ${reason(error)}`, EXIT.data);
    }
  }
  const binary = describeBinary(bytes);
  if (binary) throw new NotTextError(binary);
  return decode(bytes, html);
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** A line of a JSONL stream with its 1-based number. */
export interface NumberedLine {
  line: number;
  text: string;
}

async function openStream(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', resolve);
    stream.once('error', (error) => reject(new CliError(`cannot read ${path}: ${reason(error)}`, EXIT.data)));
  });
  return stream;
}

/** Stream the lines of a file or stdin ("-"), without holding them all. */
export async function* readLines(path: string, io: CliIo): AsyncGenerator<NumberedLine> {
  const input = path === '-' ? io.stdin : await openStream(path);
  // A compressed batch (crawl.jsonl.gz) would give a bad record per line: say what it is once.
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await chunks.next();
  const magic = first.done ? null : describeMagic(typeof first.value === 'string' ? Buffer.from(first.value) : first.value);
  if (magic) {
    input.destroy();
    throw new NotTextError(`${path === '-' ? '<stdin>' : path}: ${magic}`);
  }
  async function* all(): AsyncGenerator<Buffer | string> {
    if (!first.done) yield first.value;
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) yield r.value;
  }
  const lines = createInterface({ input: Readable.from(all()), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    yield { line, text: line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
}

/**
 * Write to stdout, waiting when the stream is full (memory stays flat on large
 * batches). Resolves false once the reader has gone away (EPIPE: `| head -1`).
 */
export function createWriter(out: Writable): (chunk: string) => Promise<boolean> {
  let closed = false;
  out.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return async (chunk: string) => {
    if (closed) return false;
    if (chunk === '') return true;
    if (!out.write(chunk)) await new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('error', done);
        out.off('close', done);
        resolve();
      };
      out.once('drain', done);
      out.once('error', done);
      out.once('close', done);
    });
    return !closed;
  };
}
