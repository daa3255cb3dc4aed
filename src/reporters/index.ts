/** The reporter registry: --format choices and their help come from here. */
import { highlightReporter } from './highlight.js';
import { htmlReporter } from './html.js';
import { jsonReporter } from './json.js';
import { jsonlReporter } from './jsonl.js';
import { tableReporter } from './table.js';
import type { Reporter } from './types.js';

export type { FailedRecord, Reporter, ReporterOptions, ReportWriter } from './types.js';

const REPORTERS: Reporter[] = [jsonReporter, jsonlReporter, tableReporter, highlightReporter, htmlReporter];

/** Names of every registered format, in help order. */
export const FORMAT_NAMES: string[] = REPORTERS.map((r) => r.name);

/** The reporter for a format name, or undefined. */
export function findReporter(name: string): Reporter | undefined {
  return REPORTERS.find((r) => r.name === name);
}

/** One line per format for --help. */
export function describeFormats(): string {
  return REPORTERS.map((r) => `  ${r.name.padEnd(10)} ${r.description}`).join('\n');
}
