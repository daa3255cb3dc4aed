/**
 * Shapes that make an unlisted capitalised sequence a place: a direction word
 * before a known place ("Northern Iraq"), a geographic head ("Gulf of Oman",
 * "Lake Tharthar"), Arabic article forms ("Ar Raqqah", "Dayr Az Zawr"), and a
 * place preposition before a guess ("near Tal Afar"). The words are data
 * (src/lexicon/compass-words.txt, place-heads.txt, place-prefixes.txt,
 * place-articles.txt).
 */
import type { Token } from '../02-parse.js';
import type { Chunk } from './chunks.js';
import { type EntityLexicon, placeKind } from './lexicon.js';
import { keyOf } from './tokens.js';

/** Which shape makes the chunk a place, or null. */
export function placeShape(tokens: Token[], c: Chunk, lex: EntityLexicon, key: string): string | null {
  const n = c.last - c.first + 1;
  if (n < 2) return null;
  const first = keyOf(tokens[c.first]!);
  const rest = key.slice(key.indexOf(' ') + 1);
  // "Northern Iraq", "Eastern Ukraine", "South Yorkshire": a direction word and a known place.
  if (lex.compassWords.has(first) && placeKind(lex, rest)) return 'compass-place';
  // "Gulf of Oman", "Kingdom of Jordan": a geographic head, "of", a capitalised name.
  if (n >= 3 && lex.placeHeads.has(first) && tokens[c.first + 1]!.normal === 'of') return 'place-head';
  // "Lake Tharthar", "Mount Sinjar".
  if (n <= 3 && lex.placePrefixes.has(first)) return 'place-prefix';
  // "Ar Raqqah", "Wadi Barada", "Dayr Az Zawr": Arabic article forms open or sit inside place names.
  for (let i = c.first; i <= c.last; i++) if (lex.placeArticles.has(keyOf(tokens[i]!)) && (i === c.first || keyOf(tokens[i]!).length <= 3)) return 'place-article';
  return null;
}

/** Prepositions that put a name on the map: "near Tal Afar", "around Kobane". */
const PLACE_CUES = new Set(['around', 'inside', 'near', 'outside', 'throughout']);

/** Is the chunk written right after a place preposition ("near X", "Near X,")? */
export function afterPlaceCue(tokens: Token[], c: Chunk): boolean {
  const before = tokens[c.first - 1];
  return !!before && before.sentence === tokens[c.first]!.sentence && /^ +$/.test(before.post) && PLACE_CUES.has(before.normal);
}
