/**
 * Word and sentence shapes the entity rules read: brand capitals, generational
 * suffixes, sentences in capitals and title-case headlines. The words are data
 * (src/lexicon/name-prefixes.txt, generational-suffixes.txt).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token } from '../doc.js';
import { isKnownWord, isListedNameWord } from '../known-words.js';
import { isFunctionWord, keyOf } from '../tokens.js';

/** "LONDON 1996-08-30", "BIRMINGHAM, England 1996-08-31", "WASHINGTON -": a dateline. */
export const DATELINE = /^[A-Z][A-Za-z .'-]*(?:, [A-Z][A-Za-z .'-]*)? (?:\d{4}-\d\d-\d\d|[-—–])/;

/** A generational suffix after a name: "Jr.", "Sr", "III" (any case). */
export function isGenerationalSuffix(word: string): boolean {
  return lexicon().generationalSuffixes.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * A capital inside a word after three or more letters ("PolitiFact", "WikiLeaks"), or one or two closing it ("SpaceX", "OpenAI"): a
 * brand's shape. "McCain", "DeSantis", "MacArthur" have theirs after a name prefix.
 */
export function isCamelCase(word: string): boolean {
  const m = /^([A-Z][a-z]{2,})[A-Z](?:[a-z]+|[A-Z]?)$/.exec(word);
  return !!m && !lexicon().namePrefixes.has(m[1]!);
}

/** An acronym in the plural: "ADRs", "MPs", "IEDs". */
export function isAcronymPlural(word: string): boolean {
  return /^[A-Z]{2,}s$/.test(word);
}

/** A road's number: British "M1", "A64", "A1M", "B1234"; American "I-44". */
export function isRoadCode(word: string): boolean {
  return /^(?:[ABM]\d{1,4}M?|I-\d{1,3})$/.test(word);
}

/** One capitalised word no dictionary knows or compromise lists as a name: a surname's shape ("Cullen", "Smith", "Ferdinand"). */
export function isSurnameShape(t: Token): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(t.text) && (!isKnownWord(keyOf(t)) || isListedNameWord(keyOf(t)));
}

/** A model's or a product's code in capitals with digits: "PS4", "WW2", "AK47", "GT2" (not a road's number, which names a place). */
export function isModelCode(word: string): boolean {
  return /\d/.test(word) && /\p{Lu}.*\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word) && !isRoadCode(word);
}

/** "US$995", "HK$43", "A$1.26", "€20": a currency sign before a figure makes an amount of money, never a name. */
export function isAmount(word: string): boolean {
  return /\p{Sc}\d/u.test(word);
}

/** "L'Enfant", "D'Alema", "O'Brien": a capital, an apostrophe and a capitalised rest; a name's shape, never a function word. */
export function isElidedName(word: string): boolean {
  return /^\p{Lu}['’]\p{Lu}\p{Ll}/u.test(word);
}

/**
 * True when most words of tokens [first, end) are in capitals: a headline, a dateline
 * or a table, where capitals say nothing about names.
 */
export function isCapsSentence(tokens: readonly Token[], first: number, end: number): boolean {
  let letters = 0;
  let caps = 0;
  for (let i = first; i < end; i++) {
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
export function isTitleCaseHeadline(tokens: readonly Token[], first: number, end: number, text: string): boolean {
  const head = tokens[first];
  const tail = tokens[end - 1];
  if (!head || !tail || text.slice(0, head.start).trim() !== '') return false;
  // A headline has a body after it, on a later line.
  if (!/\n/.test(tail.post) || text.slice(tail.end).trim() === '') return false;
  // Title case capitalises every longer word, verbs included ("Says", "Welcomes"); a lead
  // sentence full of names still has lower-case words ("met", "government", "said").
  let capitalised = 0;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    if (!/^[A-Za-z][a-z’']{3,}/.test(t.text) || isFunctionWord(t)) continue;
    if (/^[a-z]/.test(t.text)) return false;
    capitalised++;
  }
  return capitalised >= 4;
}
