/**
 * Can the source a frame found speak? A source is a noun phrase that can: a person, an
 * organisation, a role or group noun, a pronoun. Never page text or a fragment of a
 * clause: "Continue reading" (an imperative), "Be warned", "There", "the only", "you'll
 * find", "it’s a high-quality experience that really shows". An ordered rule table: the
 * first rule that fires decides to keep the source, trim it, or drop the frame.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, Frame, Token, TokenRange } from '../doc.js';
import { firstRule, rule, type Rule } from '../rules.js';
import { firstAtOrAfter } from '../sorted.js';
import { endsSentence, has, hasAny } from '../tokens.js';
import { isTimeWord } from './lead-in.js';
import { breaksAfter, isCapitalisedModal, isNominal, isSkippable } from './predicates.js';

interface SourceContext {
  doc: Doc;
  tokens: readonly Token[];
  source: TokenRange;
  frame: Frame;
}

/** What becomes of a source: kept as it is, trimmed to a range, or dropped (null). */
type Verdict = TokenRange | null;

const last = (x: SourceContext): Token => x.tokens[x.source.end - 1]!;
const length = (x: SourceContext): number => x.source.end - x.source.first;

/** "you'll", "it’s", "That’s": a pronoun or determiner with its verb opens a clause. */
const isClauseContraction = (t: Token): boolean => t.contracted !== undefined && (has(t, 'Pronoun') || !hasAny(t, ['Noun', 'ProperNoun']));

/**
 * A verb inside the phrase, before its last word ("it’s a high-quality experience that really",
 * "May and some lawmakers had"); not past a relative word ("a campaign official who was not
 * authorized"), nor a contraction followed only by adverbs ("He’s always", "I’ve long"), nor a
 * name ("Will Doyle").
 */
function verbInside(x: SourceContext): boolean {
  const relatives = lexicon().clauseRelatives;
  for (let k = x.source.first; k < x.source.end - 1; k++) {
    const t = x.tokens[k]!;
    if (relatives.has(t.normal)) return false;
    if (!(isClauseContraction(t) || hasAny(t, ['Copula', 'Modal'])) || inName(x.doc, t) || capitalisedModalName(x.tokens, k)) continue;
    for (let j = k + 1; j < x.source.end; j++) if (!isSkippable(x.tokens[j]!) && !has(x.tokens[j], 'Adverb')) return true;
  }
  return false;
}

/** "said Will Doyle": a modal written with a capital inside a sentence, before a capitalised word, is a given name. */
function capitalisedModalName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  return isCapitalisedModal(t) && /^\p{Lu}\p{Ll}/u.test(t.text) && before !== undefined && !endsSentence(tokens, before) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && t.post === ' ';
}

/** Where the source ends once the adverbs and times closing it are cut ("Trump this week also" → "Trump"). */
function trailing(x: SourceContext): number {
  let end = x.source.end;
  const cut = (t: Token) => (has(t, 'Adverb') && !has(t, 'ProperNoun')) || has(t, 'Date') || isTimeWord(t) || lexicon().cuesTimeOpeners.has(t.normal);
  while (end - 1 > x.source.first && cut(x.tokens[end - 1]!) && !inName(x.doc, x.tokens[end - 1]!)) end--;
  // ("a study published on Monday": the preposition of the date cut goes with it)
  if (end < x.source.end && end - 1 > x.source.first && has(x.tokens[end - 1], 'Preposition')) end--;
  return end;
}

/** Is token `t` inside a person's or an organisation's name (entities, stage 3)? */
export function inName(doc: Doc, t: Token): boolean {
  const k = firstAtOrAfter(doc.mentions, (m) => m.end, t.end);
  const m = doc.mentions[k];
  return m !== undefined && m.start <= t.start && m.type !== 'place';
}

/** Is the token inside a person's name mention? */
export function inPerson(doc: Doc, t: Token): boolean {
  const k = firstAtOrAfter(doc.mentions, (m) => m.end, t.end);
  const m = doc.mentions[k];
  return m !== undefined && m.start <= t.start && m.type === 'person';
}

/** "the two", "One in five", "Two in three", "Nearly a third": a number, after a hedge, stands for people. */
function countedGroup(x: SourceContext): boolean {
  const first = lexicon().numbersQualifiersBefore.has(x.tokens[x.source.first]!.normal) ? x.source.first + 1 : x.source.first;
  return has(x.tokens[first], 'Value') || (has(x.tokens[first], 'Determiner') && has(x.tokens[first + 1], 'Value'));
}

/** A preposition ("to", which compromise may read as a conjunction, too). */
const isPreposition = (t: Token | undefined): boolean => has(t, 'Preposition') || t?.normal === 'to';

/** "both", "Those close to him", "some of them", "those surveyed": a quantifier alone, or before its complement. */
function quantifierGroup(x: SourceContext): boolean {
  const next = x.tokens[x.source.first + 1];
  // ("those surveyed": the people asked)
  return lexicon().speakerQuantifiers.has(x.tokens[x.source.first]!.normal) &&
    (length(x) === 1 || x.tokens.slice(x.source.first + 1, x.source.end).some(isPreposition) || isPreposition(next) || lexicon().speakerParticiples.has(last(x).normal));
}

/** A word that can be the noun of a source: a noun, a name, a subject pronoun (an object one after a verb of making: "led her to declare"), or a word compromise read as a present-tense verb ("his campaign"). */
const mayBeNoun = (t: Token): boolean => isNominal(t) || lexicon().speakerObjectPronouns.has(t.normal) || (has(t, 'Verb') && !hasAny(t, ['Copula', 'Auxiliary', 'Modal', 'PastTense', 'Adverb']));

/** Is the source a possessive before a noun cue ("his criticism of", "Trump's claim that")? */
const possessed = (x: SourceContext): boolean => x.frame.nominal === true || x.frame.rule === 'frame-speech-noun';

/**
 * "Apple shipped its first display and Steve Jobs said": a phrase right after a verb is the
 * verb's object, and an "and" inside it joins two clauses; the source is what follows the
 * "and" (the first token after it), or -1.
 */
function objectConjunct(x: SourceContext): number {
  const { tokens } = x;
  // (past the rest of the object the phrase walk left out: "its first-ever"; never a preposition's object)
  let k = x.source.first - 1;
  while (k > 0 && x.source.first - k <= 4 && !breaksAfter(tokens, tokens[k]!) && hasAny(tokens[k], ['Determiner', 'Possessive', 'Adjective', 'Adverb', 'Hyphenated', 'Value'])) k--;
  const before = tokens[k];
  // (a finite verb after its subject, an auxiliary or an adverb of cues-between.txt, "Rubio has won", "Trump
  // also won"; not a participle after a preposition or an article, "for coveted top finishes")
  const subject = tokens[k - 1];
  if (!before || breaksAfter(tokens, before) || !transitiveVerb(before) || !subject || !(isNominal(subject) || lexicon().cuesBetween.has(subject.normal))) return -1;
  // (the first "and" of the phrase, before any preposition: "criticism from Democrats and Republicans" is one object)
  for (let j = x.source.first + 1; j < x.source.end - 1; j++) {
    if (isPreposition(tokens[j])) return -1;
    if (tokens[j]!.normal === 'and') return j + 1;
  }
  return -1;
}

/**
 * A verb in the past tense that takes a noun object, not a clause or an infinitive: no cue verb ("said
 * Democrats and the media are"), no verb of making or asking ("let the media and Rubio tell you").
 */
function transitiveVerb(t: Token): boolean {
  const lex = lexicon();
  if (!has(t, 'PastTense') || hasAny(t, ['Copula', 'Auxiliary', 'Modal', 'Noun', 'ProperNoun', 'Preposition', 'Adjective']) || lex.copulaForms.has(t.normal) || lex.cuesObjectControl.has(t.normal)) return false;
  return !(lex.cuesSpeech.has(t.normal) || lex.cuesThought.has(t.normal) || lex.cuesStance.has(t.normal) || lex.cuesQuoteOnly.has(t.normal));
}

/** The source rules, in order. */
export const SOURCE_RULES: readonly Rule<SourceContext, Verdict>[] = [
  // "an article by New York magazine that claimed …": the relative word stands for the phrase before it
  rule({
    id: 'source-relative-end',
    example: 'An article by the magazine that claimed the vote was rigged drew anger.',
    when: (x: SourceContext) => length(x) > 1 && lexicon().clauseRelatives.has(last(x).normal),
    then: (x) => ({ first: x.source.first, end: x.source.end - 1 }),
  }),
  // "The government is alleging that …": the auxiliary is no part of the name
  rule({
    id: 'source-auxiliary-end',
    example: 'The government is alleging that the firm lied.',
    when: (x: SourceContext) => length(x) > 1 && hasAny(last(x), ['Copula', 'Auxiliary']) && !hasAny(last(x), ['Noun', 'ProperNoun']),
    then: (x) => ({ first: x.source.first, end: x.source.end - 1 }),
  }),
  // "Trump this week also said", "Priebus later Thursday told": adverbs and times after the name are no part of it
  rule({
    id: 'source-adverb-end',
    example: 'Trump this week also said that the wall would rise.',
    when: (x: SourceContext) => length(x) > 1 && trailing(x) < x.source.end,
    then: (x) => ({ first: x.source.first, end: trailing(x) }),
  }),
  // "Apple shipped its first display and Steve Jobs said": the verb's object is no part of the source
  rule({
    id: 'source-object-conjunct',
    example: 'The firm shipped its first phone and Jane Roe said that sales were strong.',
    when: (x: SourceContext) => { const first = objectConjunct(x); return first > 0 ? first : null; },
    then: (x, first) => ({ first, end: x.source.end }),
  }),
  // "one of the first to really show off": a phrase ending in a preposition or an article is cut short
  rule({
    id: 'source-dangling',
    example: 'It is one of the first to really show that the format works.',
    when: (x: SourceContext) => hasAny(last(x), ['Preposition', 'Conjunction', 'Determiner']) && !possessed(x) && length(x) > 1 && !isNominal(last(x)),
    then: () => null,
  }),
  // "it’s a high-quality experience that really shows …": a clause, not a noun phrase
  rule({ id: 'source-clause', example: 'It’s a fine game that really shows that the format works.', when: verbInside, then: () => null }),
  // "Be warned: …", "Continue reading the main story": a verb alone, in no name
  rule({
    id: 'source-imperative',
    example: 'Be warned that the jump scares are loud.',
    when: (x: SourceContext) => !x.frame.label && length(x) === 1 && has(last(x), 'Infinitive') && !hasAny(last(x), ['Noun', 'ProperNoun']) && !inName(x.doc, last(x)),
    then: () => null,
  }),
  // "you know", "you’ll find": the reader, not a source, in a review or a how-to
  rule({
    id: 'source-reader',
    example: 'If you believe the ghosts are real, turn on the lights.',
    when: (x: SourceContext) => length(x) === 1 && lexicon().speakerReader.has(last(x).normal.replace(/['’].*$/, '')) && x.frame.type === 'thought',
    then: () => null,
  }),
  // "Manhole Fires and Burst Pipes: How Winter …": a headline's source is a person's or an organisation's name
  rule({
    id: 'source-headline-name',
    example: 'City Pipes: How Winter Hurts Them\n\nThe city repaired many pipes.',
    when: (x: SourceContext) => x.frame.rule === 'frame-headline' && !inName(x.doc, last(x)) && !hasAny(last(x), ['Person', 'Organization']),
    then: () => null,
  }),
  // "the only", "even though several": no noun in the phrase ("his criticism of" has its possessor)
  rule({
    id: 'source-no-noun',
    example: 'It was the only show that said the race was close.',
    when: (x: SourceContext) => !possessed(x) && !countedGroup(x) && !quantifierGroup(x) && !x.tokens.slice(x.source.first, x.source.end).some(mayBeNoun),
    then: () => null,
  }),
];

/** The source a frame keeps (the same range, a trimmed one), or null when nothing there can speak. */
export function checkSource(doc: Doc, frame: Frame): TokenRange | null {
  let source = frame.subject!;
  // a trimmed source is read again ("it’s a fine game that" → "it’s a fine game" → a clause)
  for (;;) {
    const hit = firstRule(doc, SOURCE_RULES, { doc, tokens: doc.tokens, source, frame });
    if (!hit) return source;
    if (!hit.out || hit.out.end - hit.out.first >= source.end - source.first) return hit.out;
    source = hit.out;
  }
}
