/**
 * The pipeline: the stages in the order they run, each reading and adding to one
 * typed document (doc.ts). `extract` is what the CLI, the batch mode and the tests all
 * call. A stage imports only what runs before it (checked by dependency-cruiser).
 */
import { articleMeta } from '../input/meta-result.js';
import type { Extraction, ExtractOptions, NumberMention } from '../types.js';
import { normalizeStage } from './01-normalize.js';
import { parseStage } from './02-parse.js';
import { entitiesStage } from './03-entities/index.js';
import { resolveStage, toEntity } from './04-resolve.js';
import { numbersStage } from './05-numbers/index.js';
import { quotesStage } from './06-quotes/index.js';
import { claimsStage } from './07-claims/index.js';
import { createDoc, type Doc } from './doc.js';
import { DEFAULT_MAX_CHARS, InputTooLongError } from './limits.js';

export const SCHEMA_VERSION = 1;

// The limits live in their own module so the CLI can show them without loading the pipeline.
export { DEFAULT_MAX_CHARS, InputTooLongError } from './limits.js';

/** One stage: a name (for the bench's time per stage) and what it adds to the document. */
export interface Stage {
  readonly name: string;
  readonly run: (doc: Doc) => void;
}

/** The stages, in the order they run. */
export const STAGES: readonly Stage[] = [
  { name: 'normalize', run: normalizeStage },
  { name: 'parse', run: parseStage },
  { name: 'entities', run: entitiesStage },
  { name: 'resolve', run: resolveStage },
  { name: 'numbers', run: numbersStage },
  { name: 'quotes', run: quotesStage },
  { name: 'claims', run: claimsStage },
];

/**
 * Extract people, organisations, places, numbers, quotes and claims from one article.
 * Throws `InputTooLongError` when `input` is longer than `options.maxChars`.
 */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  return toExtraction(run(input, options));
}

/**
 * Milliseconds spent, by step: "language" (the language check), then each stage by
 * name. `run` adds to it when given one (the bench's time per stage); without one it
 * reads no clock.
 */
export type StageTimes = Record<string, number>;

/** Run every stage over `input` and return the document (for the bench and the rule tests). */
export function run(input: string, options: ExtractOptions = {}, times?: StageTimes): Doc {
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (input.length > limit) throw new InputTooLongError(input.length, limit);
  const doc = createDoc(input, options);
  // Only English is read: another language gives empty lists, its name in meta.language.
  let started = times ? performance.now() : 0;
  const { meta, english } = articleMeta(input, options);
  doc.meta = meta;
  if (times) started = addTime(times, 'language', started);
  if (!english) return doc;
  for (const stage of STAGES) {
    stage.run(doc);
    if (times) started = addTime(times, stage.name, started);
  }
  return doc;
}

/** Add the time since `started` to `times[name]`; returns now. */
function addTime(times: StageTimes, name: string, started: number): number {
  const now = performance.now();
  times[name] = (times[name] ?? 0) + (now - started);
  return now;
}

/** The public result of a document. */
export function toExtraction(doc: Doc): Extraction {
  const explain = doc.options.explain === true;
  const ofType = (type: string) => doc.entities.filter((e) => e.type === type).map((e) => toEntity(e, explain));
  const result: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    source: doc.options.source ?? '<input>',
    people: ofType('person'),
    organizations: ofType('organization'),
    places: ofType('place'),
    numbers: doc.numbers.map((n): NumberMention => (explain ? { ...n.mention, rule: n.rule } : n.mention)),
    quotes: doc.quotes,
    claims: doc.claims,
    meta: doc.meta,
  };
  if (doc.options.includeText) result.text = doc.input;
  return result;
}
