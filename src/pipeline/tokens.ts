/**
 * The one set of token predicates every stage shares: case, possessives, how two
 * tokens are joined, closed-class words, sentence and paragraph ends. Stage-specific
 * predicates live in their stage and are built on these.
 */
import type { Tag, Token } from './doc.js';

/** Does the token carry a compromise tag? (Undefined tokens, past either end, carry none.) */
export const has = (t: Token | undefined, tag: Tag): boolean => t !== undefined && t.tags.has(tag);

/** Does it carry any of these tags? */
export const hasAny = (t: Token | undefined, tags: readonly Tag[]): boolean => t !== undefined && tags.some((tag) => t.tags.has(tag));

/** Written with a leading capital letter ("Seoul", "U.S.", "McDonald", "Çavuşoğlu"). */
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);

/** All letters upper case, at least two of them ("NATO", "U.S.", "LONDON"). */
export function isAllCaps(t: Token): boolean {
  // Two tests instead of one pattern with three [^a-z]* runs, which backtracks cubically on a long
  // capitalised token that ends in a lower-case letter.
  const text = stripPossessive(t.text);
  return !/\p{Ll}/u.test(text) && /\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(text);
}

/** The possessive mark ending a word: "'s" of "Russia's", "’s" of "Trump’s", "'" of "Reuters'". */
export const POSSESSIVE_MARK = /['’][sS]$|(?<=[sS])['’]$/;

/** Possessive ("Russia's", "Reuters'"). */
export const isPossessive = (t: Token): boolean => POSSESSIVE_MARK.test(t.text);

/** A possessive mark right after the token or at its end ("Trump’s", "Trump" + "'s", "allies'"). */
export const endsPossessive = (t: Token): boolean => /['’]s?$/.test(t.text) || /^['’]/.test(t.post);

/** "Russia's" → "Russia"; "Reuters" stays. */
export function stripPossessive(text: string): string {
  // only a word ending in s, S, ' or ’ can carry the mark (most words: no regular expression run)
  const last = text.charCodeAt(text.length - 1);
  return last === 0x73 || last === 0x53 || last === 0x27 || last === 0x2019 ? text.replace(POSSESSIVE_MARK, '') : text;
}

/** The token's text without a possessive ending, lower case ("Russia's" → "russia"): the key of word lists. */
export const keyOf = (t: Token): string => stripPossessive(t.text).toLowerCase();

/** Nothing but spaces between two tokens (no comma, bracket, quote or dash). */
export const joinedBySpace = (prev: Token, next: Token): boolean => /^ +$/.test(prev.post) && next.pre === '';

/** Joined by a hyphen with no spaces ("Tae-yul", "Moscow-Pyongyang"). */
export const joinedByHyphen = (prev: Token, next: Token): boolean => prev.post === '-' && next.pre === '';

/** A quotation mark at the end of a token's `pre` opens a quotation; one at the start of its `post` (after a stop or comma) closes it. */
export const OPENS_QUOTATION = /["“]$/;
export const CLOSES_QUOTATION = /^[,.!?]?["”]/;

/**
 * The last token of a short quotation whose first word is token `at`: at most `maxWords` words, every one
 * accepted by `isWord` ("announced “Super Fun Run,” its first game"); -1 when it holds another word or runs on.
 */
export function quotationEnd(tokens: readonly Token[], at: number, maxWords: number, isWord: (t: Token) => boolean): number {
  for (let k = at; k < tokens.length && k < at + maxWords; k++) {
    if (!isWord(tokens[k]!)) return -1;
    if (CLOSES_QUOTATION.test(tokens[k]!.post)) return k;
  }
  return -1;
}

/** Closed-class words: never the start of a name, never a speaker's head. */
export const FUNCTION_TAGS: readonly Tag[] = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary'];

/** A closed-class word ("The", "In", "He", "Will"). */
export const isFunctionWord = (t: Token): boolean => hasAny(t, FUNCTION_TAGS);

/** Is `t` the last token of its sentence (the one sentence model of 02-parse)? */
export const endsSentence = (tokens: readonly Token[], t: Token): boolean => tokens[t.index + 1]?.sentence !== t.sentence;

/** Is there a line or paragraph break right after this token? */
export const endsParagraph = (t: Token): boolean => t.post.includes('\n');

/** Offsets of the tokens `[first, end)` in the text: from the first's start to the last's end. */
export function rangeText(text: string, tokens: readonly Token[], first: number, end: number): string {
  return text.slice(tokens[first]!.start, tokens[end - 1]!.end);
}

/** Lower-case text of tokens [first, end), possessive stripped, spaces folded ("Korean Peninsula's" → "korean peninsula"): the key of multi-word list entries. */
export function rangeKey(text: string, tokens: readonly Token[], first: number, end: number): string {
  return stripPossessive(rangeText(text, tokens, first, end)).toLowerCase().replace(/\s+/g, ' ');
}
