/** The limits `extract` enforces, in a module with no imports (the CLI reads them at start-up). */

/**
 * Default for `ExtractOptions.maxChars`: 2,000,000 UTF-16 characters, some 300
 * pages; far above any article, low enough that one document's parse stays
 * within memory (compromise holds several objects per word).
 */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Thrown by `extract` for a document longer than `maxChars`; the message is one line. */
export class InputTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super(`document is ${length} characters, over the limit of ${limit}`);
    this.name = 'InputTooLongError';
  }
}
