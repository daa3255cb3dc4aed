/**
 * The worker thread side of `--workers N`: receive batches of articles, extract each
 * with the same `extractArticle` the in-process path uses, render it when the pool
 * names a format that renders each record on its own, and post back the batch's
 * answers in one message: output text (or the extraction), or a one-line error per
 * article. Messages: BatchRequest in, WorkerReply out (src/cli/workers.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { findReporter } from '../reporters/index.js';
import type { ReportWriter } from '../reporters/index.js';
import { extractArticle } from './article.js';
import type { Done, Job } from './engine-type.js';
import { describeError } from './errors.js';
import type { BatchRequest, JobReply, WorkerReply, WorkerSetup } from './workers.js';

const setup = workerData as WorkerSetup;
const progress = new Int32Array(setup.progress);
const writer: ReportWriter | null = setup.render ? (findReporter(setup.render.format)?.create(setup.render.options) ?? null) : null;

async function answer(job: Job): Promise<JobReply> {
  try {
    const extraction = await extractArticle(job.article, setup.extract);
    if (!writer) return { extraction };
    const done: Done = { rendered: writer.item(extraction, job.index), source: extraction.source, language: extraction.meta.language };
    return done;
  } catch (error) {
    return { error: describeError(error) };
  }
}

async function run(request: BatchRequest): Promise<void> {
  const replies: JobReply[] = [];
  for (const [i, job] of request.jobs.entries()) {
    // Which article this is, for the pool to blame should the thread die on it.
    Atomics.store(progress, 0, request.batch);
    Atomics.store(progress, 1, i);
    replies.push(await answer(job));
  }
  const reply: WorkerReply = { batch: request.batch, replies };
  parentPort!.postMessage(reply);
}

// One batch, one article at a time, even across the awaits of HTML input: what the
// shared progress says must be the article running.
let queue: Promise<void> = Promise.resolve();

parentPort!.on('message', (request: BatchRequest) => {
  queue = queue.then(() => run(request));
});

// Tell the pool the code loaded: a failure before this is a broken install, not a bad article.
const ready: WorkerReply = { ready: true };
parentPort!.postMessage(ready);
