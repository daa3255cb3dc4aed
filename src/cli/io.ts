/** Reading input (files, stdin, JSONL records) and writing output for the CLI. */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { looksLikeHtml } from '../input/detect.js';
import { InputTooLargeError } from '../input/limits.js';
import { describeBinary, describeMagic } from '../input/sniff.js';
import { CliError, EXIT } from './errors.js';

/** The streams and environment the CLI runs with: process's, or a test's. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
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

/** A line of a JSONL stream with its 1-based number; `text` is null when the line was over the length limit. */
export interface NumberedLine {
  line: number;
  text: string | null;
  /** Its length in bytes (without the line break). */
  bytes: number;
}

const MIB = 1024 * 1024;

/**
 * The longest JSONL line read, in bytes: 8 bytes per character of --max-chars (a
 * text escaped as \uXXXX takes 6, and a record carries other fields), at least
 * 64 MiB, at most 256 MiB (a string of more than about 512 million characters
 * cannot exist in V8: a longer line used to end the run with a RangeError).
 */
export function maxLineBytes(maxChars: number): number {
  return Math.min(256 * MIB, Math.max(64 * MIB, 8 * maxChars));
}

async function openStream(path: string): Promise<Readable> {
  const stream = createReadStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('readable', resolve);
    stream.once('error', (error) => reject(new CliError(`cannot read ${path}: ${reason(error)}`, EXIT.data)));
  });
  return stream;
}

/**
 * Stream the lines of a file or stdin ("-"), without holding them all: split on
 * LF (a CR before it is dropped), decoded as UTF-8 (invalid bytes become U+FFFD),
 * a BOM dropped from the first line. A line longer than `maxBytes` is never held:
 * its bytes are counted and dropped, and it comes out with `text: null`.
 */
export async function* readLines(path: string, io: CliIo, maxBytes: number): AsyncGenerator<NumberedLine> {
  const input = path === '-' ? io.stdin : await openStream(path);
  const decoder = new TextDecoder('utf-8');
  let parts: Buffer[] = [];
  let bytes = 0;
  let sniffed = false;
  let line = 0;
  const take = (piece: Buffer) => {
    if (bytes + piece.length <= maxBytes) parts.push(piece);
    else parts = [];
    bytes += piece.length;
  };
  const finish = (): NumberedLine => {
    line++;
    const over = bytes > maxBytes;
    let buffer = over ? null : parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    if (buffer && buffer[buffer.length - 1] === 0x0d) buffer = buffer.subarray(0, -1);
    let text = buffer ? decoder.decode(buffer) : null;
    if (line === 1 && text?.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const done = { line, text, bytes };
    parts = [];
    bytes = 0;
    return done;
  };
  let pending = false;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    // A compressed batch (crawl.jsonl.gz) would give a bad record per line: say what it is once.
    const magic = sniffed ? null : describeMagic(buffer);
    sniffed = true;
    if (magic) {
      input.destroy();
      throw new NotTextError(magic);
    }
    let from = 0;
    for (let nl = buffer.indexOf(10, from); nl !== -1; nl = buffer.indexOf(10, from)) {
      take(buffer.subarray(from, nl));
      yield finish();
      pending = false;
      from = nl + 1;
    }
    if (from < buffer.length) {
      take(buffer.subarray(from));
      pending = true;
    }
  }
  // A last line without a line break.
  if (pending) yield finish();
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
