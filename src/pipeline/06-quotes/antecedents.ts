/**
 * What "he" and "she" can stand for: the gender a person's given name, title or role
 * tells ("Jane", "Mrs.", "the congresswoman"), and whether a mention is the subject of
 * its clause ("Roe criticised Doe's plan, which he called …": Roe, not Doe, is "he").
 * Given names are read from compromise's FemaleName/MaleName tags; titles and role words
 * from src/lexicon/cues-gender-*.txt.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token, TokenRange } from '../doc.js';
import { firstAtOrAfter } from '../sorted.js';
import { endsSentence, has } from '../tokens.js';
import { isSkippable } from './predicates.js';

export type Gender = 'female' | 'male' | null;

/** The gender a pronoun asks for ("he" → male), or null for "it", "they". */
export function pronounGender(normal: string): Gender {
  return normal === 'he' ? 'male' : normal === 'she' ? 'female' : null;
}

/** Index of the token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstAtOrAfter(tokens, (t) => t.start, offset);
}

/** The gender one word tells: a title or a role word, or (`names`) a tagged given name. */
function wordGender(t: Token | undefined, names = true): Gender {
  if (!t) return null;
  const { cuesGenderFemale: female, cuesGenderMale: male } = lexicon();
  if (names && has(t, 'FemaleName') && !has(t, 'MaleName')) return 'female';
  if (names && has(t, 'MaleName') && !has(t, 'FemaleName')) return 'male';
  if (female.has(t.normal) || female.has(t.text.toLowerCase())) return 'female';
  if (male.has(t.normal) || male.has(t.text.toLowerCase())) return 'male';
  return null;
}

/** Fold one more hint into a gender: two hints that disagree leave it unknown. */
export function combine(a: Gender | undefined, b: Gender): Gender | undefined {
  if (b === null) return a;
  if (a === undefined) return b;
  return a === b ? a : null;
}

/**
 * The gender of a person from its mentions (normalised offsets) and roles: the first
 * word of each mention and the title right before it ("Mrs. Roe", "Jane Roe").
 */
export function personGender(tokens: readonly Token[], mentions: { start: number }[], roles: string[]): Gender {
  const { cuesGenderFemale: female, cuesGenderMale: male } = lexicon();
  let g: Gender | undefined;
  for (const m of mentions) {
    const k = tokenAt(tokens, m.start);
    g = combine(g, wordGender(tokens[k]));
    // the title right before it ("Mrs. Roe"), not a name ending a list ("Jane Doe, Roe")
    const before = tokens[k - 1];
    if (before && before.post.trim() === '') g = combine(g, wordGender(before, false));
  }
  for (const role of roles) {
    for (const w of role.toLowerCase().split(/\s+/)) g = combine(g, female.has(w) ? 'female' : male.has(w) ? 'male' : null);
  }
  return g ?? null;
}

/** The gender of a speaker phrase no entity stands for ("the spokeswoman", "Mrs. Roe"). */
export function phraseGender(tokens: readonly Token[], phrase: TokenRange): Gender {
  let g: Gender | undefined;
  for (let k = phrase.first; k < phrase.end; k++) g = combine(g, wordGender(tokens[k]));
  return g ?? null;
}

const CLAUSE_BEFORE = /[,:;(—–]/;

/** "House Speaker Jane Roe, R-Wis., despite …": a name opening its sentence, after a title at most. */
function opensSentence(tokens: readonly Token[], first: number): boolean {
  let k = first;
  while (k > 0 && first - k < 4 && !endsSentence(tokens, tokens[k - 1]!) && tokens[k - 1]!.post.trim() === '' && /^\p{Lu}/u.test(tokens[k - 1]!.text)) k--;
  return k === 0 || endsSentence(tokens, tokens[k - 1]!);
}
/** Longest appositive skipped after a subject ("Roe, a former aide, said"). */
const MAX_APPOSITIVE = 25;

/**
 * Is the mention on tokens [first, last] the subject of its clause? It opens the clause
 * (nothing but a title, an article or an adjective before it) and a verb follows, after
 * an appositive or adverbs. "Police arrested Roe", "the plan by Roe", "Roe's aide" are not.
 */
export function isSubjectMention(tokens: readonly Token[], mention: TokenRange): boolean {
  const { first } = mention;
  const last = mention.end - 1;
  const prev = tokens[first - 1];
  const opens = !prev || endsSentence(tokens, prev) || CLAUSE_BEFORE.test(prev.post) || has(prev, 'Conjunction') ||
    ((has(prev, 'Determiner') || has(prev, 'Adjective') || has(prev, 'Honorific') || has(prev, 'Noun')) && !has(prev, 'Verb') && !has(prev, 'Preposition'));
  const tail = tokens[last];
  if (!opens || !tail || /['’]s?$/.test(tail.text) || /^['’]/.test(tail.post)) return false;
  if (opensSentence(tokens, first)) return true;
  let k = last + 1;
  if (tail.post.includes(',')) {
    // "Roe, a former aide to the mayor, said": the verb after the appositive's comma
    while (k < tokens.length && k - last < MAX_APPOSITIVE && !tokens[k]!.post.includes(',') && !endsSentence(tokens, tokens[k]!)) k++;
    k++;
  }
  while (k < tokens.length && isSkippable(tokens[k]!)) k++;
  return has(tokens[k], 'Verb') && !has(tokens[k], 'Gerund');
}
