/**
 * What a number counts: the noun phrase after it, across modifiers
 * ("approximately 10,000 North Korean troops" → "North Korean troops"), or after
 * "of" ("8,000 of them", "dozens of villages", "40 per cent of the vote").
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token, TokenRange } from '../doc.js';
import { joined, norm, type Words } from './tokens.js';

/** The counted phrase: tokens [first, end), the last being its head noun. */
export type Subject = TokenRange;

/** Longest phrase read, in tokens: keeps the walk linear and the phrase tight. */
const MAX_WORDS = 6;

/** Read the counted phrase at token `k`; with `viaOf`, only "of ..." is read. */
export function readSubject(w: Words, k: number, viaOf: boolean): Subject | null {
  let j = k;
  if (viaOf) {
    if (norm(w, j) !== 'of' || !joined(w.at(j - 1), w.at(j))) return null;
    j++;
    if (lexicon().numbersSubjectPronouns.has(norm(w, j)) && joined(w.at(j - 1), w.at(j))) {
      // "20 of them Egyptian Copts": the phrase after the pronoun says what they are.
      const named = w.at(j + 1)?.tags.has('Verb') ? null : readSubject(w, j + 1, false);
      return named ?? { first: j, end: j + 1 };
    }
    while (lexicon().numbersSubjectDeterminers.has(norm(w, j)) && joined(w.at(j - 1), w.at(j))) j++;
    // "1,523 of the 2,200 passengers": the whole is counted too; its noun is the subject.
    if (j > k + 1 && w.at(j)?.tags.has('Value') && joined(w.at(j - 1), w.at(j))) j++;
  }
  if (!joined(w.at(j - 1), w.at(j))) return null;
  // "300 such Prime promotions": "such" is no part of what is counted.
  while (lexicon().numbersSubjectSkipped.has(norm(w, j)) && joined(w.at(j), w.at(j + 1))) j++;
  const first = j;
  let head = -1;
  for (; j < w.to && j < first + MAX_WORDS; j++) {
    const t = w.at(j)!;
    if (j > first && !joined(w.at(j - 1), t)) break;
    if (isNoun(w, j, first, head)) head = j;
    else if (!modifier(w, j, first, head)) break;
    // A possessive ends the phrase: "the troops' deployment".
    if (/^['’]/.test(t.post)) break;
  }
  if (head < 0) return null;
  // "seven of Washington state's 44 delegates": the owner is not what is counted.
  if (viaOf && /['’]s?$/.test(w.at(head)!.text + w.at(head)!.post.trim()) && joined(w.at(head), w.at(head + 1))) {
    const skip = w.at(head + 1)?.tags.has('Value') ? 1 : 0;
    const owned = readSubject(w, head + 1 + skip, false);
    if (owned) return owned;
  }
  return { first, end: head + 1 };
}

const CLOSED = ['Pronoun', 'Value', 'Date', 'Determiner', 'Preposition', 'Conjunction'];

function isNoun(w: Words, j: number, first: number, head: number): boolean {
  const t = w.at(j)!;
  if (CLOSED.some((tag) => t.tags.has(tag)) || !/[a-z]/i.test(t.text) || lexicon().numbersNounsNotCounted.has(t.normal)) return false;
  // "an 8-core CPU running at": a gerund is no head.
  if (t.tags.has('Gerund')) return false;
  if (t.tags.has('Noun')) return true;
  if (!t.tags.has('PresentTense') || !t.normal.endsWith('s') || t.tags.has('Copula') || t.tags.has('Auxiliary')) return false;
  if (lexicon().numbersVerbsNotNouns.has(t.normal)) return false;
  // compromise reads some plurals as verbs: "15 strikes", "967 vehicle bombs.", "eight oil pump jacks,".
  if (j === first) return true;
  const next = w.at(j + 1);
  const noun = w.at(j - 1)!;
  // "eight oil pump jacks," "three pump jacks were hit" (nouns); "One idea holds that" (a verb).
  const ends = !joined(t, next) || ['Copula', 'Auxiliary', 'Modal', 'PastTense', 'Preposition'].some((tag) => next!.tags.has(tag)) || next!.tags.has('Particle');
  // "75 water-main breaks": the compound before counts as the noun before.
  const compound = head >= 0 && noun.tags.has('Hyphenated');
  return (head === j - 1 || compound) && !noun.tags.has('Plural') && ends;
}

function modifier(w: Words, j: number, first: number, head: number): boolean {
  const t = w.at(j)!;
  const next = w.at(j + 1);
  if (j === first && lexicon().numbersSubjectModifiers.has(t.normal)) return true;
  const before = next !== undefined && joined(t, next) && (next.tags.has('Noun') || next.tags.has('Adjective'));
  if (head >= 0) {
    // "Virginia Democratic primary voters"; "five Dallas police officers" (compromise: "police" a verb).
    if (t.tags.has('Adjective')) return before || t.tags.has('Hyphenated');
    const name = w.at(head)!.tags.has('ProperNoun') && !w.at(head)!.tags.has('Plural');
    return name && t.tags.has('Verb') && before && next!.tags.has('Noun');
  }
  // "regional and international nations", "12 unexploded mortar shells".
  if ((t.normal === 'and' || t.normal === 'or') && j > first) return before;
  if (t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Pronoun')) return false;
  if (t.tags.has('PastTense') || t.tags.has('Gerund')) return before;
  return t.tags.has('Adjective') || (t.tags.has('Hyphenated') && !t.tags.has('Verb'));
}
