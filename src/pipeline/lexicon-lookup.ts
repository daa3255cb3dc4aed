/**
 * Is a word known to compromise's lexicon (directly or by a regular inflection)?
 * Used to repair words split by a line break ("Rus\nsia’s" → "Russia’s").
 */
import nlp from 'compromise';

let lexicon: Record<string, unknown> | undefined;

function words(): Record<string, unknown> {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  return lexicon;
}

const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'er', 'ers'];

/** True when `word` (any case) or its stem before a regular suffix is in the lexicon. */
export function isKnownWord(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 2) return false;
  const lex = words();
  if (lex[w] !== undefined) return true;
  for (const suffix of SUFFIXES) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix) && lex[w.slice(0, -suffix.length)] !== undefined) {
      return true;
    }
  }
  return false;
}
