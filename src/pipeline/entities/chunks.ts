/**
 * Candidate names: runs of capitalised tokens within a sentence ("Antony Blinken",
 * "Bank of England", "Cho Tae-yul", "Rio de Janeiro"), cut at punctuation, titles and
 * possessives. Classification (classify.ts) decides what each run is.
 */
import { isKnownWord } from '../lexicon-lookup.js';
import type { Token } from '../02-parse.js';
import type { EntityLexicon } from './lexicon.js';
import { isAllCaps, isCamelCase, isCapitalized, isFunctionWord, isPossessive, joinedByHyphen, joinedBySpace, keyOf, MATCH_WORDS, stripPossessive } from './tokens.js';

/** A run of tokens [first, last] (inclusive) that may name something. */
export interface Chunk {
  first: number;
  last: number;
}

const NOT_NAMES = ['Month', 'WeekDay', 'Holiday'];

/** Could this capitalised token start a name? Sentence-initial common words cannot. */
function canStart(t: Token, atStart: boolean, lex: EntityLexicon, next?: Token, after?: Token): boolean {
  const nextText = next?.text ?? '';
  // "al-Qaida", "al-Assad": a lower-case particle hyphenated to a capitalised name opens it.
  if (next && lex.nameParticles.has(t.text) && joinedByHyphen(t, next) && isCapitalized(next)) return true;
  if (!isCapitalized(t)) return false;
  const key = keyOf(t);
  // "when De Wilde fumbled": a capitalised particle opens a name inside a sentence.
  // ("Al Gore" is a given name and a surname: left to the rules below.)
  if (!atStart && lex.nameParticles.has(key) && next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next) && !next.tags.has('LastName')) return true;
  if (lex.countries.has(key) || lex.orgs.has(t.text)) return true;
  // "K. Spiring", "A. Hollioake": an initial starts a name only before a period and a capital.
  if (/^[A-Z]$/.test(t.text)) return t.text !== 'I' && /^\. ?$/.test(t.post) && /^[A-Z][a-z]/.test(nextText);
  if (isFunctionWord(t) || NOT_NAMES.some((tag) => t.tags.has(tag))) return false;
  if (isAllCaps(t) && lex.commonAcronyms.has(key)) return false;
  if (!atStart) return true;
  if (lex.givenNames.has(key) || lex.cities.has(key) || lex.regions.has(key)) return true;
  if (isCamelCase(stripPossessive(t.text))) return true;
  // "News Corp said", "Continental Inc rose": an ordinary word opening a company's name.
  if (next && joinedBySpace(t, next) && lex.orgCorporate.has(keyOf(next).replace(/\./g, ''))) return true;
  // "Notts County 3 1 1 1", "East Fife v Clydebank": two capitalised words opening a results line.
  if (next && after && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next) && !t.tags.has('Verb') && !next.tags.has('PastTense') && (/^\d/.test(after.text) || MATCH_WORDS.has(after.normal))) return true;
  // "Stocks rose", "Newspapers said": a known word opening a sentence is no name.
  if (t.tags.has('Plural') && !t.tags.has('ProperNoun')) return false;
  if (!isKnownWord(key)) return true;
  if (t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization')) return true;
  // "Crystal Palace 4 1 2 1": two capitalised nouns opening a line of a table, before its figures.
  return !!next && !!after && /^\d/.test(after.text) && isNounPair(t, next);
}

function isNounPair(t: Token, next: Token): boolean {
  const noun = (x: Token) => x.tags.has('Noun') && !x.tags.has('Plural') && !['Adjective', 'Verb', 'Adverb', 'Demonym', 'Acronym'].some((tag) => x.tags.has(tag));
  // The first word may be a plural or an adjective ("Notts County", "East Stirling").
  const opener = !['Verb', 'Adverb', 'Demonym', 'Acronym'].some((tag) => t.tags.has(tag));
  return opener && noun(next) && isCapitalized(next) && joinedBySpace(t, next) && !isFunctionWord(next);
}

/** Could this token continue a name after `prev`? */
function canContinue(prev: Token, t: Token, lex: EntityLexicon, next?: Token): boolean {
  if (isPossessive(prev)) return false;
  // "Tae-yul", "Jong-un"; "Dae-jung", "Jae-in": a short syllable after a short capitalised one in a person's name.
  if (joinedByHyphen(prev, t)) return isCapitalized(t) || !isKnownWord(t.text) || (/^[A-Z][a-z]{1,3}$/.test(prev.text) && prev.tags.has('Person') && /^[a-z]{2,4}$/.test(t.text));
  const initial = /^[A-Z]$/.test(prev.text) && /^\. ?$/.test(prev.post);
  if (!joinedBySpace(prev, t) && !initial) return false;
  if (!isCapitalized(t)) return false;
  // "Hicham El Guerrouj", "Veerle De Jaeghere": a capitalised particle goes on when a name follows it.
  if (lex.nameParticles.has(keyOf(t)) && next && joinedBySpace(t, next) && isCapitalized(next) && !isFunctionWord(next)) return true;
  return !NOT_NAMES.some((tag) => t.tags.has(tag)) && !(isFunctionWord(t) && !lex.countries.has(keyOf(t)));
}

/**
 * Lower-case joiners inside a name: "Bank of England", "Rio de Janeiro",
 * "Joost van der Westhuizen", "Procter & Gamble". Returns how many joiner tokens
 * follow token j (0 when none fits).
 */
function joinerLength(tokens: Token[], first: number, j: number, to: number, lex: EntityLexicon): number {
  let k = j + 1;
  while (k < to && k <= j + 2 && lex.nameParticles.has(tokens[k]!.text) && joinedBySpace(tokens[k - 1]!, tokens[k]!)) k++;
  const particles = k - j - 1;
  const joiner = tokens[j + 1];
  const n = particles > 0 ? particles : 1;
  const after = tokens[j + 1 + n];
  // "Bashar al-Assad": the last particle may be hyphenated to the name.
  if (!joiner || !after || j + 1 + n >= to || !joinedBySpace(tokens[j]!, joiner)) return 0;
  const attached = joinedBySpace(tokens[j + n]!, after) || (particles > 0 && joinedByHyphen(tokens[j + n]!, after));
  if (!attached) return 0;
  if (!isCapitalized(after) || (isFunctionWord(after) && !lex.countries.has(keyOf(after)))) return 0;
  if (particles > 0 || joiner.text === '&') return n;
  if (joiner.text !== 'of' && joiner.text !== 'for') return 0;
  const head = keyOf(tokens[first]!);
  const last = keyOf(tokens[j]!);
  return lex.orgHeads.has(head) || lex.orgHeads.has(last) || lex.placeHeads.has(head) || lex.orgSuffixes.has(last) ? 1 : 0;
}

/** Find the chunks of one sentence, tokens [from, to), skipping `blocked` tokens (titles). */
export function findChunks(tokens: Token[], from: number, to: number, blocked: Set<number>, lex: EntityLexicon): Chunk[] {
  const chunks: Chunk[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    const atStart = i === from || /["“‘(]/.test(t.pre) || /:\s*$|(?:^|\s)["“‘]$/.test(tokens[i - 1]!.post);
    const joined = joinedNameLength(tokens, i, to, lex);
    if (joined > 0 && !blocked.has(i)) {
      chunks.push({ first: i, last: i + joined - 1 });
      i += joined;
      continue;
    }
    if (blocked.has(i) || !canStart(t, atStart, lex, i + 1 < to ? tokens[i + 1] : undefined, i + 2 < to ? tokens[i + 2] : undefined)) {
      i++;
      continue;
    }
    let j = i;
    let joinerLen = 0;
    for (;;) {
      if (j + 1 < to && !blocked.has(j + 1) && canContinue(tokens[j]!, tokens[j + 1]!, lex, j + 2 < to ? tokens[j + 2] : undefined)) j++;
      else if (isPossessive(tokens[j]!) && possessiveCompany(tokens, i, j, to, lex)) j++;
      else if ((joinerLen = joinerLength(tokens, i, j, to, lex)) > 0 && !blocked.has(j + joinerLen + 1)) j += joinerLen + 1;
      else break;
    }
    chunks.push({ first: i, last: j });
    i = j + 1;
  }
  return chunks;
}

/** Length of a listed name with "and" inside starting at token i ("Trinidad and Tobago"), or 0. */
function joinedNameLength(tokens: Token[], i: number, to: number, lex: EntityLexicon): number {
  const lengths = isCapitalized(tokens[i]!) ? lex.joinedNames.get(tokens[i]!.text.toLowerCase()) : undefined;
  if (!lengths) return 0;
  let best = 0;
  let key = tokens[i]!.text.toLowerCase();
  for (let k = i + 1; k < to && k - i < 10; k++) {
    if (!joinedBySpace(tokens[k - 1]!, tokens[k]!)) break;
    key += ` ${tokens[k]!.text.toLowerCase()}`;
    if (lengths.has(k - i + 1) && isCapitalized(tokens[k]!) && lex.joinedKeys.has(key)) best = k - i + 1;
  }
  return best;
}

/**
 * "Boatmen's Bancshares Inc.", "Heriot's F.P.": a possessive inside a company name,
 * when capitals follow and end in a company form within three words. A known
 * place or person word before the possessive stays apart ("Russia's Foreign Ministry").
 */
function possessiveCompany(tokens: Token[], first: number, j: number, to: number, lex: EntityLexicon): boolean {
  const owner = keyOf(tokens[j]!);
  if (lex.countries.has(owner) || lex.cities.has(owner) || lex.regions.has(owner) || lex.givenNames.has(keyOf(tokens[first]!))) return false;
  for (let k = j + 1; k < Math.min(to, j + 4); k++) {
    const t = tokens[k]!;
    if (!isCapitalized(t) || !joinedBySpace(tokens[k - 1]!, t)) return false;
    if (lex.orgCorporate.has(keyOf(t).replace(/\./g, ''))) return true;
    if (isPossessive(t)) return false;
  }
  return false;
}
