/**
 * Is a word known to compromise's lexicon (directly or by a regular inflection)?
 * Used to repair words split by a line break ("Rus\nsia’s" → "Russia’s") and to tell
 * ordinary words from names. The suffixes are data (src/lexicon/known-word-suffixes.txt).
 */
import nlp from './nlp.js';
import { lexicon } from '../lexicon/generated/lexicon.js';

let words: Record<string, unknown> | undefined;
let suffixes: string[] | undefined;

/** True when `word` (any case) or its stem before a regular suffix is in the lexicon. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 2) return false;
  words ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  if (words[w] !== undefined) return true;
  suffixes ??= [...lexicon().knownWordSuffixes];
  for (const suffix of suffixes) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && words[w.slice(0, -suffix.length)] !== undefined) return true;
  }
  return false;
}
