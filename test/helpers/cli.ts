/** Run the CLI in-process on [exitCode, stdout, stderr]. */
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/program.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  return () => Buffer.concat(parts).toString('utf8');
}

/** Run `newsclaims ...args` with `stdin` as standard input; stdout and stderr are terminals only when asked. */
export async function runCli(
  args: string[],
  stdin = '',
  options: { tty?: boolean; stderrTty?: boolean; env?: Record<string, string> } = {},
): Promise<CliResult> {
  const stdout = Object.assign(new PassThrough(), { isTTY: options.tty === true, columns: 100 });
  const stderr = Object.assign(new PassThrough(), { isTTY: options.stderrTty === true, columns: 100 });
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(args, { stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: options.env ?? {} });
  stdout.end();
  stderr.end();
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out(), stderr: err() };
}

/**
 * The JSON values of `-f json` output: one pretty value per article, one after the
 * other (jq's convention). Each starts with "{" at the start of a line; inside a
 * value every line is indented and line breaks in strings are escaped.
 */
export function jsonValues<T = unknown>(stdout: string): T[] {
  if (stdout.trim() === '') return [];
  return stdout.trimEnd().split(/\n(?=\{)/).map((chunk) => JSON.parse(chunk) as T);
}
