/**
 * How a run is spread over threads: how many worker threads, and how many articles go
 * to a worker in one message. Worker threads pay off only on enough text and only
 * with cores to spare: each one loads compromise and the word lists itself and warms
 * its own compiled code, and two threads busy on this project's 2-core machine cost
 * about 1.3 times the CPU time of one (README, Speed). The CLI reads a little ahead,
 * then decides:
 * - never more workers than articles, nor than twice the cores (`--workers 9999`
 *   on three records starts three, not 9999);
 * - by default, when the whole input is small (under SMALL_INPUT characters), or the
 *   machine has fewer than two cores to spare (cores minus the load average), no
 *   worker at all: it runs in this thread, so the default is never slower than
 *   `--workers 1`; else one worker per spare core, at most the default of --workers;
 * - one article always runs in this thread;
 * - a batch holds about BATCH_CHARS characters: one long article, a few medium ones,
 *   or up to MAX_BATCH short ones, so messages cost little next to the extraction.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Item } from './ordered.js';
import type { BatchSize } from './workers.js';

/** Below this many characters in all, the default runs in-process: worker start-up would cost more than it saves. */
export const SMALL_INPUT = 1_000_000;

/** Characters of articles per message to a worker: about 60 ms of extraction. */
export const BATCH_CHARS = 16_000;

/**
 * The most articles in one message. Larger batches of short posts saved no CPU time
 * that could be measured and made the window of records held by the main thread, and
 * its heap, grow: 237 MB of peak memory on the 50,000-post stream with 64, 206 with 16.
 */
export const MAX_BATCH = 16;

/** The most worker threads a run starts: twice the cores (more only queue for the same cores and memory). */
export function maxWorkers(cores = availableParallelism()): number {
  return Math.max(1, 2 * cores);
}

/** What reading ahead found: how many items, how many characters, and whether that was all of them. */
export interface Ahead {
  count: number;
  size: number;
  ended: boolean;
}

/** The machine a run plans for: its cores and the load average of the last minute (0 where unknown). */
export interface Machine {
  cores: number;
  load: number;
}

/** This machine now. */
export function thisMachine(): Machine {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0 };
}

/** The plan of a run: worker threads (1 runs in-process) and the size of a batch. */
export interface Plan {
  workers: number;
  batch: BatchSize;
}

/** The input as far as it is known before the run: read ahead, and the size of its files in bytes (null for stdin). */
export interface InputShape {
  ahead: Ahead;
  fileBytes: number | null;
}

/** Cores free for this run: the cores, less the runnable processes of others (the load average), rounded. */
export function spareCores(machine: Machine): number {
  return Math.max(0, Math.round(machine.cores - machine.load));
}

/** The number of threads to use: 1 runs in-process. `given` says whether --workers was given. */
export function planWorkers(requested: number, given: boolean, input: InputShape, machine: Machine = thisMachine()): number {
  const { ahead, fileBytes } = input;
  let workers = Math.min(requested, maxWorkers(machine.cores));
  if (ahead.ended) workers = Math.min(workers, ahead.count);
  if (!given) {
    const small = (ahead.ended && ahead.size < SMALL_INPUT) || (fileBytes !== null && fileBytes < SMALL_INPUT);
    const spare = spareCores(machine);
    workers = small || spare < 2 ? 1 : Math.min(workers, spare);
  }
  return Math.max(1, workers);
}

/** Articles per batch for articles of the size read ahead: BATCH_CHARS of them, 1 to MAX_BATCH. */
export function batchSize(ahead: Ahead): BatchSize {
  const average = ahead.count > 0 ? ahead.size / ahead.count : BATCH_CHARS;
  const count = Math.max(1, Math.min(MAX_BATCH, Math.round(BATCH_CHARS / Math.max(1, average))));
  return { count, chars: BATCH_CHARS };
}

/** The whole plan of a run. */
export function planRun(requested: number, given: boolean, input: InputShape, machine: Machine = thisMachine()): Plan {
  return { workers: planWorkers(requested, given, input, machine), batch: batchSize(input.ahead) };
}

/**
 * Read items ahead until there are `count` of them, `size` characters (and two items), or the end;
 * returns every item (those read first, then the rest) and what was seen.
 */
export async function lookAhead(items: AsyncIterable<Item>, limit: { count: number; size: number }): Promise<{ items: AsyncIterable<Item>; ahead: Ahead }> {
  const it = items[Symbol.asyncIterator]();
  const head: Item[] = [];
  let size = 0;
  let ended = true;
  for (let result = await it.next(); !result.done; result = await it.next()) {
    head.push(result.value);
    size += result.value.origin.size;
    // Two items at least: one large article alone still runs in this thread.
    if (head.length >= limit.count || (size >= limit.size && head.length >= 2)) {
      ended = false;
      break;
    }
  }
  async function* all(): AsyncGenerator<Item> {
    try {
      yield* head;
      if (ended) return;
      for (let result = await it.next(); !result.done; result = await it.next()) yield result.value;
    } finally {
      await it.return?.();
    }
  }
  return { items: all(), ahead: { count: head.length, size, ended } };
}
