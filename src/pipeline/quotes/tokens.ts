/**
 * Small predicates over the shared token array, used by every attribution rule.
 * They read only compromise's tags and the punctuation around each token.
 */
import type { Token } from '../02-parse.js';
import { cueLexicon } from './lexicon.js';

const QUOTE_CHARS = /["“”„«»]/;
const CLAUSE_PUNCT = /[,;:()—–]|["“”„«»]|\n| -/;
// "(D-Wis.) said", "Roe, R-Ky., said": a full stop inside brackets or before a comma ends no sentence
const STOP = /[.!?](?![)\],])/;

/** Does a sentence end right after this token ("said." / "it.”")? */
export const endsSentence = (t: Token): boolean => STOP.test(t.post) || t.post.includes('\n');

/** Is there a paragraph break right after this token? */
export const endsParagraph = (t: Token): boolean => t.post.includes('\n');

/** Punctuation between this token and the next that ends a phrase (comma, colon, dash, quote mark). */
export const breaksAfter = (t: Token): boolean => CLAUSE_PUNCT.test(t.post) || endsSentence(t);

/** Is there a quotation mark in the punctuation around the token? */
export const touchesQuote = (t: Token): boolean => QUOTE_CHARS.test(t.pre) || QUOTE_CHARS.test(t.post);

export const has = (t: Token | undefined, tag: string): boolean => t !== undefined && t.tags.has(tag);

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** A personal pronoun that can be a speaker ("he said", "it said"). */
export const isSubjectPronoun = (t: Token): boolean => PRONOUNS.has(t.normal);

/** A word that can head a speaker's noun phrase. */
export function isNominal(t: Token): boolean {
  if (t.tags.has('Pronoun')) return isSubjectPronoun(t);
  // "Tom Lee III": a Roman numeral closing a name is part of it
  if (t.tags.has('RomanNumeral') && /^[IVX]+$/.test(t.text)) return true;
  if (t.tags.has('Date') || (t.tags.has('Value') && !t.tags.has('ProperNoun'))) return false;
  if (t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym')) return true;
  // compromise reads some surnames as verbs ("Blinken"): a capitalised content word is a name
  return /^\p{Lu}/u.test(t.text) && !FUNCTION_TAGS.some((tag) => t.tags.has(tag));
}

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Auxiliary', 'Copula', 'Modal'];

const LINKS = new Set(['of', 'for', 'at', '&', 'and', 'to']);
const WH = new Set(['that', 'which', 'who', 'this', 'these', 'those', 'what']);

/** A word that can sit inside a speaker's noun phrase before its head. */
export function isNounPhrasePart(t: Token): boolean {
  if (WH.has(t.normal)) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('ProperNoun')) {
    // "former", "retired", "elected": participles used as adjectives
    return t.tags.has('Adjective');
  }
  if (t.tags.has('Pronoun')) return t.tags.has('Possessive');
  return (
    isNominal(t) || t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Possessive') ||
    t.tags.has('Honorific') || t.tags.has('Value') || LINKS.has(t.normal)
  );
}

/** Adverbs and auxiliaries that may stand between a subject and its cue ("Blinken also stated"). */
export const isSkippable = (t: Token): boolean => cueLexicon().between.has(t.normal) || (t.tags.has('Adverb') && t.normal.endsWith('ly'));
