/**
 * The pipeline: the numbered stages composed in order. `extract` is what the CLI,
 * the batch mode and the tests all call.
 */
import { articleMeta, unreadResult } from '../input/meta-result.js';
import type { Extraction, ExtractOptions } from '../types.js';
import { normalize } from './01-normalize.js';
import { parse } from './02-parse.js';
import { extractEntityMentions } from './03-entities.js';
import { extractNumbers } from './04-numbers.js';
import { extractQuoteSpans } from './05-quotes.js';
import { attributeQuotes } from './06-claims.js';
import { clusterEntities, toEntity } from './07-resolve.js';
import { createContext } from './context.js';
import { DEFAULT_MAX_CHARS, InputTooLongError } from './limits.js';

export const SCHEMA_VERSION = 1;

// The limits live in their own module so the CLI can show them without loading the pipeline.
export { DEFAULT_MAX_CHARS, InputTooLongError } from './limits.js';

/**
 * Extract people, organisations, places, numbers, quotes and claims from one article.
 * Throws `InputTooLongError` when `input` is longer than `options.maxChars`.
 */
export function extract(input: string, options: ExtractOptions = {}): Extraction {
  const limit = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (input.length > limit) throw new InputTooLongError(input.length, limit);
  // Only English is read: another language gives empty lists, its name in meta.language.
  const { meta, english } = articleMeta(input, options);
  if (!english) return unreadResult(input, options, meta);
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
    meta,
  };
  if (options.includeText) result.text = input;
  return result;
}
