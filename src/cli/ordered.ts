/**
 * The streaming loop shared by every input kind: pull items one at a time, keep a
 * bounded window of them in flight on the engine, and emit outcomes strictly in input
 * order. Memory is bounded by the window, not by the input: a 50,000-record stream
 * holds no more than twice the engine's capacity (in articles and in characters) at
 * once, and never less than one article.
 */
import type { FailedRecord } from '../reporters/index.js';
import type { Extraction } from '../types.js';
import type { Article } from './article.js';
import type { Done, Engine } from './engine-type.js';
import { describeError } from './errors.js';

/** Where an item came from, for its output record and error messages. */
export interface Origin {
  /** The record's source when it fails: "file.jsonl:12", "notes.txt#3". */
  source: string;
  /** 1-based line in the input where the item starts; only where there are lines (JSONL, --split-on). */
  line?: number;
  /** Prefix of error messages: "file.jsonl: line 12". */
  label: string;
  /** Input characters it covers, for the progress bar. */
  size: number;
}

/**
 * What the producers yield: an article to extract, or an input that already failed
 * (a bad JSONL line, a file that cannot be read). Every input gives one outcome, so
 * every input gives one record in the output.
 */
export type Item =
  | { kind: 'article'; article: Article; origin: Origin }
  /** `message` replaces "LABEL: REASON" on stderr when the reason names the input already. */
  | { kind: 'failed'; reason: string; message?: string; error?: unknown; origin: Origin };

/** What the loop emits, in input order: an extraction, its finished output text, or a failure. */
export type Outcome =
  | { kind: 'extraction'; extraction: Extraction; size: number }
  | { kind: 'rendered'; text: string; source: string; language: string; size: number }
  | { kind: 'failed'; failure: FailedRecord; message: string; error?: unknown; size: number };

function failedOutcome(reason: string, origin: Origin, error?: unknown, message?: string): Outcome {
  const failure: FailedRecord = { schemaVersion: 1, source: origin.source, ...(origin.line === undefined ? {} : { line: origin.line }), error: reason };
  return { kind: 'failed', failure, message: message ?? `${origin.label}: ${reason}`, error, size: origin.size };
}

function doneOutcome(done: Done, size: number): Outcome {
  if ('extraction' in done) return { kind: 'extraction', extraction: done.extraction, size };
  return { kind: 'rendered', text: done.rendered, source: done.source, language: done.language, size };
}

/** Start one item, the `index`th of the output; the promise never rejects (a failure is an outcome). */
function start(item: Item, index: number, engine: Engine): Promise<Outcome> {
  if (item.kind === 'failed') return Promise.resolve(failedOutcome(item.reason, item.origin, item.error, item.message));
  const { article, origin } = item;
  return engine.run({ article, index }).then(
    (done) => doneOutcome(done, origin.size),
    (error: unknown) => failedOutcome(describeError(error), origin, error),
  );
}

/**
 * Run every item through `engine` and `emit` the outcomes in input order. Stops
 * early, returning false, when `emit` returns false (the reader went away).
 */
export async function runOrdered(
  items: AsyncIterable<Item>,
  engine: Engine,
  emit: (outcome: Outcome) => Promise<boolean>,
): Promise<boolean> {
  // Twice the engine's capacity: a slow article at the head does not idle the other workers at once.
  const count = Math.max(1, engine.capacity.count * 2);
  const chars = Math.max(1, engine.capacity.chars * 2);
  const window: { outcome: Promise<Outcome>; size: number }[] = [];
  let inFlight = 0;
  const next = async (): Promise<boolean> => {
    const head = window.shift()!;
    inFlight -= head.size;
    return emit(await head.outcome);
  };
  let index = 0;
  for await (const item of items) {
    window.push({ outcome: start(item, index++, engine), size: item.origin.size });
    inFlight += item.origin.size;
    while (window.length >= count || (inFlight >= chars && window.length > 0)) if (!(await next())) return false;
  }
  while (window.length > 0) if (!(await next())) return false;
  return true;
}
