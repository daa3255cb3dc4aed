/**
 * The entity lexicon at run time: the generated word lists (src/lexicon/build.mjs)
 * turned into Sets once, on first use, so that importing the library stays cheap.
 */
import { LISTS } from '../../lexicon/generated/lexicon.js';

/** Lookup sets by list name; keys are lower case except `orgs` (case matters: "WHO"). */
export interface EntityLexicon {
  countries: Set<string>;
  cities: Set<string>;
  regions: Set<string>;
  demonyms: Set<string>;
  givenNames: Set<string>;
  orgs: Set<string>;
  orgSuffixes: Set<string>;
  orgCorporate: Set<string>;
  orgHeads: Set<string>;
  orgModifiers: Set<string>;
  placeHeads: Set<string>;
  placeSuffixes: Set<string>;
  titles: Set<string>;
  titleModifiers: Set<string>;
  nameParticles: Set<string>;
  sports: Set<string>;
  sportsIndividual: Set<string>;
  sportsLabels: Set<string>;
  miscSuffixes: Set<string>;
  miscHeads: Set<string>;
  commonAcronyms: Set<string>;
  orgDescriptorsBefore: Set<string>;
  orgDescriptorsAfter: Set<string>;
  placePrefixes: Set<string>;
  orgPosts: Set<string>;
  indexWords: Set<string>;
  placeNouns: Set<string>;
  compassWords: Set<string>;
  placeArticles: Set<string>;
  /**
   * Listed names with "and" inside ("Bosnia and Herzegovina", "Islamic State of Iraq
   * and the Levant"), which runs of capitals cut: lengths in words by first word.
   */
  joinedNames: Map<string, Set<number>>;
  joinedKeys: Set<string>;
  /** Longest entry, in words, of titles and of place names (bounds the look-ahead). */
  maxTitleWords: number;
  maxPlaceWords: number;
}

let cached: EntityLexicon | undefined;

const set = (name: string): Set<string> => new Set(LISTS[name] ?? []);
const maxWords = (...sets: Set<string>[]): number => {
  let max = 1;
  for (const s of sets) for (const e of s) max = Math.max(max, e.split(' ').length);
  return max;
};

/** The lexicon, built on first call. */
export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const lex = {
    countries: set('countries'),
    cities: set('cities'),
    regions: set('regions'),
    demonyms: set('demonyms'),
    givenNames: set('givenNames'),
    orgs: set('orgs'),
    orgSuffixes: set('orgSuffixes'),
    orgCorporate: set('orgCorporate'),
    orgHeads: set('orgHeads'),
    orgModifiers: set('orgModifiers'),
    placeHeads: set('placeHeads'),
    placeSuffixes: set('placeSuffixes'),
    titles: set('titles'),
    titleModifiers: set('titleModifiers'),
    nameParticles: set('nameParticles'),
    sports: set('sports'),
    sportsIndividual: set('sportsIndividual'),
    sportsLabels: set('sportsLabels'),
    miscSuffixes: set('miscSuffixes'),
    miscHeads: set('miscHeads'),
    commonAcronyms: set('commonAcronyms'),
    orgDescriptorsBefore: set('orgDescriptorsBefore'),
    orgDescriptorsAfter: set('orgDescriptorsAfter'),
    placePrefixes: set('placePrefixes'),
    orgPosts: set('orgPosts'),
    indexWords: set('indexWords'),
    placeNouns: set('placeNouns'),
    compassWords: set('compassWords'),
    placeArticles: set('placeArticles'),
  };
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
    maxTitleWords: maxWords(lex.titles),
    maxPlaceWords: Math.min(6, maxWords(lex.countries, lex.cities, lex.regions)),
  };
  return cached;
}

/** What kind of place a lower-case name is, if any. */
export function placeKind(lex: EntityLexicon, key: string): 'country' | 'city' | 'region' | null {
  if (lex.countries.has(key)) return 'country';
  if (lex.cities.has(key)) return 'city';
  if (lex.regions.has(key)) return 'region';
  return null;
}
