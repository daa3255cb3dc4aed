/** Reading input (files, stdin, JSONL records) and writing output for the CLI. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { CliError, EXIT } from './errors.js';

/** The streams and environment the CLI runs with: process's, or a test's. */
export interface CliIo {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/**
 * Decode bytes: UTF-16 with a BOM; else the charset an HTML page declares in its
 * first 1,024 bytes (`<meta charset="windows-1252">`, or the http-equiv form) when
 * Node knows it; else UTF-8. Invalid sequences become U+FFFD.
 */
export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const isUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = isUtf8Bom ? null : declaredCharset(bytes);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(bytes);
    } catch {
      // An unknown label: read it as UTF-8 like any other document.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** The charset a page declares in a meta tag near its start, or null. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const m = /<meta\b[^>]*?charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  return label && label !== 'utf-8' && label !== 'utf8' ? label : null;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts);
}

/** Read one whole document: a file path, or "-" for stdin. */
export async function readDocument(path: string, io: CliIo): Promise<string> {
  if (path === '-') return decode(await readAll(io.stdin));
  try {
    return decode(await readFile(path));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${reason(error)}`, EXIT.data);
  }
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
  const lines = createInterface({ input, crlfDelay: Infinity });
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
