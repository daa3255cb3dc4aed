/**
 * The pipeline: the numbered stages composed in order. `extract` is what the CLI,
 * the batch mode and the tests all call.
 */
import type { Extraction, ExtractOptions } from '../types.js';
import { normalize } from './01-normalize.js';
import { parse } from './02-parse.js';
import { extractEntityMentions } from './03-entities.js';
import { extractNumbers } from './04-numbers.js';
import { extractQuoteSpans } from './05-quotes.js';
import { attributeQuotes } from './06-claims.js';
import { clusterEntities, toEntity } from './07-resolve.js';
import { createContext } from './context.js';

export const SCHEMA_VERSION = 1;

/**
 * Default for `ExtractOptions.maxChars`: 2,000,000 UTF-16 characters, some 300
 * pages; far above any article, low enough that one document's parse stays
 * within memory (compromise holds several objects per word).
 */
export const DEFAULT_MAX_CHARS = 2_000_000;

/** Thrown by `extract` for a document longer than `maxChars`; the message is one line. */
export class InputTooLongError extends Error {
  constructor(
    readonly length: number,
    readonly limit: number,
  ) {
    super(`document is ${length} characters, over the limit of ${limit} (--max-chars)`);
    this.name = 'InputTooLongError';
  }
}

/**
 * Extract people, organisations, places, numbers, quotes and claims from one article.
 * Throws `InputTooLongError` when `input` is longer than `options.maxChars`.
 */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (input.length > limit) throw new InputTooLongError(input.length, limit);
  const norm = normalize(input);
  const ctx = createContext(input, norm, parse(norm.text));
  const entities = clusterEntities(ctx, extractEntityMentions(ctx));
  const numbers = extractNumbers(ctx, options.allNumbers ? { allNumbers: true } : {});
  const { quotes, claims } = attributeQuotes(ctx, extractQuoteSpans(ctx), entities, numbers);
  const ofType = (type: string) => entities.filter((e) => e.type === type).map(toEntity);
  const result: Extraction = {
    schemaVersion: SCHEMA_VERSION,
    source: options.source ?? '<input>',
    people: ofType('person'),
    organizations: ofType('organization'),
    places: ofType('place'),
    numbers,
    quotes,
    claims,
  };
  if (options.includeText) result.text = input;
  return result;
}
