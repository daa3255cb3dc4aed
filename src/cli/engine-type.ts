/** The shape every engine has (in-process, worker pool), so the ordered loop (ordered.ts) drives either. */
import type { Extraction } from '../types.js';
import type { Article } from './article.js';

/** Runs articles; results may complete out of order, the caller restores it. */
export interface Engine {
  /** How many articles may be in flight at once without idling the engine. */
  readonly capacity: number;
  run(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}
