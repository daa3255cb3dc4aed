/**
 * What a number counts: the noun phrase after it, across modifiers
 * ("approximately 10,000 North Korean troops" → "North Korean troops"), or after
 * "of" ("8,000 of them", "dozens of villages", "40 per cent of the vote").
 */
import type { Token } from '../02-parse.js';
import { SUBJECT_DETERMINERS, SUBJECT_MODIFIERS, SUBJECT_PRONOUNS } from '../../lexicon/numbers-context.js';
import { joined, norm } from './tokens.js';

/** The counted phrase: tokens [first, head], head being its last noun. */
export interface Subject {
  first: number;
  head: number;
}

/** Longest phrase read, in tokens: keeps the walk linear and the phrase tight. */
const MAX_WORDS = 6;

/** Read the counted phrase at `w[k]`; with `viaOf`, only "of ..." is read. */
export function readSubject(w: readonly Token[], k: number, viaOf: boolean): Subject | null {
  let j = k;
  if (viaOf) {
    if (norm(w, j) !== 'of' || !joined(w[j - 1], w[j])) return null;
    j++;
    if (SUBJECT_PRONOUNS.has(norm(w, j)) && joined(w[j - 1], w[j])) return { first: j, head: j };
    while (SUBJECT_DETERMINERS.has(norm(w, j)) && joined(w[j - 1], w[j])) j++;
  }
  if (!joined(w[j - 1], w[j])) return null;
  const first = j;
  let head = -1;
  for (; j < w.length && j < first + MAX_WORDS; j++) {
    const t = w[j]!;
    if (j > first && !joined(w[j - 1], t)) break;
    if (!phraseWord(t, j === first)) break;
    if (isNoun(t, j === first)) head = j;
    // A possessive ends the phrase: "the troops' deployment".
    if (/^['’]/.test(t.post)) break;
  }
  return head < 0 ? null : { first, head };
}

function isNoun(t: Token, first: boolean): boolean {
  if (t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Date')) return false;
  if (t.tags.has('Noun')) return true;
  // compromise reads some plurals after a number as verbs: "15 strikes".
  return first && t.tags.has('PresentTense') && t.normal.endsWith('s');
}

function phraseWord(t: Token, first: boolean): boolean {
  if (isNoun(t, first)) return true;
  if (first && SUBJECT_MODIFIERS.has(t.normal)) return true;
  if (t.tags.has('Value') || t.tags.has('Determiner') || t.tags.has('Pronoun')) return false;
  return t.tags.has('Adjective') || (t.tags.has('Hyphenated') && !t.tags.has('Verb'));
}
