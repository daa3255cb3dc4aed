/**
 * The worker thread side of `--workers N`: receive articles, extract each with the
 * same `extractArticle` the in-process path uses, post back the result or a
 * one-line error. Messages: { seq, article } in, { seq, extraction } or { seq, error } out.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractOptions } from '../types.js';
import { type Article, extractArticle } from './article.js';
import { describeError } from './errors.js';

/** A request from the pool. */
export interface WorkerRequest {
  seq: number;
  article: Article;
}

const options = (workerData as { extract: ExtractOptions }).extract;

// One article at a time, even across the awaits of HTML input: the pool blames the
// oldest article in flight when a worker dies, so that must be the one running.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (request: WorkerRequest) => {
  queue = queue.then(() =>
    extractArticle(request.article, options).then(
      (extraction) => parentPort!.postMessage({ seq: request.seq, extraction }),
      (error: unknown) => parentPort!.postMessage({ seq: request.seq, error: describeError(error) }),
    ),
  );
});

// Tell the pool the code loaded: a failure before this is a broken install, not a bad article.
parentPort!.postMessage({ ready: true });
