/**
 * Is a word an ordinary word: in compromise's lexicon or SCOWL's common English words
 * (the lexicon's commonWords), directly or by a regular inflection?
 * Used to repair words split by a line break ("Rus\nsia’s" → "Russia’s") and to tell
 * ordinary words from names. The suffixes are data (src/lexicon/known-word-suffixes.txt).
 */
import nlp from './nlp.js';
import { lexicon } from '../lexicon/generated/lexicon.js';

let words: Record<string, unknown> | undefined;
let common: ReadonlySet<string> | undefined;
let suffixes: string[] | undefined;
let prefixes: RegExp | undefined;

const NONE: ReadonlySet<string> = new Set();

const compromiseLexicon = (): Record<string, unknown> => (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;

/**
 * True when `word` (any case) or its stem before a regular suffix is in compromise's
 * lexicon or, unless `dictionary` is false, in the common words.
 */
export function isKnownWord(word: string, dictionary = true): boolean {
  const w = word.toLowerCase();
  if (w.length < 2) return false;
  words ??= compromiseLexicon();
  common ??= lexicon().commonWords;
  const more = dictionary ? common : NONE;
  if (words[w] !== undefined || more.has(w)) return true;
  suffixes ??= [...lexicon().knownWordSuffixes];
  for (const suffix of suffixes) {
    if (w.length <= suffix.length + 2 || !w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    // ("Peres" is no "per" + "es", "Sweetser" no "sweets" + "er": a function word or a plural takes no suffix)
    if (/s$/.test(stem) || isFunctionTag(words[stem])) continue;
    if (words[stem] !== undefined || more.has(stem)) return true;
  }
  prefixes ??= new RegExp(`^(?:${[...lexicon().knownWordPrefixes].join('|')})(?=.{4})`);
  const prefix = prefixes.exec(w);
  if (!prefix) return false;
  const stem = w.slice(prefix[0].length);
  return words[stem] !== undefined || more.has(stem);
}

const FUNCTION_TAGS = new Set(['Preposition', 'Determiner', 'Conjunction', 'Pronoun']);
const isFunctionTag = (tag: unknown): boolean => (Array.isArray(tag) ? tag : [tag]).some((t) => FUNCTION_TAGS.has(t as string));

/** The tags compromise's lexicon gives a word out of context ("architect" → ["Actor"]); empty when it lacks the word. */
export function lexiconTags(word: string): readonly string[] {
  words ??= compromiseLexicon();
  const tag = words[word.toLowerCase()];
  if (tag === undefined) return [];
  return Array.isArray(tag) ? (tag as string[]) : [tag as string];
}

/** compromise's lexicon tags of a word that can follow a given name as a surname. */
const SURNAME_TAGS: ReadonlySet<string> = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName']);

/** compromise's lexicon lists the word as a surname or a given name ("smith", "ferdinand"), which can close a person's name. */
export const isListedNameWord = (word: string): boolean => lexiconTags(word).some((tag) => SURNAME_TAGS.has(tag));
