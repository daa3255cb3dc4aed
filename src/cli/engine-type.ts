/** The shape every engine has (in-process, worker pool), so the ordered loop (ordered.ts) drives either. */
import type { ReporterOptions } from '../reporters/index.js';
import type { Extraction } from '../types.js';
import type { Article } from './article.js';

/**
 * An article and its place in the output (0-based, failed records counted): the
 * table and highlight formats put a blank line before every record but the first.
 */
export interface Job {
  article: Article;
  index: number;
}

/**
 * A finished article: its output text, rendered where it was extracted (a worker
 * thread sends back a string, not an object to copy), or the extraction itself when
 * the format renders records in this thread (html, --out-dir). `source` and
 * `language` come along for the notice on stderr about a text that is not English.
 */
export type Done = { rendered: string; source: string; language: string } | { extraction: Extraction };

/** How much may be in flight at once without idling the engine. */
export interface Capacity {
  /** Articles. */
  count: number;
  /** Characters of input (at least one article is always let in, however long). */
  chars: number;
}

/** Runs articles; results may complete out of order, the caller restores it. */
export interface Engine {
  readonly capacity: Capacity;
  run(job: Job): Promise<Done>;
  close(): Promise<void>;
}

/** The format a worker thread renders its records in: a reporter that keeps no state between records. */
export interface RenderSpec {
  format: string;
  options: ReporterOptions;
}
