/**
 * Engines run articles through `extractArticle`: in this thread (`--workers 1`), or
 * on a pool of worker threads (src/cli/workers.ts). Both have the same shape, so the
 * ordered streaming loop (src/cli/ordered.ts) does not care which it drives.
 */
import type { ExtractOptions } from '../types.js';
import type { Engine, RenderSpec } from './engine-type.js';
import type { Plan } from './plan.js';

export type { Done, Engine, Job } from './engine-type.js';

/**
 * An engine for a plan: in-process for one thread, else a worker pool that renders in
 * `render`'s format (null: it sends extractions back). The pool module is imported
 * only when it is used.
 */
export async function createEngine(plan: Plan, options: ExtractOptions, render: RenderSpec | null, warn: (message: string) => void): Promise<Engine> {
  if (plan.workers <= 1) {
    const { createInProcessEngine } = await import('./in-process.js');
    return createInProcessEngine(options);
  }
  const { createWorkerPool } = await import('./workers.js');
  return createWorkerPool(plan.workers, options, warn, { render, batch: plan.batch });
}
