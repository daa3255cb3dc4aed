/**
 * A pool of worker threads for `--workers N`. Each worker runs src/cli/worker-entry,
 * extracts whole articles and, for a format that renders each record on its own
 * (json, jsonl, table, highlight), renders them too: what comes back is the finished
 * output text, a string, not an extraction to copy across threads. Articles go out in
 * batches (a message per batch, not per article), each to the worker with the least
 * work queued; a batch closes when it is full or when the reader has nothing more at
 * once, so a slow stream is never held back.
 *
 * A worker that dies fails only the article it was extracting (an error record) and
 * is replaced; the other articles of its batches go to the replacement. Which article
 * it was on is read from memory the worker shares with the pool, so a batch costs no
 * extra message to make that sure. When workers cannot start at all (a broken
 * install), the pool warns once and extracts in this thread instead of respawning
 * forever.
 */
import { Worker } from 'node:worker_threads';
import type { ExtractOptions } from '../types.js';
import type { Capacity, Done, Engine, Job, RenderSpec } from './engine-type.js';
import { createInProcessEngine } from './in-process.js';
import { describeError } from './errors.js';

/** How articles are grouped into messages (see plan.ts, which picks them from the input). */
export interface BatchSize {
  /** Most articles in one batch. */
  count: number;
  /** A batch closes once it holds this many characters. */
  chars: number;
}

/** One article per message: what the tests' stand-in workers and a single long article get. */
export const SINGLE: BatchSize = { count: 1, chars: 1 };

/** What a worker is started with (`workerData`). */
export interface WorkerSetup {
  extract: ExtractOptions;
  render: RenderSpec | null;
  /** Int32Array over shared memory: [0] = the batch being extracted, [1] = the position in it of the article being extracted. */
  progress: SharedArrayBuffer;
  /** From TypeScript sources: the entry the bootstrap loads. */
  entry: string | null;
}

/** A batch from the pool. */
export interface BatchRequest {
  batch: number;
  jobs: Job[];
}

/** One article's answer: its output or a one-line error. */
export type JobReply = Done | { error: string };

/** What a worker posts: ready once it has loaded, then the answers of each batch, in order. */
export type WorkerReply = { ready: true } | { batch: number; replies: JobReply[] };

interface Pending {
  job: Job;
  size: number;
  resolve: (done: Done) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  /** Batches sent and not yet answered, oldest first. */
  batches: Map<number, Pending[]>;
  /** Characters sent and not yet answered. */
  queued: number;
  ready: boolean;
}

/** Where a worker's code is: the script to start and, from TS sources, the entry it loads. */
export interface WorkerScript {
  url: URL;
  entry: string | null;
}

// A smaller young generation than V8's default (48 MB) keeps each worker's resident
// memory about 15% lower on a long stream; the extra scavenges cost little here
// (24 MB took the same CPU time on the 50,000-article stream, and more memory).
const YOUNG_GENERATION_MB = 16;

/** Characters a worker may have queued beyond its batches, so one long article does not stall the reader. */
const LONG_ARTICLE_CHARS = 2_000_000;

/**
 * The heap a worker may use, in MB: a record that needs more (a runaway) stops its
 * worker, becomes an error record, and the worker is replaced. A document at the
 * default --max-chars (2,000,000 characters) peaks at about 150 MB of heap; the
 * limit leaves several times that, and grows with --max-chars.
 */
export function workerHeapMb(maxChars: number | undefined): number {
  return Math.max(1024, Math.ceil((maxChars ?? 2_000_000) / 2_000_000) * 512);
}

/**
 * Where the worker's code is. From the compiled dist/ it is the .js file beside this
 * one; when this module runs from TypeScript sources (tests under vitest, `tsx`), a
 * small .mjs bootstrap registers tsx in the worker and then loads the .ts entry.
 */
export function workerScript(): WorkerScript {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./worker-entry.js', import.meta.url), entry: null };
  return { url: new URL('./worker-tsx.mjs', import.meta.url), entry: new URL('./worker-entry.ts', import.meta.url).href };
}

/** Options of a pool beyond its size and extraction options. */
export interface PoolOptions {
  /** The format workers render in, or null: they send extractions. */
  render?: RenderSpec | null;
  batch?: BatchSize;
  script?: WorkerScript;
  heapMb?: number;
}

class WorkerPool implements Engine {
  readonly capacity: Capacity;
  private readonly slots: Slot[] = [];
  private readonly render: RenderSpec | null;
  private readonly batchSize: BatchSize;
  private readonly script: WorkerScript;
  private readonly heapMb: number;
  private open: Pending[] = [];
  private openChars = 0;
  private flushScheduled = false;
  private batchSeq = 0;
  private closed = false;
  private broken = false;
  private fallback: Promise<Engine> | null = null;

  constructor(
    size: number,
    private readonly options: ExtractOptions,
    private readonly warn: (message: string) => void,
    pool: PoolOptions,
  ) {
    this.render = pool.render ?? null;
    this.batchSize = pool.batch ?? SINGLE;
    this.script = pool.script ?? workerScript();
    this.heapMb = pool.heapMb ?? workerHeapMb(options.maxChars);
    // Two batches per worker: one being extracted, one waiting, so no worker idles between messages.
    this.capacity = { count: size * 2 * this.batchSize.count, chars: size * (2 * this.batchSize.chars + LONG_ARTICLE_CHARS) };
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i));
  }

  run(job: Job): Promise<Done> {
    if (this.broken) return this.inThisThread(job);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise<Done>((resolve, reject) => this.add({ job, size: job.article.text.length, resolve, reject }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  /** Add an article to the open batch; send it when full, else once this turn of the event loop is over. */
  private add(pending: Pending): void {
    this.open.push(pending);
    this.openChars += pending.size;
    if (this.open.length >= this.batchSize.count || this.openChars >= this.batchSize.chars) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => {
        this.flushScheduled = false;
        this.flush();
      });
    }
  }

  private flush(): void {
    if (this.open.length === 0) return;
    const pending = this.open;
    this.open = [];
    this.openChars = 0;
    this.send(pending);
  }

  /** Send a batch to the worker with the fewest characters queued. */
  private send(pending: Pending[]): void {
    if (this.broken) {
      for (const p of pending) this.inThisThread(p.job).then(p.resolve, p.reject);
      return;
    }
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.queued < slot.queued) slot = s;
    const batch = this.batchSeq++;
    slot.batches.set(batch, pending);
    for (const p of pending) slot.queued += p.size;
    const request: BatchRequest = { batch, jobs: pending.map((p) => p.job) };
    slot.worker.postMessage(request);
  }

  private inThisThread(job: Job): Promise<Done> {
    this.fallback ??= createInProcessEngine(this.options);
    return this.fallback.then((engine) => engine.run(job));
  }

  private spawn(index: number): Slot {
    const progress = new SharedArrayBuffer(8);
    new Int32Array(progress)[0] = -1;
    const workerData: WorkerSetup = { extract: this.options, render: this.render, progress, entry: this.script.entry };
    const worker = new Worker(this.script.url, {
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, progress: new Int32Array(progress), batches: new Map(), queued: 0, ready: false };
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const pending = slot.batches.get(reply.batch);
      if (!pending) return;
      slot.batches.delete(reply.batch);
      pending.forEach((p, i) => {
        slot.queued -= p.size;
        const answer = reply.replies[i];
        if (answer === undefined) p.reject(new Error('worker thread gave no answer'));
        else if ('error' in answer) p.reject(new Error(answer.error));
        else p.resolve(answer);
      });
    });
    worker.on('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `needed more memory than a worker thread may use (${this.heapMb} MB); stopped`
          : `worker thread failed: ${describeError(error)}`;
      this.fail(index, slot, new Error(message));
    });
    worker.on('exit', (code) => this.fail(index, slot, new Error(`worker thread stopped (exit status ${code})`)));
    return slot;
  }

  /** The article a worker was extracting, from what it wrote in shared memory; undefined when unknown. */
  private culprit(slot: Slot): Pending | undefined {
    const batch = slot.batches.get(Atomics.load(slot.progress, 0));
    return batch?.[Atomics.load(slot.progress, 1)];
  }

  private fail(index: number, slot: Slot, error: Error): void {
    if (this.slots[index] !== slot) return;
    const pending = [...slot.batches.values()].flat();
    const culprit = this.culprit(slot) ?? pending[0];
    slot.batches.clear();
    if (this.closed) {
      for (const p of pending) p.reject(error);
    } else if (slot.ready) {
      // The worker says in shared memory which article of which batch it is on: that one
      // failed (the oldest article sent, when it says nothing); the others go to the replacement.
      this.slots[index] = this.spawn(index);
      culprit?.reject(error);
      const others = pending.filter((p) => p !== culprit);
      for (let i = 0; i < others.length; i += this.batchSize.count) this.send(others.slice(i, i + this.batchSize.count));
    } else {
      if (!this.broken) this.warn(`cannot start worker threads (${error.message}); extracting in this thread`);
      this.broken = true;
      for (const p of pending) this.inThisThread(p.job).then(p.resolve, p.reject);
    }
  }
}

/**
 * Start `size` worker threads that extract with `options` (and render with
 * `pool.render`). When the threads cannot start at all, `warn` is told once and every
 * article is extracted in this thread instead: slower, but no record is lost.
 */
export function createWorkerPool(size: number, options: ExtractOptions, warn: (message: string) => void, pool: PoolOptions = {}): Engine {
  return new WorkerPool(size, options, warn, pool);
}
