/**
 * Shapes that make an unlisted capitalised sequence a place: a direction word
 * before a known place ("Northern Iraq"), a geographic head ("Gulf of Oman",
 * "Lake Tharthar"), Arabic article forms ("Ar Raqqah", "Dayr Az Zawr"), and a
 * place preposition before a guess ("near Tal Afar"). The words are data
 * (src/lexicon/compass-words.txt, place-heads.txt, place-prefixes.txt,
 * place-articles.txt, place-prepositions.txt).
 */
import type { Token, TokenRange } from '../doc.js';
import { keyOf } from '../tokens.js';
import { type EntityLexicon, placeKind } from './lexicon.js';

/** "Northern Iraq", "Eastern Ukraine", "South Yorkshire": a direction word and a known place. */
export function isCompassPlace(tokens: readonly Token[], c: TokenRange, lex: EntityLexicon, key: string): boolean {
  return c.end - c.first >= 2 && lex.compassWords.has(keyOf(tokens[c.first]!)) && !!placeKind(lex, key.slice(key.indexOf(' ') + 1));
}

/**
 * "Gulf of Oman", "Kingdom of Jordan", "Metropolitan Museum of Art": a geographic or
 * facility head, "of", a capitalised name; the head opens the run or ends its first part.
 */
export function isPlaceHead(tokens: readonly Token[], c: TokenRange, lex: EntityLexicon): boolean {
  if (c.end - c.first < 3) return false;
  let of = c.first + 1;
  while (of < c.end - 1 && tokens[of]!.normal !== 'of') of++;
  return of < c.end - 1 && tokens[of]!.normal === 'of' && lex.placeHeads.has(keyOf(tokens[of - 1]!));
}

/** "Lake Tharthar", "Mount Sinjar": a geographic word opening two or three words. */
export function isPlacePrefix(tokens: readonly Token[], c: TokenRange, lex: EntityLexicon): boolean {
  const n = c.end - c.first;
  return n >= 2 && n <= 3 && lex.placePrefixes.has(keyOf(tokens[c.first]!));
}

/** "Ar Raqqah", "Wadi Barada", "Dayr Az Zawr": Arabic article forms open or sit inside place names. */
export function hasPlaceArticle(tokens: readonly Token[], c: TokenRange, lex: EntityLexicon): boolean {
  if (c.end - c.first < 2) return false;
  for (let i = c.first; i < c.end; i++) if (lex.placeArticles.has(keyOf(tokens[i]!)) && (i === c.first || keyOf(tokens[i]!).length <= 3)) return true;
  return false;
}

/** How strongly the word before a name puts it on the map ("near X": strong, "in X": weak), or null. */
export function placeCue(tokens: readonly Token[], c: TokenRange, lex: EntityLexicon): 'strong' | 'weak' | 'loose' | null {
  const before = tokens[c.first - 1];
  if (!before || before.sentence !== tokens[c.first]!.sentence || !/^ +$/.test(before.post)) return null;
  return lex.placePrepositions.get(before.normal) ?? null;
}

/** Is the chunk written right after a strong place preposition ("near X", "Near X,")? */
export const afterPlaceCue = (tokens: readonly Token[], c: TokenRange, lex: EntityLexicon): boolean => placeCue(tokens, c, lex) === 'strong';

/** A US state's postal code written in capitals ("OK", "KS"). */
export const isStateCode = (t: Token, lex: EntityLexicon): boolean => /^[A-Z]{2}$/.test(t.text) && lex.usStateCodes.has(t.normal);
