/** Errors the CLI reports as one line and an exit status. */
import { printable } from '../reporters/printable.js';

/** Exit statuses (documented in the README). */
export const EXIT = {
  ok: 0,
  /** Bad input data, an unreadable file, a failed record or a failed check. */
  data: 1,
  /** Usage: unknown option, bad option value. */
  usage: 2,
} as const;

/** An error with a user-facing message and the exit status it maps to. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A one-line description of any thrown value, for `newsclaims: <message>`; a library limit names its option. */
export function describeError(error: unknown): string {
  if (error instanceof Error && error.name === 'InputTooLongError') return `${error.message} (--max-chars)`;
  // Our own messages may carry data with a line break (a file name): keep it whole, `errorLine` shows it.
  if (error instanceof CliError) return error.message;
  if (error instanceof Error) return error.message.split('\n')[0] ?? String(error);
  return String(error);
}

/**
 * The line written to stderr for an error: `newsclaims: <message>`. The message may
 * hold data (a file name, a record id, an option value), so it goes through
 * `printable`: one line, no terminal controls.
 */
export function errorLine(message: string): string {
  return `newsclaims: ${printable(message)}\n`;
}
