/** Shared test helpers for the reporters: the reference article, goldens, an in-process CLI. */
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { expect } from 'vitest';
import { run } from '../../src/cli/program.js';
import { extract } from '../../src/index.js';
import type { Extraction } from '../../src/types.js';

export const REFERENCE = 'fixtures/korea-us-talks.txt';

/** The reference article and its extraction (with text), as the CLI would produce them. */
export function reference(): { text: string; extraction: Extraction } {
  const text = readFileSync(REFERENCE, 'utf8');
  return { text, extraction: extract(text, { source: REFERENCE, includeText: true }) };
}

/**
 * Compare `actual` with the golden file (through `normalize`, e.g. a DOM print);
 * `UPDATE_GOLDEN=1` rewrites the golden instead. Goldens follow the extraction:
 * regenerate them after the pipeline improves, and review the diff.
 */
export function expectGolden(path: string, actual: string, normalize: (s: string) => string = (s) => s): void {
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual);
    return;
  }
  let golden: string;
  try {
    golden = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`missing golden ${path}: run UPDATE_GOLDEN=1 npx vitest run test/reporters`);
  }
  expect(normalize(actual), `${path} differs (UPDATE_GOLDEN=1 rewrites it after a reviewed change)`).toBe(normalize(golden));
}

/** Run the CLI in-process; resolves to [exit status, stdout, stderr]. */
export async function runCli(argv: string[], options: { stdin?: string; columns?: number; env?: Record<string, string> } = {}): Promise<[number, string, string]> {
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const stdout = Object.assign(new PassThrough(), { isTTY: false }, options.columns ? { columns: options.columns } : {});
  const stderr = new PassThrough();
  const chunks: string[] = [];
  const errors: string[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => errors.push(c.toString('utf8')));
  const status = await run(argv, { stdin, stdout, stderr, env: options.env ?? {} });
  await new Promise((resolve) => setImmediate(resolve));
  return [status, chunks.join(''), errors.join('')];
}

/** Collapse every run of whitespace to one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
