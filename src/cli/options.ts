/** Turning commander's raw options into checked settings, with usage errors. */
import { availableParallelism } from 'node:os';
import { findReporter, FORMAT_NAMES, type Reporter } from '../reporters/index.js';
import { defaultMaxBytes } from '../input/limits.js';
import type { HtmlOptions } from '../types.js';
import { CliError, EXIT } from './errors.js';
import type { CliIo } from './io.js';
import { writeToDirectory } from './out-dir.js';

/** The options as commander parsed them. */
export interface CliOptions {
  format?: string;
  inputFormat?: string;
  allNumbers?: boolean;
  includeText?: boolean;
  maxChars?: string;
  maxBytes?: string;
  color?: boolean;
  debug?: boolean;
  outDir?: string;
  workers?: string;
  quiet?: boolean;
  splitOn?: string;
  explain?: boolean;
}

export const INPUT_FORMATS = ['text', 'jsonl', 'html'] as const;
/** "auto": text, or HTML for .html/.htm files and input starting with <!doctype html or <html. */
export type InputFormat = (typeof INPUT_FORMATS)[number] | 'auto';

/** Checked settings for one run. */
export interface Settings {
  files: string[];
  reporter: Reporter;
  inputFormat: InputFormat;
  color: boolean;
  width: number;
  /** Extraction options; `maxBytes` is always set (the largest document read). */
  extract: HtmlOptions & { maxBytes: number };
  /** Worker threads for several articles; 1 runs in this thread. */
  workers: number;
  /** --workers was given (else the default applies, which runs small inputs in this thread). */
  workersGiven: boolean;
  /** No progress bar. */
  quiet: boolean;
  /** Split each text input into articles at this separator (escapes already decoded). */
  splitOn: string | null;
}

/** The default for --workers: the cores this process may use, at most 8. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(8, availableParallelism()));
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  if (/^[1-9][0-9]{0,3}$/.test(value)) return Number(value);
  throw new CliError(`Expected --workers to be a whole number from 1, not: ${value}`, EXIT.usage);
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\' };

/** Decode a --split-on value: `\n`, `\r`, `\t` and `\\` as in a shell's $'...'. */
export function decodeSeparator(value: string): string {
  const decoded = value.replace(/\\([nrt\\])/g, (_, c: string) => ESCAPES[c] ?? c);
  if (decoded === '') throw new CliError('Expected --split-on to be a non-empty separator, not: ""', EXIT.usage);
  return decoded;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`Expected ${option} to be one of ${allowed.join(', ')}, not: ${value}`, EXIT.usage);
}

/** "2000000" → 2000000; anything else (0, -1, 1.5, 1e6, "abc") is a usage error. */
function positiveInteger(option: string, value: string): number {
  const n = /^[0-9]{1,15}$/.test(value) ? Number(value) : NaN;
  if (n > 0) return n;
  throw new CliError(`Expected ${option} to be a positive whole number, not: ${value}`, EXIT.usage);
}

/**
 * Colour or not: `--color`/`--no-color` first, then `NO_COLOR` (set and not empty:
 * off), then `FORCE_COLOR` (as chalk reads it: "0" and "false" off, anything else
 * on), then whether the output is a terminal.
 */
export function colorWanted(flag: boolean | undefined, env: Record<string, string | undefined>, terminal: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return terminal;
}

/** Width used when no terminal says otherwise. */
const DEFAULT_WIDTH = 80;
/** Narrower than this is no real terminal (a pseudo-terminal reporting 0 columns, COLUMNS=1). */
const MIN_WIDTH = 20;

function columnsFromEnv(env: Record<string, string | undefined>): number | null {
  const n = /^[0-9]{1,4}$/.test(env.COLUMNS ?? '') ? Number(env.COLUMNS) : 0;
  return n >= MIN_WIDTH ? n : null;
}

/**
 * The width human formats wrap to: the terminal's columns when it reports a sane
 * number, else `COLUMNS`, else 80. A terminal reporting 0 columns (some CI
 * pseudo-terminals) no longer squeezes the text into 20.
 */
export function terminalWidth(io: CliIo): number {
  const columns = io.stdout.columns;
  if (columns !== undefined && columns >= MIN_WIDTH) return columns;
  return columnsFromEnv(io.env) ?? DEFAULT_WIDTH;
}

/** Files written with --out-dir are read later, elsewhere: `COLUMNS` or 80, never the current terminal's width. */
function fileWidth(env: Record<string, string | undefined>): number {
  return columnsFromEnv(env) ?? DEFAULT_WIDTH;
}

/** Check the raw options and fill in defaults from the environment. */
export function resolveOptions(raw: CliOptions, args: string[], io: CliIo): Settings {
  const files = args.length > 0 ? args : ['-'];
  const inputFormat: InputFormat = raw.inputFormat
    ? oneOf('--input-format', raw.inputFormat, INPUT_FORMATS)
    : files.every((f) => f.endsWith('.jsonl')) && files[0] !== '-'
      ? 'jsonl'
      : 'auto';
  if (raw.splitOn !== undefined && inputFormat !== 'auto' && inputFormat !== 'text') {
    const why = inputFormat === 'jsonl' ? 'each JSONL record is one article already' : 'an HTML page is one article';
    throw new CliError(`Expected --split-on only with text input, not with ${inputFormat} input (${why})`, EXIT.usage);
  }
  const tty = io.stdout.isTTY === true;
  const defaultFormat = tty ? 'table' : inputFormat === 'jsonl' ? 'jsonl' : 'json';
  const toFiles = raw.outDir !== undefined;
  const formatName = raw.format ? oneOf('--format', raw.format, FORMAT_NAMES) : toFiles ? 'html' : defaultFormat;
  const found = findReporter(formatName)!;
  const reporter = toFiles ? writeToDirectory(found, raw.outDir!) : found;
  const wantColor = colorWanted(raw.color, io.env, tty && !toFiles);
  const extract: HtmlOptions & { maxBytes: number } = { maxBytes: 0 };
  if (raw.allNumbers) extract.allNumbers = true;
  if (raw.explain) extract.explain = true;
  if (raw.includeText || reporter.needsText) extract.includeText = true;
  if (raw.maxChars !== undefined) extract.maxChars = positiveInteger('--max-chars', raw.maxChars);
  extract.maxBytes = raw.maxBytes !== undefined ? positiveInteger('--max-bytes', raw.maxBytes) : defaultMaxBytes(extract.maxChars);
  return {
    files,
    reporter,
    inputFormat,
    color: wantColor && !reporter.machine,
    width: toFiles ? fileWidth(io.env) : terminalWidth(io),
    extract,
    workers: parseWorkers(raw.workers),
    workersGiven: raw.workers !== undefined,
    quiet: raw.quiet === true,
    splitOn: raw.splitOn === undefined ? null : decodeSeparator(raw.splitOn),
  };
}
