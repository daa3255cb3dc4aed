/** The size limit on raw input, checked before any parsing; no imports but the pipeline's limits. */
import { DEFAULT_MAX_CHARS } from '../pipeline/limits.js';

/**
 * `maxBytes` defaults to this many bytes per character of `maxChars`: room for a
 * page's markup around its text (news pages run 5–20 bytes of HTML per character
 * of article, their text a small part of the limit) and for 3-byte UTF-8 (CJK).
 */
export const BYTES_PER_CHAR = 4;

/** The default `maxBytes` for a `maxChars`: 8,000,000 bytes for the default 2,000,000 characters. */
export function defaultMaxBytes(maxChars: number = DEFAULT_MAX_CHARS): number {
  return maxChars * BYTES_PER_CHAR;
}

/** Thrown before parsing a document larger than `maxBytes`; the message is one line. */
export class InputTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`document is ${bytes} bytes, over the limit of ${limit} (--max-bytes)`);
    this.name = 'InputTooLargeError';
  }
}

/** Throw `InputTooLargeError` when `text` is over `maxBytes` in UTF-8 (counted without encoding it). */
export function checkBytes(text: string, maxBytes: number): void {
  // A UTF-16 unit is at most 3 bytes of UTF-8: skip the count when that cannot exceed the limit.
  if (text.length * 3 <= maxBytes) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw new InputTooLargeError(bytes, maxBytes);
}
