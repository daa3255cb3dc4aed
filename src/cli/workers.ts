/**
 * A pool of worker threads for `--workers N`. Each worker runs src/cli/worker-entry
 * and extracts whole articles; the pool hands each new article to the worker with
 * the fewest in flight. A worker that dies fails only the article it was extracting
 * (an error record) and is replaced; the articles queued behind it go to the
 * replacement. When workers cannot start at all (a broken install), the pool warns
 * once and extracts in this thread instead of respawning forever.
 */
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../types.js';
import type { Article } from './article.js';
import type { Engine } from './engine-type.js';
import { createInProcessEngine } from './in-process.js';
import { describeError } from './errors.js';

interface Pending {
  article: Article;
  resolve: (extraction: Extraction) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: boolean;
}

/** Where a worker's code is: the script to start and, from TS sources, the entry it loads. */
export interface WorkerScript {
  url: URL;
  entry: string | null;
}

// A smaller young generation than V8's default (48 MB) keeps each worker's resident
// memory about 15% lower on a long stream; the extra scavenges cost little here.
const YOUNG_GENERATION_MB = 16;

/**
 * The heap a worker may use, in MB: a record that needs more (a runaway) stops its
 * worker, becomes an error record, and the worker is replaced. A document at the
 * default --max-chars (2,000,000 characters) peaks at about 150 MB of heap; the
 * limit leaves several times that, and grows with --max-chars.
 */
export function workerHeapMb(maxChars: number | undefined): number {
  return Math.max(1024, Math.ceil((maxChars ?? 2_000_000) / 2_000_000) * 512);
}

type Reply = { ready: true } | { seq: number; extraction: Extraction } | { seq: number; error: string };

/**
 * Where the worker's code is. From the compiled dist/ it is the .js file beside this
 * one; when this module runs from TypeScript sources (tests under vitest, `tsx`), a
 * small .mjs bootstrap registers tsx in the worker and then loads the .ts entry.
 */
export function workerScript(): WorkerScript {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./worker-entry.js', import.meta.url), entry: null };
  return { url: new URL('./worker-tsx.mjs', import.meta.url), entry: new URL('./worker-entry.ts', import.meta.url).href };
}

class WorkerPool implements Engine {
  readonly capacity: number;
  private readonly slots: Slot[] = [];
  private seq = 0;
  private closed = false;
  private broken = false;
  private fallback: Promise<Engine> | null = null;

  constructor(
    size: number,
    private readonly options: ExtractOptions,
    private readonly warn: (message: string) => void,
    private readonly script: WorkerScript,
    private readonly heapMb: number,
  ) {
    // Two per worker: one being extracted, one waiting, so no worker idles between messages.
    this.capacity = size * 2;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(i));
  }

  run(article: Article): Promise<Extraction> {
    if (this.broken) return this.inThisThread(article);
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = this.seq++;
    return new Promise<Extraction>((resolve, reject) => {
      slot.pending.set(id, { article, resolve, reject });
      slot.worker.postMessage({ seq: id, article });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private inThisThread(article: Article): Promise<Extraction> {
    this.fallback ??= createInProcessEngine(this.options);
    return this.fallback.then((engine) => engine.run(article));
  }

  private spawn(index: number): Slot {
    const worker = new Worker(this.script.url, {
      workerData: { extract: this.options, entry: this.script.entry },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: this.heapMb },
    });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        return;
      }
      const p = slot.pending.get(reply.seq);
      if (!p) return;
      slot.pending.delete(reply.seq);
      if ('error' in reply) p.reject(new Error(reply.error));
      else p.resolve(reply.extraction);
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

  private fail(index: number, slot: Slot, error: Error): void {
    if (this.slots[index] !== slot) return;
    const pending = [...slot.pending.values()];
    slot.pending.clear();
    if (this.closed) {
      for (const p of pending) p.reject(error);
    } else if (slot.ready) {
      // The first article in flight is the one being extracted when the worker died.
      this.slots[index] = this.spawn(index);
      pending[0]?.reject(error);
      for (const p of pending.slice(1)) this.run(p.article).then(p.resolve, p.reject);
    } else {
      if (!this.broken) this.warn(`cannot start worker threads (${error.message}); extracting in this thread`);
      this.broken = true;
      for (const p of pending) this.inThisThread(p.article).then(p.resolve, p.reject);
    }
  }
}

/**
 * Start `size` worker threads that extract with `options`. When the threads cannot
 * start at all, `warn` is told once and every article is extracted in this thread
 * instead: slower, but no record is lost.
 */
export function createWorkerPool(
  size: number,
  options: ExtractOptions,
  warn: (message: string) => void,
  script: WorkerScript = workerScript(),
  heapMb: number = workerHeapMb(options.maxChars),
): Engine {
  return new WorkerPool(size, options, warn, script, heapMb);
}
