/**
 * What the entity rules derive from the one lexicon (src/lexicon/, generated into
 * `lexicon()`): listed names with "and" inside, look-ahead bounds, place kinds. Built
 * once, on first use, so that importing the library stays cheap.
 */
import { type Lexicon, lexicon } from '../../lexicon/generated/lexicon.js';
import type { PlaceKind, Token } from '../doc.js';

export interface EntityLexicon extends Lexicon {
  /**
   * Listed names with "and" inside ("Bosnia and Herzegovina", "Islamic State of Iraq
   * and the Levant"), which runs of capitals cut: lengths in words by first word.
   */
  joinedNames: Map<string, Set<number>>;
  joinedKeys: Set<string>;
  /** First words of the titles ("secretary" of "secretary of state"): a word not here starts no title. */
  titleFirstWords: Set<string>;
  /** Longest entry, in words, of titles and of place names (bounds the look-ahead). */
  maxTitleWords: number;
  maxPlaceWords: number;
}

let cached: EntityLexicon | undefined;

const maxWords = (...sets: ReadonlySet<string>[]): number => {
  let max = 1;
  for (const s of sets) for (const e of s) max = Math.max(max, e.split(' ').length);
  return max;
};

/** The lexicon with the entity rules' derived structures, built on first call. */
export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const lex = lexicon();
  const joinedKeys = new Set<string>();
  const joinedNames = new Map<string, Set<number>>();
  for (const name of [...lex.countries, ...lex.regions, ...lex.orgs]) {
    const words = name.toLowerCase().split(' ');
    if (!words.includes('and') || name.includes(',')) continue;
    joinedKeys.add(words.join(' '));
    const lengths = joinedNames.get(words[0]!) ?? new Set<number>();
    joinedNames.set(words[0]!, lengths.add(words.length));
  }
  cached = {
    ...lex,
    joinedNames,
    joinedKeys,
    titleFirstWords: new Set([...lex.titles].map((t) => t.split(' ')[0]!)),
    maxTitleWords: maxWords(lex.titles),
    maxPlaceWords: Math.min(6, maxWords(lex.countries, lex.cities, lex.regions)),
  };
  return cached;
}

/** What kind of place a lower-case name is, if any. */
export function placeKind(lex: Lexicon, key: string): Exclude<PlaceKind, 'other'> | null {
  if (lex.countries.has(key)) return 'country';
  if (lex.cities.has(key)) return 'city';
  if (lex.regions.has(key)) return 'region';
  return null;
}

/** A word that heads or closes an organisation's or a place's name ("committee", "party", "street", "gulf"). */
export function isBodyOrPlaceWord(lex: Lexicon, key: string): boolean {
  return lex.orgSuffixes.has(key) || lex.orgHeads.has(key) || lex.placeSuffixes.has(key) || lex.placeHeads.has(key);
}

/** A name particle written in lower case ("al", "de", "du", "bin"), which binds the words around it into one name. */
export function isLowerParticle(lex: Lexicon, t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && lex.nameParticles.has(t.text);
}

/**
 * "Pittsburgh Pirates" → "pirates", "Boston Red Sox" → "red sox": what follows the place opening a body's name
 * (lower-case words), when it can name the body alone: two words or more, or a plural (a side's nickname; not the
 * "olympic" of "Atlanta Olympic"); else null.
 */
export function townTail(keys: readonly string[], lex: Lexicon): string | null {
  if (keys.length < 2 || !placeKind(lex, keys[0]!)) return null;
  return keys.length > 2 || keys[keys.length - 1]!.endsWith('s') ? keys.slice(1).join(' ') : null;
}
