/**
 * How many worker threads a run gets. Worker threads pay off only on enough text:
 * each one loads compromise and the word lists itself (about half a second), so
 * two short files ran in 2.1 s on the default workers against 1.1 s in this
 * thread. The CLI reads a little ahead, then decides:
 * - never more workers than articles, nor than twice the cores (`--workers 9999`
 *   on three records starts three, not 9999);
 * - by default, when the whole input turned out to be small (under SMALL_INPUT
 *   characters), no worker at all: it runs in this thread;
 * - one article always runs in this thread.
 */
import { availableParallelism } from 'node:os';
import type { Item } from './ordered.js';

/** Below this many characters in all, the default runs in-process: worker start-up would cost more than it saves. */
export const SMALL_INPUT = 1_000_000;

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

/** The number of threads to use: 1 runs in-process. `given` says whether --workers was given. */
export function planWorkers(requested: number, given: boolean, ahead: Ahead, cores = availableParallelism()): number {
  let workers = Math.min(requested, maxWorkers(cores));
  if (ahead.ended) workers = Math.min(workers, ahead.count);
  if (!given && ahead.ended && ahead.size < SMALL_INPUT) workers = 1;
  return Math.max(1, workers);
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
