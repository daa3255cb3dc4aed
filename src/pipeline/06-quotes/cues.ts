/**
 * Is a word a cue, and of which kind? An ordered table of rules, each `{ id, example,
 * when, then }`; the first that fires decides the cue's type, or that the word is no cue
 * here (null). The cue words are data: src/lexicon/cues-*.txt.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, FrameType, Token } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule } from '../rules.js';
import { endsSentence, has, hasAny, isCapitalized, joinedByHyphen } from '../tokens.js';
import { alsoNoun, hasClause } from './clauses.js';
import { breaksAfter, isNominal, isSubjectPronoun, lemmaOf, pairsWith } from './predicates.js';
import { unnamedView } from './unnamed-views.js';

/** What a cue rule sees: the word at `i`, and whether its line is a Title Case headline. */
export interface CueContext {
  tokens: readonly Token[];
  i: number;
  titleCase: boolean;
}

const POSSESSIVE = /['’]s?$/;

const tokenAt = (x: CueContext): Token => x.tokens[x.i]!;
const next = (x: CueContext): Token | undefined => x.tokens[x.i + 1];
const prev = (x: CueContext): Token | undefined => x.tokens[x.i - 1];
const atStart = (x: CueContext): boolean => x.i === 0 || endsSentence(x.tokens, prev(x)!);

/** The last token at most `n` after the cue and in its sentence (a heading after a paragraph break is another one). */
function aheadInSentence(x: CueContext, n: number): number {
  const limit = Math.min(x.tokens.length - 1, x.i + n);
  let j = x.i;
  while (j < limit && !endsSentence(x.tokens, x.tokens[j]!)) j++;
  return j;
}

const isSpeech = (x: CueContext): boolean => lexicon().cuesSpeech.has(tokenAt(x).normal);
const isThought = (x: CueContext): boolean => lexicon().cuesThought.has(tokenAt(x).normal);
const isQuoteOnly = (x: CueContext): boolean =>
  lexicon().cuesQuoteOnly.has(tokenAt(x).normal) || pairsWith(lexicon().cuesQuotePairs, tokenAt(x), next(x));
const isStance = (x: CueContext): boolean =>
  lexicon().cuesStance.has(tokenAt(x).normal) || pairsWith(lexicon().cuesPhrasal, tokenAt(x), next(x));
const isCueVerb = (x: CueContext): boolean => isSpeech(x) || isThought(x) || isQuoteOnly(x) || isStance(x);

/**
 * compromise calls some cue verbs nouns ("reports", "writing", "one slide says"): accept them
 * after a subject, or as a participle after a comma ("…, writing “…”").
 */
function nounTaggedButCue(x: CueContext): boolean {
  const { tokens } = x;
  const t = tokenAt(x);
  const p = prev(x);
  const n = next(x);
  const participle = t.normal.endsWith('ing') && p !== undefined && breaksAfter(tokens, p);
  // ("Another slide shows that", "Recent polling shows that": compromise reads the noun after an opener as a
  // verb; the cue in its -s form, not "the following comment:", "a passing promise that")
  const before = tokens[x.i - 2];
  const nounReadAsVerb = t.normal.endsWith('s') && p !== undefined && has(p, 'Verb') && !hasAny(p, ['Auxiliary', 'Copula', 'Modal', 'PastTense']) && before !== undefined && !breaksAfter(tokens, before) && hasAny(before, ['Determiner', 'Adjective']);
  const afterSubject = p !== undefined && (isNominal(p) || nounReadAsVerb) && !has(p, 'Determiner') && !breaksAfter(tokens, p) && !POSSESSIVE.test(p.text);
  const clauseNext = breaksAfter(tokens, t) || n === undefined || n.normal === 'that' || isNominal(n) || has(n, 'Determiner') || has(n, 'Value');
  // a stance or thought word tagged as a noun is usually one ("Twitter attacks", "the TV show"),
  // unless a clause follows it ("Givens hopes Clinton and other Democrats do not …")
  const strong = isSpeech(x) || n?.normal === 'that' || (isThought(x) && hasClause(tokens, x.i + 1, x.i + 15));
  // "Roe, founder of the center, tells Daily News": a speech word after an appositive's comma
  const afterAppositive = isSpeech(x) && p !== undefined && p.post.trim() === ',' && n !== undefined && (isNominal(n) || n.normal === 'that');
  return participle || afterAppositive || (strong && afterSubject && (clauseNext || isSubjectPronoun(p!) || has(p, 'ProperNoun')));
}

/** Determiners, possessives, numbers, adjectives and negative determiners open a noun phrase ("the", "his", "12", "swing", "no"). */
const opensNounPhrase = (t: Token | undefined): boolean =>
  hasAny(t, ['Determiner', 'Possessive', 'Value', 'Adjective']) || (t !== undefined && (/['’]s?$/.test(t.text) || lexicon().speakerNobody.has(t.normal)));

/** A cue word that is also a noun ("states", "note"), after a phrase opener or a noun after one, with no clause after it. */
function nounInPhrase(x: CueContext): boolean {
  const t = tokenAt(x);
  if (!alsoNoun(t)) return false;
  const p = prev(x);
  if (!p || breaksAfter(x.tokens, p)) return false;
  const before = x.tokens[x.i - 2];
  const inPhrase = opensNounPhrase(p) || (has(p, 'Noun') && before !== undefined && !breaksAfter(x.tokens, before) && opensNounPhrase(before));
  const n = next(x);
  const clauseNext = n !== undefined && !breaksAfter(x.tokens, t) && (n.normal === 'that' || hasAny(n, ['Determiner', 'Pronoun', 'ProperNoun', 'Value']) || /["“]/.test(n.pre));
  // "home state of Wisconsin", "Battleground state Florida", "member state": a singular noun before the bare
  // form makes a compound (a singular subject would take "states"), unless "that" follows
  // (a lower-case word compromise reads as a name is a verb it does not know: "speech drew praise")
  const opening = !before || endsSentence(x.tokens, before);
  const compound = !t.normal.endsWith('s') && has(p, 'Noun') && !hasAny(p, ['Plural', 'Pronoun', 'Verb', 'Possessive']) &&
    ((/^\p{Ll}/u.test(p.text) && !hasAny(p, ['Person', 'ProperNoun'])) || opening) && n?.normal !== 'that';
  return (inPhrase && !clauseNext) || compound;
}

/** A cue word read as a plural noun ("advocates", "reports") whose next word, past adverbs, is a finite verb. */
function subjectNoun(x: CueContext): boolean {
  const t = tokenAt(x);
  if (!t.normal.endsWith('s') || breaksAfter(x.tokens, t) || atStart(x)) return false;
  // ("which he believes will make": after a relative word and a pronoun, the verb that follows is the relative word's)
  const p = prev(x);
  if (p !== undefined && isSubjectPronoun(p) && lexicon().clauseRelatives.has(x.tokens[x.i - 2]?.normal ?? '')) return false;
  let k = x.i + 1;
  while (k < x.tokens.length && k < x.i + 3 && has(x.tokens[k], 'Adverb') && !breaksAfter(x.tokens, x.tokens[k - 1]!)) k++;
  const v = x.tokens[k];
  // ("Trump says praise helps": a word that is no noun, "says", is the cue, unless a form of "be" or a
  // modal follows it, the main verb after a relative clause: "Everything Roe says is a lie";
  // "and says such techniques are inhumane": a plural with its own verb after it is the content's subject)
  if (!has(t, 'Noun') && !alsoNoun(t) && !hasAny(v, ['Copula', 'Modal', 'Auxiliary'])) return false;
  if (v !== undefined && v.normal.endsWith('s') && !breaksAfter(x.tokens, v) && hasAny(x.tokens[k + 1], ['Copula', 'Modal', 'Auxiliary', 'PastTense'])) return false;
  return v !== undefined && !breaksAfter(x.tokens, x.tokens[k - 1]!) && hasAny(v, ['PastTense', 'PresentTense', 'Modal', 'Copula']) && !hasAny(v, ['Noun', 'Adjective']);
}

/** A participle-only cue form ("known") with no verb before it (an auxiliary, a copula), past adverbs ("has long known"). */
function bareParticiple(x: CueContext): boolean {
  if (!lexicon().cuesParticiplesOnly.has(tokenAt(x).normal)) return false;
  let k = x.i - 1;
  while (k >= 0 && hasAny(x.tokens[k], ['Adverb', 'Adjective', 'Negative']) && !breaksAfter(x.tokens, x.tokens[k]!)) k--;
  const before = x.tokens[k];
  return !(before && !breaksAfter(x.tokens, before) && (has(before, 'Verb') || (before.contracted?.length ?? 0) > 0));
}

/** "a technique called X", "used the technique called X": a naming participle right after a noun phrase a verb or a preposition governs. */
function namingParticiple(x: CueContext): boolean {
  // (a name follows, not an object with its article: "officials at the ministry called the plan a disaster")
  const named = next(x);
  if (!lexicon().cuesNamingParticiples.has(tokenAt(x).normal) || x.i < 2 || !named || hasAny(named, ['Determiner', 'Pronoun', 'Possessive'])) return false;
  const noun = x.tokens[x.i - 1]!;
  if (!has(noun, 'Noun') || has(noun, 'Pronoun') || breaksAfter(x.tokens, noun)) return false;
  // (an indefinite noun phrase, "a technique", "an app", or a verb's definite object, "used the technique":
  // "critics of the plan called Roe a liar" is a subject)
  let k = x.i - 2;
  while (k >= 0 && hasAny(x.tokens[k], ['Adjective', 'Noun']) && !hasAny(x.tokens[k], ['Pronoun', 'Determiner']) && !breaksAfter(x.tokens, x.tokens[k]!)) k--;
  const article = x.tokens[k];
  const governor = x.tokens[k - 1];
  if (!article || !lexicon().articles.has(article.normal) || breaksAfter(x.tokens, article) || governor === undefined || breaksAfter(x.tokens, governor) || has(governor, 'Auxiliary')) return false;
  // (a definite one only as a verb's object, and not of a verb reporting speech or thought: "said the senator called Roe a liar")
  if (!lexicon().articlesIndefinite.has(article.normal)) {
    const lemma = lemmaOf(governor);
    return has(governor, 'Verb') && !lexicon().cuesSpeech.has(lemma) && !lexicon().cuesThought.has(lemma);
  }
  return hasAny(governor, ['Verb', 'Preposition']);
}

/** "states whose votes count", "states that have suffered": a noun-like cue word before a relative word and a verb. */
function nounBeforeRelative(x: CueContext): boolean {
  const rel = next(x);
  if (!rel || breaksAfter(x.tokens, tokenAt(x)) || !alsoNoun(tokenAt(x)) || !lexicon().clauseRelatives.has(rel.normal)) return false;
  const verb = x.tokens[x.i + 2];
  return rel.normal === 'whose' || (has(verb, 'Verb') && !hasAny(verb, ['Noun', 'Pronoun']));
}

/** Longest phrase between a quotation and a cue word that closes its clause ("“…,” the letter reads."). */
const AFTER_QUOTE_WORDS = 6;
/** Longest subject between a quotation and a verb that is no cue word ("“…,” the host started."). */
const VERB_AFTER_QUOTE_WORDS = 3;

/** A cue word ending its clause after a short phrase that follows "“…,”" (see cue-after-quote). */
function afterQuote(x: CueContext): boolean {
  const t = tokenAt(x);
  if (!isCueVerb(x) || !breaksAfter(x.tokens, t) || !has(prev(x), 'Noun')) return false;
  for (let k = x.i - 1; k >= 1 && x.i - k <= AFTER_QUOTE_WORDS; k--) {
    const before = x.tokens[k - 1]!;
    if (CLOSING_AFTER_COMMA.test(before.post)) return has(x.tokens[k], 'Determiner') || has(x.tokens[k], 'Possessive');
    if (breaksAfter(x.tokens, before)) return false;
  }
  return false;
}

/**
 * A verb that is not a cue word, after "“…,” he" or "“…,” the host" (a pronoun, a name or a short
 * phrase opening right after the quotation), ending its clause, or before one particle that does
 * ("went on", "cut in").
 */
function verbAfterQuote(x: CueContext): boolean {
  const t = tokenAt(x);
  if (!hasAny(t, ['PastTense', 'PresentTense']) || hasAny(t, ['Copula', 'Auxiliary', 'Modal', 'Noun'])) return false;
  const n = next(x);
  const ends = breaksAfter(x.tokens, t) || (n !== undefined && lexicon().quoteParticles.has(n.normal) && breaksAfter(x.tokens, n));
  const p = prev(x);
  if (!ends || isCueVerb(x)) return false;
  if (!p || !(isSubjectPronoun(p) || has(p, 'ProperNoun') || has(p, 'Noun'))) return false;
  for (let k = x.i - 1; k >= 1 && x.i - k <= VERB_AFTER_QUOTE_WORDS; k--) {
    if (CLOSING_AFTER_COMMA.test(x.tokens[k - 1]!.post)) return k === x.i - 1 || has(x.tokens[k], 'Determiner') || has(x.tokens[k], 'Possessive') || has(x.tokens[k], 'ProperNoun');
    if (breaksAfter(x.tokens, x.tokens[k - 1]!)) return false;
  }
  return false;
}

/** A closing quotation mark with a comma, question mark or exclamation mark inside or after it. */
const CLOSING_AFTER_COMMA = /^[,?!]["”»]|^["”»],/;

const typeOfCueWord = (x: CueContext): FrameType => (isSpeech(x) ? 'speech' : isThought(x) ? 'thought' : isQuoteOnly(x) ? 'quote-only' : 'stance');

/** The cue rules, in order. */
export const CUE_RULES: readonly Rule<CueContext, FrameType | null>[] = [
  rule({ id: 'cue-according', example: 'According to the ministry, talks will resume.', when: (x: CueContext) => tokenAt(x).normal === 'according' && next(x)?.normal === 'to', then: () => 'according' as const }),
  rule({ id: 'cue-unnamed-view', example: 'The merger was widely seen as a mistake.', when: (x: CueContext) => unnamedView(x.tokens, x.i), then: () => 'evidential' as const }),
  // "“…,” he went on.", "“…,” the host started.": any verb closing the clause of a short subject right after a quotation
  rule({ id: 'cue-verb-after-quote', example: '“We will win,” he went on.', when: verbAfterQuote, then: () => 'quote-only' as const }),
  rule({ id: 'cue-no-cue-word', example: 'The talks ended.', when: (x: CueContext) => !isCueVerb(x), then: () => null }),
  // "one or two variables — say, the latitude —": set off on both sides, "say" means "for example"
  rule({
    id: 'cue-example-marker',
    example: 'Pick a city — say, Varko — and look.',
    when: (x: CueContext) => x.i > 0 && lexicon().cuesExampleMarkers.has(tokenAt(x).normal) && breaksAfter(x.tokens, x.tokens[x.i - 1]!) && tokenAt(x).post.trim() === ',',
    then: () => null,
  }),
  // "employers will cut back", "they fought back": a particle after its verb is no cue ("back" of "back the plan")
  rule({ id: 'cue-particle', example: 'Employers will cut back, the reasoning goes.', when: (x: CueContext) => x.i > 0 && has(tokenAt(x), 'Particle') && has(x.tokens[x.i - 1], 'Verb'), then: () => null }),
  // "All told, five million could be eligible", "news as we know it": a cue inside a fixed phrase is no cue
  rule({ id: 'cue-idiom', example: 'All told, five million people could be eligible.', when: (x: CueContext) => inIdiom(x.tokens, x.i), then: () => null }),
  // "the hiccup adds to the drama", "who added to her lead": a verb and the word right after it that mean no speech
  // (not across a comma, "he added, to pursue …", nor before a name, a listener: "Trump added to People")
  rule({
    id: 'cue-phrasal-not-cue',
    example: 'The latest hiccup adds to the drama.',
    when: (x: CueContext) => pairsWith(lexicon().cuesPhrasalNotCues, tokenAt(x), next(x)) && !breaksAfter(x.tokens, tokenAt(x)) && !isCapitalized(x.tokens[x.i + 2]),
    then: () => null,
  }),
  // "he left without saying that …", "it goes without saying": a participle after "without" says nothing
  rule({ id: 'cue-negating-preposition', example: 'He left without saying that he would return.', when: (x: CueContext) => x.i > 0 && lexicon().cuesNegatingPrepositions.has(x.tokens[x.i - 1]!.normal), then: () => null }),
  // "one of the site's best-known journalists", "a well-said line": the second half of a hyphenated word is no verb
  rule({ id: 'cue-hyphen-compound', example: 'She gave a well-said speech.', when: (x: CueContext) => x.i > 0 && joinedByHyphen(x.tokens[x.i - 1]!, tokenAt(x)), then: () => null }),
  // "“We will appeal,” the statement reads.": a cue word closing a short phrase right after a
  // quotation is its cue, even one that is also a noun (ahead of cue-noun-in-phrase)
  rule({ id: 'cue-after-quote', example: '“We will appeal,” the statement reads.', when: afterQuote, then: (x: CueContext) => typeOfCueWord(x) }),
  // "the battleground states with", "his attacks", "a Treasury note has risen": a cue word that is
  // also a noun, inside a noun phrase, with no clause after it
  rule({ id: 'cue-noun-in-phrase', example: 'Voters in 12 states and territories went to the polls.', when: nounInPhrase, then: () => null }),
  // "a more durable material known as ductile iron": a participle before "as" names, it reports nothing
  rule({
    id: 'cue-participle-as',
    example: 'The pipes are made of a material known as ductile iron.',
    // (not "Roe said as he secured the clamp": "as" opening a clause)
    when: (x: CueContext) =>
      next(x)?.normal === 'as' && !breaksAfter(x.tokens, tokenAt(x)) && !isSubjectPronoun(prev(x) ?? tokenAt(x)) && has(tokenAt(x), 'PastTense') &&
      !isSubjectPronoun(x.tokens[x.i + 2] ?? tokenAt(x)) && !hasClause(x.tokens, x.i + 2, aheadInSentence(x, 10)),
    then: () => null,
  }),
  // "a fund once known for its ties", "Tsege, known to everyone as Andy": a participle-only form with no
  // auxiliary before it closes a reduced relative ("has known", "was shown" are read on)
  rule({ id: 'cue-bare-participle', example: 'It is a fund once known for its ties to banks.', when: bareParticiple, then: () => null }),
  // "used a technique called “mental chronometry”", "joined a group called Varko Watch": a naming participle after
  // an object noun names it, nobody calls anything (not "A spokesman called the plan …", the sentence's subject)
  rule({ id: 'cue-naming-participle', example: 'They used a technique called mental chronometry.', when: namingParticiple, then: () => null }),
  // "swing states whose votes count", "Rust Belt states that have suffered": a cue word that is also a noun,
  // before a relative word whose clause has no subject of its own, is the noun
  rule({ id: 'cue-noun-before-relative', example: 'Most Southern states that have voted so far have large minority populations.', when: nounBeforeRelative, then: () => null }),
  // "refugee advocates also said", "the reports say": a plural noun followed by its own verb is the subject
  rule({ id: 'cue-subject-noun', example: 'Refugee advocates also said the government should act.', when: subjectNoun, then: () => null }),
  // a noun-like cue word opens a sentence only when inverted: "Stated Stone:" (not "State departments")
  rule({
    id: 'cue-sentence-initial-noun',
    example: 'Reports circulated widely.',
    when: (x: CueContext) => atStart(x) && !x.titleCase && (has(tokenAt(x), 'Noun') || has(tokenAt(x), 'ProperNoun')) && !has(next(x), 'ProperNoun'),
    then: () => null,
  }),
  // "the U.S. State Department", "the United States": a capitalised word inside a name
  // (headlines in Title Case excepted: "Obama Says Museum Will Tell …")
  rule({
    id: 'cue-inside-name',
    example: 'The U.S. State Department spoke.',
    when: (x: CueContext) => !atStart(x) && !x.titleCase && (has(tokenAt(x), 'ProperNoun') || /^[A-Z]/.test(tokenAt(x).text)),
    then: () => null,
  }),
  rule({ id: 'cue-noun-reading', example: 'Obama’s speech drew praise from allies.', when: (x: CueContext) => !has(tokenAt(x), 'Verb') && !atStart(x) && !nounTaggedButCue(x), then: () => null }),
  // "was told", "is expected": passive voice, the subject is not the source ("is saying", "are slamming" are active)
  rule({
    id: 'cue-passive',
    example: 'He was told to leave.',
    when: (x: CueContext) => {
      const p = prev(x);
      // "We’re told": the copula may be a contraction's
      // ("becomes known", "got told": a linking verb makes a passive too)
      const copula = has(p, 'Copula') || lexicon().passiveLinks.has(p?.normal ?? '') || (p?.contracted?.some((w) => lexicon().copulaForms.has(w)) ?? false);
      return p && copula && !breaksAfter(x.tokens, p) && !tokenAt(x).normal.endsWith('ing');
    },
    then: () => null,
  }),
  rule({ id: 'cue-speech', example: 'Blinken said the talks went well.', when: isSpeech, then: () => 'speech' as const }),
  rule({ id: 'cue-thought', example: 'Officials believe the plan will work.', when: isThought, then: () => 'thought' as const }),
  rule({ id: 'cue-stance', example: 'Trump criticized the plan.', when: isStance, then: () => 'stance' as const }),
  rule({ id: 'cue-quote-only', example: 'Caddell continued: “It is over.”', when: isQuoteOnly, then: () => 'quote-only' as const }),
];

/** Any word some cue rule can fire on, so that most words are passed over with one lookup. */
let cueWords: Set<string> | undefined;

function candidate(t: Token): boolean {
  if (!cueWords) {
    const lex = lexicon();
    cueWords = new Set(['according', ...lex.cuesSpeech, ...lex.cuesThought, ...lex.cuesQuoteOnly, ...lex.cuesStance, ...lex.cuesPhrasal.keys(), ...lex.cuesQuotePairs.keys(), ...lex.cuesEvidentialPassive, ...lex.cuesEvidentialAdverbs]);
  }
  return cueWords.has(t.normal);
}

/** The cue type of token `i` and the rule that read it, or null (no cue here). */
export function cueType(doc: Doc, x: CueContext): { type: FrameType; rule: RuleId } | null {
  if (!candidate(x.tokens[x.i]!) && !verbAfterQuote(x)) return null;
  const hit = firstRule(doc, CUE_RULES, x);
  return hit?.out ? { type: hit.out, rule: hit.id } : null;
}

/** Longest fixed phrase of cues-idioms.txt, in words. */
const MAX_IDIOM = 4;

/** Is the cue word at `i` part of a fixed phrase ("All told, …", "as we know it", "truth be told")? */
function inIdiom(tokens: readonly Token[], i: number): boolean {
  const idioms = lexicon().cuesIdioms;
  for (let first = Math.max(0, i - MAX_IDIOM + 1); first <= i; first++) {
    let phrase = '';
    for (let k = first; k < tokens.length && k < first + MAX_IDIOM; k++) {
      phrase = k === first ? tokens[k]!.normal : `${phrase} ${tokens[k]!.normal}`;
      // (a phrase of two words only opening a clause: not "we all told him")
      if (k >= i && k > first && idioms.has(phrase) && (k - first >= 2 || first === 0 || breaksAfter(tokens, tokens[first - 1]!))) return true;
      if (k > first && breaksAfter(tokens, tokens[k - 1]!)) break;
    }
  }
  return false;
}
