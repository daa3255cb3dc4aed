/**
 * Small predicates over the shared token array, used by every attribution rule.
 * They read only compromise's tags, the punctuation around each token and the cue
 * lists of the lexicon (src/lexicon/cues-*.txt, speaker-*.txt).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token } from '../doc.js';
import { endsSentence, has, isFunctionWord } from '../tokens.js';

const QUOTE_CHARS = /["“”„«»]/;
const CLAUSE_PUNCT = /[,;:()—–]|["“”„«»]|\n| -/;

/** Punctuation between this token and the next that ends a phrase (comma, colon, dash, quote mark), or a sentence end. */
export const breaksAfter = (tokens: readonly Token[], t: Token): boolean => CLAUSE_PUNCT.test(t.post) || endsSentence(tokens, t);

/** Is there a quotation mark in the punctuation around the token? */
export const touchesQuote = (t: Token): boolean => QUOTE_CHARS.test(t.pre) || QUOTE_CHARS.test(t.post);

/** A personal pronoun that can be a speaker ("he said", "it said"). */
export const isSubjectPronoun = (t: Token): boolean => lexicon().speakerPronouns.has(t.contracted ? t.normal.replace(/['’].*$/, '') : t.normal);

/** A word that can head a speaker's noun phrase. */
export function isNominal(t: Token): boolean {
  if (has(t, 'Pronoun')) return isSubjectPronoun(t);
  // "Tom Lee III": a Roman numeral closing a name is part of it
  if (has(t, 'RomanNumeral') && /^[IVX]+$/.test(t.text)) return true;
  if (has(t, 'Date') || (has(t, 'Value') && !has(t, 'ProperNoun'))) return false;
  // "the firm said": a role noun compromise read as an adjective
  if (has(t, 'Noun') || has(t, 'ProperNoun') || has(t, 'Acronym') || isRoleNoun(t.normal)) return true;
  // compromise reads some surnames as verbs ("Blinken"): a capitalised content word is a name
  return /^\p{Lu}/u.test(t.text) && !isFunctionWord(t) && !has(t, 'Adverb');
}

/** A word that can sit inside a speaker's noun phrase before its head. */
export function isNounPhrasePart(t: Token): boolean {
  if (lexicon().speakerExcluded.has(t.normal)) return false;
  // "one well-connected Democrat", "a long-time aide": a word joined to the next by a hyphen modifies it
  if (t.post === '-' && /^\p{L}/u.test(t.text)) return true;
  if (has(t, 'Verb') && !has(t, 'Noun') && !has(t, 'ProperNoun')) {
    // "former", "retired", "elected": participles used as adjectives
    return has(t, 'Adjective');
  }
  if (has(t, 'Pronoun')) return has(t, 'Possessive');
  return (
    isNominal(t) || has(t, 'Determiner') || has(t, 'Adjective') || has(t, 'Possessive') ||
    has(t, 'Honorific') || has(t, 'Value') || lexicon().speakerLinks.has(t.normal)
  );
}

/** Adverbs and auxiliaries that may stand between a subject and its cue ("Blinken also stated"). */
export const isSkippable = (t: Token): boolean => lexicon().cuesBetween.has(t.normal) || (has(t, 'Adverb') && t.normal.endsWith('ly'));

/** The role nouns of speakers: organisations ("ministry") and people ("spokesman"). */
let roles: Set<string> | undefined;
export function isRoleNoun(word: string): boolean {
  roles ??= new Set([...lexicon().cuesRoles, ...lexicon().cuesRolesPeople]);
  return roles.has(word);
}

/** A word's verb lemma from the lexicon ("said" → "say"), or the word itself. */
export const lemmaOf = (t: Token): string => lexicon().verbLemmas.get(t.normal) ?? t.normal;

/** Does token `k` open a claim of its own after a comma: a speech participle (", adding that …", ", saying …")? */
export const ownClaimAt = (tokens: readonly Token[], k: number): boolean =>
  tokens[k - 1]?.post.trim() === ',' && has(tokens[k], 'Gerund') && lexicon().cuesSpeech.has(lemmaOf(tokens[k]!));

/** Does the word after `t` pair with it in a "first second" list ("talk about", "add to")? */
export const pairsWith = (pairs: ReadonlyMap<string, ReadonlySet<string>>, t: Token, next: Token | undefined): boolean => pairs.get(t.normal)?.has(next?.normal ?? '') ?? false;

/** The first token of the stretch holding token `k` after the last comma, dash or other break, not before `floor`. */
export function stretchStart(tokens: readonly Token[], k: number, floor: number): number {
  let first = k;
  while (first > floor && !breaksAfter(tokens, tokens[first - 1]!)) first--;
  return first;
}

/** "in May", "said Will Doyle": a modal written with a capital inside a sentence is a month or a name, no verb. */
export const isCapitalisedModal = (t: Token): boolean => has(t, 'Modal') && /^\p{Lu}/u.test(t.text);
