/**
 * A pool of worker threads for `--workers N`. Each worker runs src/cli/worker-entry
 * and extracts whole articles; the pool hands each new article to the worker with
 * the fewest in flight. A worker that dies fails only its own articles (each becomes
 * an error record) and is replaced; a pool whose workers cannot even start fails
 * every article with that one reason rather than respawning forever.
 */
import { Worker } from 'node:worker_threads';
import type { Extraction, ExtractOptions } from '../types.js';
import type { Article } from './article.js';
import { createInProcessEngine, type Engine } from './engine.js';
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

const YOUNG_GENERATION_MB = 16;

type Reply = { ready: true } | { seq: number; extraction: Extraction } | { seq: number; error: string };

/**
 * Where the worker's code is. From the compiled dist/ it is the .js file beside this
 * one; when this module runs from TypeScript sources (tests under vitest, `tsx`), a
 * small .mjs bootstrap registers tsx in the worker and then loads the .ts entry.
 */
export function workerScript(): { url: URL; entry: string | null } {
  if (!import.meta.url.endsWith('.ts')) return { url: new URL('./worker-entry.js', import.meta.url), entry: null };
  return { url: new URL('./worker-tsx.mjs', import.meta.url), entry: new URL('./worker-entry.ts', import.meta.url).href };
}

/**
 * Start `size` worker threads that extract with `options`. When the threads cannot
 * start at all (a broken install), `warn` is told once and every article is
 * extracted in this thread instead: slower, but no record is lost.
 */
export function createWorkerPool(
  size: number,
  options: ExtractOptions,
  warn: (message: string) => void,
  script: { url: URL; entry: string | null } = workerScript(),
): Engine {
  const slots: Slot[] = [];
  let seq = 0;
  let closed = false;
  let broken = false;
  let fallback: Promise<Engine> | null = null;
  const inThisThread = (article: Article) => (fallback ??= createInProcessEngine(options)).then((e) => e.run(article));

  const spawn = (index: number): Slot => {
    const worker = new Worker(script.url, {
      workerData: { extract: options, entry: script.entry },
      // A smaller young generation than V8's default (48 MB) keeps each worker's resident
      // memory about 15% lower on a long stream; the extra scavenges cost little here.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, pending: new Map(), ready: false };
    const fail = (error: Error) => {
      if (slots[index] !== slot) return;
      const pending = [...slot.pending.values()];
      slot.pending.clear();
      if (!closed && slot.ready) {
        // The first article in flight is the one being extracted when the worker died;
        // the ones queued behind it are innocent and go to the replacement.
        slots[index] = spawn(index);
        pending[0]?.reject(error);
        for (const p of pending.slice(1)) run(p.article).then(p.resolve, p.reject);
        return;
      }
      if (closed) return pending.forEach((p) => p.reject(error));
      if (!broken) warn(`cannot start worker threads (${error.message}); extracting in this thread`);
      broken = true;
      for (const p of pending) inThisThread(p.article).then(p.resolve, p.reject);
    };
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
    worker.on('error', (error) => fail(new Error(`worker thread failed: ${describeError(error)}`)));
    worker.on('exit', (code) => fail(new Error(`worker thread stopped (exit status ${code})`)));
    return slot;
  };
  for (let i = 0; i < size; i++) slots.push(spawn(i));

  function run(article: Article): Promise<Extraction> {
    if (broken) return inThisThread(article);
    if (closed) return Promise.reject(new Error('the worker pool is closed'));
    let slot = slots[0]!;
    for (const s of slots) if (s.pending.size < slot.pending.size) slot = s;
    const id = seq++;
    return new Promise<Extraction>((resolve, reject) => {
      slot.pending.set(id, { article, resolve, reject });
      slot.worker.postMessage({ seq: id, article });
    });
  }

  return {
    // Two per worker: one being extracted, one waiting, so no worker idles between messages.
    capacity: size * 2,
    run,
    close: async () => {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
