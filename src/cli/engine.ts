/**
 * Engines run articles through `extractArticle`: in this thread (`--workers 1`),
 * or on a pool of worker threads (src/cli/workers.ts). Both have the same shape, so
 * the ordered streaming loop (src/cli/ordered.ts) does not care which it drives.
 */
import type { ExtractOptions } from '../types.js';
import type { Engine } from './engine-type.js';

export type { Engine } from './engine-type.js';

/**
 * An engine for `workers` threads: in-process for one, else a worker pool. The pool
 * module is imported only when it is used.
 */
export async function createEngine(workers: number, options: ExtractOptions, warn: (message: string) => void): Promise<Engine> {
  if (workers <= 1) {
    const { createInProcessEngine } = await import('./in-process.js');
    return createInProcessEngine(options);
  }
  const { createWorkerPool } = await import('./workers.js');
  return createWorkerPool(workers, options, warn);
}
