/**
 * The in-process engine: articles extracted one at a time in this thread (`--workers 1`),
 * and the fallback of a worker pool whose threads cannot start.
 */
import type { ExtractOptions } from '../types.js';
import type { Engine } from './engine-type.js';

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
