/**
 * The `meta` of a result: what the caller knows about the article (from its page)
 * and the language of its text, detected here. `extract` calls this first and
 * reads no further when the text is not English.
 */
import type { Extraction, ExtractOptions, Meta } from '../types.js';
import { detectLanguage } from './language.js';

/** `meta` for `input`, and whether it is to be read (English, or too short to tell). */
export function articleMeta(input: string, options: ExtractOptions): { meta: Meta; english: boolean } {
  const language = detectLanguage(input, options.declaredLanguage);
  const given = options.meta ?? {};
  const meta: Meta = {
    title: given.title ?? null,
    byline: given.byline ?? null,
    published: given.published ?? null,
    siteName: given.siteName ?? null,
    url: given.url ?? null,
    language: language.code,
  };
  return { meta, english: language.english };
}

/** The result for a text that is not read (not English): every list empty, `meta` says why. */
export function unreadResult(input: string, options: ExtractOptions, meta: Meta): Extraction {
  const result: Extraction = {
    schemaVersion: 1,
    source: options.source ?? '<input>',
    people: [],
    organizations: [],
    places: [],
    numbers: [],
    quotes: [],
    claims: [],
    meta,
  };
  if (options.includeText) result.text = input;
  return result;
}
