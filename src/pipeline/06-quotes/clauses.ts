/**
 * Is what follows a cue a clause (something claimed), or only a noun phrase? Claims need
 * the former (issue 13: "he defended his decision to …" claims nothing); cue rules use it to
 * tell a cue from a noun ("Givens hopes Clinton and other Democrats do not …").
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token, TokenRange } from '../doc.js';
import { has, hasAny } from '../tokens.js';
import { nounPhraseRight } from './noun-phrases.js';
import { breaksAfter, isNounPhrasePart, isSkippable } from './predicates.js';

/** Longest stretch of attachments after a subject's noun phrase ("of Clinton's released emails", ", AKA Danger Mouse,"). */
const MAX_ATTACHED = 10;

/** A word that is also a noun ("states", "praise"), whatever compromise tagged it. */
export function alsoNoun(t: Token): boolean {
  const singular = t.normal.endsWith('s') ? t.normal.slice(0, -1) : t.normal;
  return lexicon().cuesAlsoNouns.has(t.normal) || lexicon().cuesAlsoNouns.has(singular);
}

/** The subject's noun phrase at `from`: a noun phrase, a lone word that is also a noun ("praise"), or "there". */
function subjectAt(tokens: readonly Token[], from: number): TokenRange | null {
  const t = tokens[from];
  // "found itself offering free rides": a reflexive pronoun is no clause's subject
  if (!t || hasAny(t, ['Preposition', 'Conjunction', 'Reflexive'])) return null;
  if (t.normal === 'there' || alsoNoun(t)) return { first: from, end: from + 1 };
  const np = nounPhraseRight(tokens, from);
  if (np || !(hasAny(t, ['Determiner', 'Possessive', 'Value']) || t.normal === 'no')) return np;
  // "the campaign planned", "every shooting did", "their lives are": compromise reads the noun
  // after an article as a verb
  let k = from + 1;
  while (k < from + 4 && tokens[k] && (hasAny(tokens[k], ['Adjective', 'Noun', 'Infinitive']) || /ing$|[^s]s$/.test(tokens[k]!.normal))) k++;
  return k > from + 1 ? { first: from, end: k } : null;
}

/** Is the token a verb that can follow a subject ("are", "said", "could", "leading")? */
const isPredicate = (t: Token | undefined): boolean => t !== undefined && (has(t, 'Verb') || (/ing$/.test(t.normal) && !has(t, 'Preposition')));

/**
 * Do tokens [from, to] open with a clause: a subject ("such techniques", "2,093 of Clinton's
 * released emails", "his band and collaborator Brian Burton, AKA Danger Mouse,"), then its
 * verb ("are", "were", "wrote")? "the rising cost of health care", "his decision to close
 * the plant" are noun phrases, no clause.
 */
export function hasClause(tokens: readonly Token[], from: number, to: number): boolean {
  // "found itself offering free rides", "believed itself to be": a reflexive opens no clause
  if (has(tokens[from], 'Reflexive')) return false;
  const last = Math.min(to, tokens.length - 1);
  return subjectThenVerb(tokens, from, last) || finiteVerbAhead(tokens, from, last);
}

/** Longest run before a finite verb read as its subject when the noun phrase reading fails on compromise's tags. */
const MAX_LOOSE = 10;

/**
 * A looser reading for subjects compromise mis-tags ("every shooting did not", "their lives are"):
 * a finite verb within a few words, with no preposition, conjunction or infinitive before it
 * (so "the rising cost of health care", "his decision to close", "a state as long as he was"
 * stay noun phrases), and no finite verb as the first word.
 */
function finiteVerbAhead(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || hasAny(first, ['Preposition', 'Conjunction']) || (isFiniteForm(first) && !alsoNoun(first))) return false;
  // ("thanked Roe, who provided the equations": a comma after the first word closes the phrase)
  if (breaksAfterComma(first)) return false;
  for (let k = from + 1; k <= to && k <= from + MAX_LOOSE; k++) {
    const t = tokens[k]!;
    // (after a determiner or an adjective a verb-tagged word is a noun, "a more realistic set of solutions")
    const opener = hasAny(tokens[k - 1], ['Determiner', 'Adjective']);
    if (isFiniteAt(tokens, k) && (!opener || standaloneDeterminer(tokens, from, k))) return !(tokens[k - 1]!.normal === 'to');
    if (hasAny(t, ['Preposition', 'Conjunction']) || t.normal === 'to' || breaksAfterComma(t)) return false;
  }
  return false;
}

/**
 * A determiner opening the words at `from`, or after one word that is no noun, right before a copula or a
 * modal at `k` stands alone: "this was the only chance", "like this was going to help"; not "changes that would".
 */
function standaloneDeterminer(tokens: readonly Token[], from: number, k: number): boolean {
  const opensWords = k - 1 === from || (k - 2 === from && !has(tokens[from], 'Noun'));
  return has(tokens[k - 1], 'Determiner') && opensWords && hasAny(tokens[k], ['Copula', 'Modal']);
}

/** Does tokens [from, to] hold a finite verb anywhere ("On the bilateral alliance" holds none)? */
export function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if (isFiniteAt(tokens, k) || contractsVerb(tokens[k]!)) return true;
  return false;
}

/**
 * A question word after a preposition, with its own clause after it: "(little) about how Roe wrote", not
 * "about how to write", nor "when" opening an adverbial clause ("scare them when you have to").
 */
function embedsQuestion(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return has(tokens[k - 1], 'Preposition') && lexicon().questionOpeners.has(t.normal) && !has(t, 'Preposition') && t.normal !== 'to' && tokens[k + 1]?.normal !== 'to';
}

/**
 * After a cue whose object is always what was said ("said", "told reporters"): a finite verb
 * ("the time for being politically correct is over"), past the verb of any relative clause in
 * its subject ("fathers who adopt would not be eligible"); not a noun phrase alone ("said
 * nothing about the plan that was approved").
 */
export function finiteVerbPastRelative(tokens: readonly Token[], from: number, to: number): boolean {
  const relatives = lexicon().clauseRelatives;
  if (has(tokens[from], 'Reflexive')) return false;
  let inRelative = false;
  for (let k = from + 1; k <= to && k < tokens.length; k++) {
    const t = tokens[k]!;
    // "a coordinated attack": a participle before its noun is no verb
    const attributive = has(t, 'PastTense') && !hasAny(t, ['Copula', 'Modal']) && hasAny(tokens[k - 1], ['Determiner', 'Adjective', 'Possessive']);
    // ("said little about how Roe wrote the programs": a question word inside the object opens a clause of its own)
    if (relatives.has(t.normal) || embedsQuestion(tokens, k)) inRelative = true;
    else if ((isFiniteAt(tokens, k) || contractsVerb(tokens[k - 1]!)) && !has(t, 'Gerund') && !attributive) {
      if (!inRelative) return true;
      inRelative = false;
    }
    if (/[;:]/.test(t.post)) return false;
  }
  return false;
}

/** "it’s", "they’ve", "doesn't": a contraction holding a verb (not "3.5mm", a number and its unit). */
export const contractsVerb = (t: Token): boolean => t.contracted?.some((w) => lexicon().copulaForms.has(w) || lexicon().cuesBetween.has(w)) ?? false;

/** A finite verb form: past or present tense, a modal or a form of "be" (not a base form after "to"). */
const isFiniteForm = (t: Token): boolean => hasAny(t, ['PastTense', 'Modal', 'Copula']) || (has(t, 'PresentTense') && !hasAny(t, ['Infinitive', 'Gerund']));

/** Most adverbs between a subject and its verb ("jobs also depend", "they often say"). */
const MAX_ADVERBS_BEFORE_VERB = 2;

/**
 * A finite verb at `k`: a finite form, or a base form right after a plural subject (past an
 * adverb or two), which compromise tags as an infinitive too ("his Latino roots have hurt him",
 * "they say", "jobs also depend").
 */
export function isFiniteAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (isFiniteForm(t)) return true;
  let j = k - 1;
  while (j > 0 && k - j <= MAX_ADVERBS_BEFORE_VERB && has(tokens[j], 'Adverb') && !hasAny(tokens[j], ['Noun', 'Verb']) && !/[,;:]/.test(tokens[j]!.post)) j--;
  const p = tokens[j];
  const lex = lexicon();
  // ("it like an old friend": after "he", "she" or "it" a base form is none)
  return hasAny(t, ['PresentTense', 'Infinitive']) && p !== undefined && !/[,;:]/.test(p.post) && ((has(p, 'Plural') && !has(p, 'Possessive')) || (lex.speakerPronouns.has(p.normal) && !lex.clauseSingularPronouns.has(p.normal)));
}

const breaksAfterComma = (t: Token): boolean => /[,;:]/.test(t.post);

/** Longest phrase set off by commas inside a subject, in words. */
const MAX_PARENTHETICAL = 8;

/** A phrase from `k` closed by a comma with no finite verb in it ("requested by Sanders,"), or null. */
function parenthetical(tokens: readonly Token[], k: number, to: number): TokenRange | null {
  for (let j = k; j <= to && j < k + MAX_PARENTHETICAL; j++) {
    // (a participle may open it: "requested by Sanders")
    if (isFiniteForm(tokens[j]!) && !(j === k && has(tokens[j], 'PastTense'))) return null;
    if (tokens[j]!.post.includes(',')) return { first: k, end: j + 1 };
    if (breaksAfter(tokens, tokens[j]!)) return null;
  }
  return null;
}

/** "it like an old friend": a base form after "he", "she" or "it" does not agree with it, so it is no verb of theirs. */
function agrees(tokens: readonly Token[], np: TokenRange, k: number): boolean {
  return !(np.end - np.first === 1 && lexicon().clauseSingularPronouns.has(tokens[np.first]!.normal) && has(tokens[k], 'Infinitive') && !isFiniteForm(tokens[k]!));
}

function subjectThenVerb(tokens: readonly Token[], from: number, to: number): boolean {
  // "about 20 people have …": a hedge before a number opens the subject
  if (lexicon().numbersQualifiersBefore.has(tokens[from]?.normal ?? '') && has(tokens[from + 1], 'Value')) from++;
  const np = subjectAt(tokens, from);
  if (!np || np.end - 1 > to) return false;
  // "he’s not happy", "it’s good": the verb is the contraction's
  if (contractsVerb(tokens[np.end - 1]!)) return true;
  let k = np.end;
  let appositive = false;
  // "… of Clinton's released emails", "… like California and Colorado", ", AKA Danger Mouse,"
  // (and a long name the noun phrase reader cut: "Foreign Minister Cho Tae-yul and U.S. Secretary of State …")
  // ("it during the talk he gave": a personal pronoun takes no phrase after it but one between commas)
  const pronoun = np.end - np.first === 1 && lexicon().speakerPronouns.has(tokens[np.first]!.normal);
  for (let guard = 0; k <= to && guard < 4; guard++) {
    const t = tokens[k]!;
    const comma = tokens[k - 1]!.post.includes(',');
    const joined = !comma && !pronoun && (has(t, 'Preposition') || lexicon().speakerLinks.has(t.normal));
    const goesOn = !comma && !joined && !pronoun && isNounPhrasePart(t) && !has(t, 'Verb');
    if (!joined && !comma && !goesOn) break;
    // "the meeting, requested by Sanders, would be", "Trump, however, is": a phrase between commas with no verb of its own
    const more = subjectAt(tokens, joined ? k + 1 : k) ?? (comma ? parenthetical(tokens, k, to) : null);
    if (!more || more.end - np.first > MAX_ATTACHED + (np.end - np.first)) break;
    // an appositive closes with a comma; a prepositional phrase runs on
    if (comma && !tokens[more.end - 1]!.post.includes(',')) break;
    appositive ||= comma;
    k = more.end;
  }
  // "the unique magic of Trump, said the candidate …": past a comma that closes no appositive, another clause
  if (k <= to && tokens[k - 1]!.post.includes(',') && !appositive) return false;
  // "Romney had a lead", "the plan would not fail", "Cruz also says": the verb, past adverbs
  for (; k <= to; k++) {
    // "an infant held by his father": a participle before "by" is passive, a reduced relative
    if (isPredicate(tokens[k])) return !(has(tokens[k], 'PastTense') && tokens[k + 1]?.normal === 'by') && agrees(tokens, np, k);
    if (!(has(tokens[k], 'Adverb') || has(tokens[k], 'Negative') || isSkippable(tokens[k]!))) return false;
  }
  return false;
}
