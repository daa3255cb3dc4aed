/**
 * Small predicates over the shared tokens, used by every entity rule.
 */
import type { Token } from '../02-parse.js';

const POSSESSIVE = /['’][sS]?$/;

/** The token's text without a possessive ending, lower case ("Russia's" → "russia"). */
export function keyOf(token: Token): string {
  return stripPossessive(token.text).toLowerCase();
}

/** "Russia's" → "Russia"; "Reuters" stays. */
export function stripPossessive(text: string): string {
  return /['’][sS]$|[sS]['’]$/.test(text) ? text.replace(POSSESSIVE, '') : text;
}

/** Written with a leading capital letter ("Seoul", "U.S.", "McDonald", "Çavuşoğlu"). */
export function isCapitalized(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** All letters upper case, at least two of them ("NATO", "U.S.", "LONDON"). */
export function isAllCaps(token: Token): boolean {
  // Two tests instead of one pattern with three [^a-z]* runs, which backtracks cubically on a long
  // capitalised token that ends in a lower-case letter.
  const text = stripPossessive(token.text);
  return !/[a-z]/.test(text) && /[A-Z][^A-Z]*[A-Z]/.test(text);
}

/** Words between the two sides of a match: "Glamorgan beat Durham", "Walsall v Wrexham". */
export const MATCH_WORDS = new Set(['beat', 'beats', 'v', 'vs', 'drew', 'thrashed']);

/** A generational suffix after a name: "Jr.", "Sr", "III" (any case). */
export function isGenerationalSuffix(word: string): boolean {
  return /^(?:jr|sr|ii|iii|iv)\.?$/i.test(word);
}

const NAME_PREFIXES = new Set(['Mac', 'Van', 'Von', 'Fitz', 'Del', 'Della', 'Des']);

/**
 * A capital inside a word after three or more letters ("PolitiFact", "WikiLeaks"): a
 * brand's shape. "McCain", "DeSantis", "MacArthur" have theirs after a name prefix.
 */
export function isCamelCase(word: string): boolean {
  const m = /^([A-Z][a-z]{2,})[A-Z][a-z]+$/.exec(word);
  return !!m && !NAME_PREFIXES.has(m[1]!);
}

/** Nothing but spaces between two tokens (no comma, bracket, quote or dash). */
export function joinedBySpace(prev: Token, next: Token): boolean {
  return /^ +$/.test(prev.post) && next.pre === '';
}

/** Joined by a hyphen with no spaces ("Tae-yul", "Moscow-Pyongyang"). */
export function joinedByHyphen(prev: Token, next: Token): boolean {
  return prev.post === '-' && next.pre === '';
}

/** Possessive ("Russia's", "Reuters'"). */
export function isPossessive(token: Token): boolean {
  return /['’][sS]$|[sS]['’]$/.test(token.text);
}

const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Copula', 'Modal'];

/** A closed-class word ("The", "In", "He"): never part of a name at its start. */
export function isFunctionWord(token: Token): boolean {
  return FUNCTION_TAGS.some((t) => token.tags.has(t));
}

/**
 * True when most words of the sentence are in capitals: a headline, a dateline or
 * a sports table, where capitals say nothing about names.
 */
export function isCapsSentence(tokens: Token[], first: number, last: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (!/[A-Za-z]{2}/.test(t.text)) continue;
    letters++;
    if (!/[a-z]/.test(t.text)) caps++;
  }
  return letters >= 2 && caps / letters >= 0.6;
}

/**
 * True when the document's first line is a headline in title case ("Hacker Guccifer: Clinton’s
 * Server Unprotected"): every longer word is capitalised, so capitals say little about names
 * there. Only the opening line is judged, and only when a body follows it.
 */
export function isTitleCaseHeadline(tokens: Token[], first: number, last: number, text: string): boolean {
  const head = tokens[first];
  const tail = tokens[last - 1];
  if (!head || !tail || text.slice(0, head.start).trim() !== '') return false;
  // A headline has a body after it, on a later line.
  if (!/\n/.test(tail.post) || text.slice(tail.end).trim() === '') return false;
  // Title case capitalises every longer word, verbs included ("Says", "Welcomes"); a lead
  // sentence full of names still has lower-case words ("met", "government", "said").
  let capitalised = 0;
  for (let i = first; i < last; i++) {
    const t = tokens[i]!;
    if (!/^[A-Za-z][a-z’']{3,}/.test(t.text) || isFunctionWord(t)) continue;
    if (/^[a-z]/.test(t.text)) return false;
    capitalised++;
  }
  return capitalised >= 4;
}
