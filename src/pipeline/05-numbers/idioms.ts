/**
 * What the words around a number say about it: set phrases in which a number word
 * counts nothing ("at one point", "one by one"), "one" paired with "another" ("one
 * candidate over another"), and numbers the document uses as names ("a chain called
 * 365 ... the 365 stores"). Each check looks at a bounded window: linear overall.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token } from '../doc.js';
import { capitalised, joined, norm, type Words } from './tokens.js';

interface Placed {
  words: readonly string[];
  /** Where the indexed word stands in the phrase. */
  at: number;
}

let byWord: Map<string, Placed[]> | undefined;

/** Every word of every set phrase, with the phrases it stands in. */
function idiomIndex(): Map<string, Placed[]> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const phrase of lexicon().numbersIdioms) {
    const words = phrase.split(' ');
    words.forEach((word, at) => byWord!.set(word, [...(byWord!.get(word) ?? []), { words, at }]));
  }
  return byWord;
}

/** True when token `k` stands inside a set phrase of numbers-idioms.txt ("at one point"). */
export function idiomAt(w: Words, k: number): boolean {
  for (const { words, at } of idiomIndex().get(norm(w, k)) ?? []) {
    const first = k - at;
    if (words.every((word, i) => norm(w, first + i) === word && (i === 0 || joined(w.at(first + i - 1), w.at(first + i))))) return true;
  }
  return false;
}

/** How far after "one" its partner may stand: "one side of the river over another". */
const PAIR_WINDOW = 8;
let maxPairWords = 0;

/** True when "one" at `k` is paired with "another" or "the other" a few words on ("one plan over another"). */
export function pairedOne(w: Words, k: number): boolean {
  const pairs = lexicon().numbersOneCorrelatives;
  if (maxPairWords === 0) for (const p of pairs) maxPairWords = Math.max(maxPairWords, p.split(' ').length);
  for (let j = k + 1; j < Math.min(w.to, k + 1 + PAIR_WINDOW); j++) {
    for (let n = 1; n <= maxPairWords; n++) {
      const words: string[] = [];
      for (let i = j; i < j + n; i++) words.push(norm(w, i));
      if (pairs.has(words.join(' '))) return true;
    }
    // A new clause ends the search: "one died, and another was hurt" is two counts.
    if (!joined(w.at(j - 1), w.at(j))) return false;
  }
  return false;
}

/**
 * The digit strings the document uses as names: "a chain called 365", "365 by Whole
 * Foods Market", "the 365 brand" (`cue`: any other "365" in the document is that name
 * too), and numbers of three or more digits after a capitalised name ("Xbox 360":
 * `name`, so "your 360 library" is the name, "737 passengers" still a count).
 */
export function namedNumbers(tokens: readonly Token[]): Map<string, 'cue' | 'name'> {
  const cues = lexicon().numbersBrandCues;
  const out = new Map<string, 'cue' | 'name'>();
  tokens.forEach((t, i) => {
    if (!/^\d+$/.test(t.text)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    // "a chain called 365," but not "the coach named 10 players".
    const alone = next === undefined || !joined(t, next) || !['Noun', 'Adjective', 'Value'].some((tag) => next.tags.has(tag));
    const before = prev !== undefined && cues.get(prev.normal) === 'before' && joined(prev, t) && alone;
    const after = next !== undefined && cues.get(next.normal) === 'after' && joined(t, next);
    // "365 by Whole Foods": only a capitalised name after "by" ("365 by 2030" is a year).
    const byName = after && next.normal !== 'by' ? true : after && capitalised(tokens[i + 2]) && joined(next, tokens[i + 2]);
    if (before || byName) out.set(t.text, 'cue');
    else if (!out.has(t.text) && t.text.length >= 3 && namePart(prev, t)) out.set(t.text, 'name');
  });
  return out;
}

/** "Xbox 360", "Boeing 747": a capitalised name (no label word, no month) glued to the number in mid-sentence. */
function namePart(prev: Token | undefined, t: Token): boolean {
  if (!prev || !joined(prev, t) || !capitalised(prev) || !prev.tags.has('ProperNoun') || /[.!?:;"“]/.test(prev.pre)) return false;
  return !prev.tags.has('Month') && !lexicon().numbersReferenceWords.has(prev.normal) && !lexicon().numbersMonths.has(prev.normal);
}
