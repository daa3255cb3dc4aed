/**
 * Engines run articles through `extractArticle`: in this thread (`--workers 1`),
 * or on a pool of worker threads (src/cli/workers.ts). Both have the same shape, so
 * the ordered streaming loop (src/cli/ordered.ts) does not care which it drives.
 */
import type { Extraction, ExtractOptions } from '../types.js';
import type { Article } from './article.js';

/** Runs articles; results may complete out of order, the caller restores it. */
export interface Engine {
  /** How many articles may be in flight at once without idling the engine. */
  readonly capacity: number;
  run(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

/**
 * Run each article in this thread, one at a time. The pipeline (and compromise) is
 * imported here, not at start-up, so a run on worker threads never loads it into
 * the main thread: one copy of the lexicon fewer in memory.
 */
export async function createInProcessEngine(options: ExtractOptions): Promise<Engine> {
  const { extractArticle } = await import('./article.js');
  return {
    capacity: 1,
    run: (article) => extractArticle(article, options),
    close: async () => {},
  };
}

/**
 * An engine for `workers` threads: in-process for one, else a worker pool. The pool
 * module is imported only when it is used.
 */
export async function createEngine(workers: number, options: ExtractOptions, warn: (message: string) => void): Promise<Engine> {
  if (workers <= 1) return createInProcessEngine(options);
  const { createWorkerPool } = await import('./workers.js');
  return createWorkerPool(workers, options, warn);
}
