/**
 * The in-process engine: articles extracted one at a time in this thread (`--workers 1`,
 * small inputs), and the fallback of a worker pool whose threads cannot start.
 */
import type { ExtractOptions } from '../types.js';
import type { Engine } from './engine-type.js';

/** Characters let in ahead of the one being extracted: enough to keep reading while one article runs. */
const READ_AHEAD_CHARS = 1_000_000;

/**
 * Run each article in this thread, one at a time; the caller renders the extraction.
 * The pipeline (and compromise) is imported here, not at start-up, so a run on worker
 * threads never loads it into the main thread: one copy of the lexicon fewer in memory.
 */
export async function createInProcessEngine(options: ExtractOptions): Promise<Engine> {
  const { extractArticle } = await import('./article.js');
  return {
    capacity: { count: 1, chars: READ_AHEAD_CHARS },
    run: async (job) => ({ extraction: await extractArticle(job.article, options) }),
    close: async () => {},
  };
}
