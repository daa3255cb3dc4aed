/**
 * Attribution frames: a cue ("said", "believes", "according to") with the noun
 * phrase of its source, found by walking the token array once.
 *
 * Where the source of a cue verb stands is an ordered rule table (FRAME_RULES):
 * - subject before the cue: "Blinken said", "Smith, a spokesman for X, said",
 *   "the ministry also stated";
 * - subject after the cue: "…,” said Sen. John McCain", "according to the ministry";
 * - a participle after a comma takes the sentence's subject: "Blinken spoke, saying …".
 * Frames with no cue word come from the FINDERS: "“…” ― Name", transcript labels
 * ("PENCE: …"), colon lead-ins ("She addressed the crowd: “…”"), headline sources
 * ("Pollster: …"), "In a statement, …", stance nouns ("his criticism of").
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, Frame, FrameType, Token, TokenRange } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule, type RuleExample } from '../rules.js';
import { endsParagraph, endsSentence, has, hasAny, isCapitalized } from '../tokens.js';
import { type CueContext, cueType } from './cues.js';
import { nounFrames, speechNounFrames } from './noun-frames.js';
import { beforeVerb, CLOSING_MARK, nounPhraseLeft, nounPhraseRight, opensSentence, sentenceSubject, subjectAfterOpening } from './noun-phrases.js';
import { breaksAfter, isNominal, isSkippable, isSubjectPronoun, lemmaOf, pairsWith } from './predicates.js';
import { passiveQuestion } from './question-frames.js';
import { checkSource, inName, inPerson } from './sources.js';
import { hasFiniteVerb, isFiniteAt } from './clauses.js';

/** What a frame rule sees: the cue at `i`, its type, and the frame found before it. */
interface FrameContext {
  doc: Doc;
  tokens: readonly Token[];
  i: number;
  type: FrameType;
  previous: Frame | undefined;
}

/** Where a cue verb's source is: its tokens and which side of the cue (or no frame at all: null). */
type Source = { subject: TokenRange | null; side: 'left' | 'right' } | null;

const t = (x: FrameContext): Token => x.tokens[x.i]!;
const p = (x: FrameContext): Token | undefined => x.tokens[x.i - 1];
const afterBreak = (x: FrameContext): boolean => !p(x) || breaksAfter(x.tokens, p(x)!);
const isParticiple = (x: FrameContext): boolean => t(x).normal.endsWith('ing');
const left = (subject: TokenRange | null): Source => ({ subject, side: 'left' });

/** "Having announced that …": "having" and the cue open the sentence (or follow its opening word). */
function perfectOpening(x: FrameContext): boolean {
  const before = x.tokens[x.i - 2];
  return p(x)?.normal === 'having' && has(t(x), 'PastTense') && (!before || endsSentence(x.tokens, before) || openingWord(x.tokens, x.i - 2));
}

/** "…, saying", "emailed supporters saying": a participle whose subject is elsewhere. */
function detachedParticiple(x: FrameContext): boolean {
  const prev = p(x);
  const detached = afterBreak(x) || (has(prev, 'Noun') && !has(prev, 'ProperNoun') && !has(prev, 'Pronoun')) || has(prev, 'Preposition') || has(prev, 'Conjunction') || afterPrepositionObject(x);
  return detached && isParticiple(x) && !!prev && !endsSentence(x.tokens, prev);
}

/**
 * "Roe posted to Twitter asking …", "said in a statement to Wired explaining …": a name of a place, a
 * medium or an organisation before the participle is a preposition's object, not its subject (a person
 * there can be: "footage of Trump saying", "a talk with Maddow asking").
 */
function afterPrepositionObject(x: FrameContext): boolean {
  if (!has(p(x), 'ProperNoun') || has(p(x), 'Person') || inPerson(x.doc, p(x)!)) return false;
  const np = nounPhraseLeft(x.tokens, x.i - 1);
  return np !== null && np.first > 0 && lexicon().participleDetachingPrepositions.has(x.tokens[np.first - 1]!.normal);
}

/** "…,” said Blinken": the inverted source after a speech cue, or null. */
function invertedSource(x: FrameContext): TokenRange | null {
  const prev = p(x);
  // "…, told POLITICO" is no inversion, nor is "“…,” told reporters"; "“…?” asked the boy" is
  const quoteBefore = prev !== undefined && CLOSING_MARK.test(prev.post);
  // ("“…,” agrees Roe": a thought verb inverts only right after a quotation)
  const inverts = x.type === 'speech' || x.type === 'quote-only' || (x.type === 'thought' && quoteBefore);
  if (!afterBreak(x) || !inverts || breaksAfter(x.tokens, t(x))) return null;
  if ((!quoteBefore && lexicon().cuesListener.has(t(x).normal)) || lexicon().cuesNeverInverted.has(t(x).normal)) return null;
  // "…under.”¶State Senate President Roe, …, said": a verb's bare form opening a paragraph after a
  // finished sentence is a noun or a command, no inverted cue ("Continued Stone: “…”" is one)
  if (prev !== undefined && endsSentence(x.tokens, prev) && endsParagraph(prev) && lexicon().verbLemmas.get(t(x).normal) === t(x).normal) return null;
  const right = nounPhraseRight(x.tokens, x.i + 1, true);
  // "Rep. Roe (D-N.Y.), chairman of the caucus, said members will …": with no verb before the
  // cue, the words before it are its subject, not what was said (unless the sentence goes on
  // after the source: "The combination, say economists, marks …")
  const goesOn = right !== null && x.tokens[right.end - 1]!.post.includes(',') && has(x.tokens[right.end], 'Verb');
  // "But, said Solovey, “I don't want …”": the source between commas, the quotation after it
  const quoteAfter = right !== null && /^,\s*["“]?$/.test(x.tokens[right.end - 1]!.post) && /["“]/.test(x.tokens[right.end - 1]!.post + (x.tokens[right.end]?.pre ?? ''));
  if (!quoteBefore && !goesOn && !quoteAfter && !verbBefore(x.tokens, x.i)) return null;
  // "Roe, a professor, said he never saw …": a pronoun after the cue starts the content, and so does a noun
  // phrase with its verb right after it ("The judges …, for instance, said the problem was not …")
  const pronoun = right !== null && right.end - right.first === 1 && isSubjectPronoun(x.tokens[right.first]!);
  // ("Facebook found the posting, reported it to the F.B.I., and …": a pronoun opening a longer phrase is the cue's object)
  if (right !== null && right.end - right.first > 1 && has(x.tokens[right.first], 'Pronoun') && !has(x.tokens[right.first], 'Possessive')) return null;
  // ("…, said 78% of its members who voted backed a strike": past the phrase's relative clause too)
  const subjectOfContent = right !== null && !quoteBefore && !breaksAfter(x.tokens, x.tokens[right.end - 1]!) && (isFiniteAt(x.tokens, right.end) || verbPastRelative(x.tokens, right));
  return right && (!pronoun || quoteBefore) && !subjectOfContent ? right : null;
}

/** "members who voted | backed": a finite verb after the relative clause of the phrase `np`, whose subject the phrase is. */
function verbPastRelative(tokens: readonly Token[], np: TokenRange): boolean {
  const lex = lexicon();
  const rel = tokens[np.end];
  if (!rel || !lex.clauseRelatives.has(rel.normal) || rel.normal === 'that') return false;
  // (the first verb past the clause's own; an infinitive's is no finite verb: "officials who asked not to be named";
  // nor one of a clause joined on: "who spoke on condition of anonymity because they were …")
  for (let k = np.end + 2; k - np.end <= MAX_RELATIVE && k < tokens.length; k++) {
    const w = tokens[k - 1]!;
    if (breaksAfter(tokens, w) || lex.clauseSubordinators.has(w.normal) || lex.clauseCoordinators.has(w.normal) || lex.cuesTimeClauseOpeners.has(w.normal)) return false;
    if (has(tokens[k], 'Verb')) return isFiniteAt(tokens, k) && beforeRelativeClause(tokens, k)?.end === np.end;
  }
  return false;
}

/** Longest look back for the verb of what was said before an inverted source. */
const MAX_CONTENT_BEFORE = 60;

/** Is there a finite verb between the sentence's start and the cue at `i`? */
function verbBefore(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return false;
  let k = i - 1;
  while (k > 0 && i - k < MAX_CONTENT_BEFORE && !endsSentence(tokens, tokens[k - 1]!)) k--;
  // ("mining companies, including Patriot, declared bankruptcy": a participle after a comma is no verb of what was said)
  for (; k < i; k++) if (hasFiniteVerb(tokens, k, k) && !(has(tokens[k], 'Gerund') && k > 0 && tokens[k - 1]!.post.includes(','))) return true;
  return false;
}

/** The "and"/"but" before a cue at `i` (past adverbs: "Wealth-X keeps its finances a secret but says …"), or -1. */
function conjunctionBefore(tokens: readonly Token[], i: number): number {
  let c = i - 1;
  while (c > 0 && isSkippable(tokens[c]!) && !breaksAfter(tokens, tokens[c]!)) c--;
  const conj = tokens[c];
  return conj && (conj.normal === 'and' || conj.normal === 'but') && !breaksAfter(tokens, conj) ? c : -1;
}

const afterConjunction = (x: FrameContext): boolean => conjunctionBefore(x.tokens, x.i) >= 0;

/** "test scores", "graduation rates": a present -s form right after a lower-case singular noun is a plural noun of a compound. */
function compoundPlural(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const noun = tokens[k - 1];
  return has(t, 'PresentTense') && !hasAny(t, ['Copula', 'Modal', 'Auxiliary']) && t.normal.endsWith('s') &&
    noun !== undefined && has(noun, 'Noun') && !hasAny(noun, ['Plural', 'ProperNoun', 'Pronoun']) && /^\p{Ll}/u.test(noun.text) && !breaksAfter(tokens, noun);
}

/** Longest walk back from a coordinator to the verb it joins the cue to, in words. */
const MAX_COORDINATED_REACH = 20;

/**
 * The subject of the verb a coordinator joins the cue at `i` to ("when Trump spotted a sign and asked …",
 * "the league strongly denounced it and said …"): the noun phrase before the nearest finite verb back, in
 * the same stretch, past the clauses that verb's own subject opens ("Roe says Doe promised to help and said"
 * is Roe's, "Roe rejected the idea that the changes mattered and said" too); null when there is none, or the
 * verb is a relative clause's ("Roe, who spoke first, and said").
 */
function coordinatedSubject(tokens: readonly Token[], i: number): TokenRange | null {
  const lex = lexicon();
  const c = conjunctionBefore(tokens, i);
  // ("But state law requires …": a coordinator opening its sentence joins nothing in it)
  if (c < 1 || endsSentence(tokens, tokens[c - 1]!)) return null;
  for (let k = c - 1; k > 0 && c - k <= MAX_COORDINATED_REACH; k--) {
    // (the comma right before the coordinator may close the first clause: "…, and said")
    if (k < c - 1 && breaksAfter(tokens, tokens[k]!)) return null;
    // ("keeps its finances a secret", "tied those test scores to …": a noun after an opener or in a compound,
    // which compromise reads as a verb, is no verb)
    if (!isFiniteAt(tokens, k) || has(tokens[k], 'Gerund') || hasAny(tokens[k - 1], ['Possessive', 'Determiner', 'Adjective']) || compoundPlural(tokens, k)) continue;
    let s = k - 1;
    while (s > 0 && isSkippable(tokens[s]!) && !breaksAfter(tokens, tokens[s]!)) s--;
    if (lex.clauseRelatives.has(tokens[s]!.normal) && tokens[s]!.normal !== 'that') return null;
    const np = nounPhraseLeft(tokens, k - 1);
    if (!np || breaksAfter(tokens, tokens[np.end - 1]!)) return null;
    // a clause after "that", a verb or a question word is an object ("said his attacks had worked", "asked
    // who Roe would back"), and a noun after a preposition part of a longer phrase ("his attacks on Roe have"):
    // on to the verb before it (a time clause's subject is the one: "cheered when Roe spotted a sign and asked")
    const before = tokens[np.first - 1];
    // ("postponed the vote after residents packed a hearing and warned": "after" opens a time clause, not a phrase)
    const timeClause = before !== undefined && lex.cuesTimeClauseOpeners.has(before.normal);
    const question = before !== undefined && lex.questionOpeners.has(before.normal) && !timeClause;
    if (before && !breaksAfter(tokens, before) && (before.normal === 'that' || question || (hasAny(before, ['Verb', 'Preposition']) && !timeClause))) {
      k = np.first;
      continue;
    }
    return np;
  }
  return null;
}

/**
 * "a move | GOP leaders said would …", "the plan | officials say will …": with a finite verb and no subject right after
 * the cue, the source is the part of the noun phrase before it that follows its first noun (a name or a plural
 * opening a phrase of its own), the first noun being what the relative clause describes. Else null.
 */
function zeroRelativeSource(tokens: readonly Token[], i: number): TokenRange | null {
  const verb = tokens[i + 1];
  if (!verb || breaksAfter(tokens, tokens[i]!) || !isFiniteAt(tokens, i + 1) || hasAny(verb, ['Noun', 'Pronoun', 'Gerund'])) return null;
  const np = nounPhraseLeft(tokens, i - 1);
  if (!np || !has(tokens[np.first], 'Determiner')) return null;
  for (let k = np.first + 1; k < np.end - 1; k++) {
    const noun = tokens[k]!;
    if (!has(noun, 'Noun') || hasAny(noun, ['ProperNoun', 'Plural', 'Adjective']) || isCapitalized(noun)) continue;
    const next = tokens[k + 1]!;
    return isCapitalized(next) || (has(next, 'Plural') && !has(next, 'ProperNoun')) ? { first: k + 1, end: np.end } : null;
  }
  return null;
}

/**
 * Is the cue at `x.i` joined by "and"/"but" to the cue of the frame before, with its source before it, in one
 * unbroken clause and with no finite verb of another clause between?
 */
function joinedToPreviousCue(x: FrameContext): boolean {
  const prev = x.previous;
  const c = conjunctionBefore(x.tokens, x.i);
  if (c < 0 || !prev?.subject || prev.side !== 'left' || prev.noCue || prev.cue.end > c || !sameSentence(x.tokens, prev.cue.end - 1, x.i)) return false;
  for (let k = prev.cue.end - 1; k < c; k++) if (breaksAfter(x.tokens, x.tokens[k]!) || (k >= prev.cue.end && isFiniteAt(x.tokens, k))) return false;
  // (the cue before is the main clause's, its source opening the sentence or following an opening phrase's
  // comma: not "Roe put off deciding whether Doe could question Smith but said")
  const sentFirst = x.doc.sentences[x.tokens[x.i]!.sentence]!.first;
  return prev.subject.first === sentFirst || x.tokens[prev.subject.first - 1]!.post.trim() === ',';
}

/** Longest phrase between a participle and the cue ("speaking on condition of anonymity"), in words. */
const MAX_PARTICIPLE_PHRASE = 8;

/**
 * The noun phrase before a participle whose phrase ends at `np` ("Another source | speaking to |
 * Fox News said", "Officials | speaking on condition of | anonymity said"), or before an adjective
 * and its preposition ("people | familiar with | the matter said", "officials | close to | the talks
 * say"), or null.
 */
function beforeParticiplePhrase(tokens: readonly Token[], np: TokenRange | null): TokenRange | null {
  const preposition = (t: Token | undefined) => has(t, 'Preposition') || t?.normal === 'to';
  if (!np || !preposition(tokens[np.first - 1])) return null;
  for (let k = np.first - 1; k > 0 && np.first - k <= MAX_PARTICIPLE_PHRASE; k--) {
    const t = tokens[k]!;
    if (breaksAfter(tokens, t)) return null;
    const relation = k === np.first - 2 && lexicon().speakerRelations.has(t.normal);
    if ((t.normal.endsWith('ing') && has(t, 'Verb')) || relation) {
      const before = tokens[k - 1]!;
      if (breaksAfter(tokens, before) || !isNominal(before)) return null;
      const head = nounPhraseLeft(tokens, k - 1);
      // (the relation names the source: "people familiar with the matter")
      return head && relation ? { first: head.first, end: np.end } : head;
    }
    if (!preposition(t) && !hasAny(t, ['Determiner', 'Noun', 'Adjective', 'ProperNoun', 'Possessive'])) return null;
  }
  return null;
}

/** Longest restrictive relative clause between a source and its cue, in words. */
const MAX_RELATIVE = 14;

/**
 * The noun phrase a restrictive relative clause ending right before the cue at `i` describes ("a
 * White House official | who spoke … to discuss internal strategy | said"; "the officials | whose laws
 * were struck down | say"; "a man | who worshiped there and who asked not to be named | said"), or null.
 * The relative word must be its clause's subject ("who spoke", "whose laws were"), not its object ("a
 * tax which I think makes"). With a comma before the relative word, frame-appositive reads it.
 */
function beforeRelativeClause(tokens: readonly Token[], i: number): TokenRange | null {
  const lex = lexicon();
  // ("people who work for oil companies into support": after a preposition or an article the cue is a noun;
  // "people who have created a profile or suggest": after a coordinator it is another clause's verb)
  if (hasAny(tokens[i - 1], ['Preposition', 'Determiner', 'Conjunction'])) return null;
  for (let k = i - 1; k > 0 && i - k <= MAX_RELATIVE; k--) {
    const t = tokens[k]!;
    if (breaksAfter(tokens, t)) return null;
    if (!lex.clauseRelatives.has(t.normal) || t.normal === 'that') continue;
    const owned = t.normal === 'whose' ? nounPhraseRight(tokens, k + 1) : null;
    const verbAt = owned ? owned.end : k + 1;
    if (verbAt >= i || !beforeVerb(tokens, verbAt) || has(tokens[verbAt], 'ProperNoun')) return null;
    // (the clause has a verb of its own, not only the cue's auxiliaries: "a man who has repeatedly pledged" is the cue's clause)
    if (tokens.slice(verbAt, i).every((w) => isSkippable(w))) return null;
    const before = tokens[k - 1]!;
    // ("who worshiped there and who asked …": a second relative clause joined to the first)
    if (lex.clauseCoordinators.has(before.normal) && !breaksAfter(tokens, before)) continue;
    if (breaksAfter(tokens, before) || !isNominal(before) || isSubjectPronoun(before)) return null;
    return nounPhraseLeft(tokens, k - 1);
  }
  return null;
}

/** A verb a "to" infinitive may depend on (not a participle, nor the particle of "went on to say"). */
const isVerb = (t: Token | undefined): boolean => has(t, 'Verb') && !hasAny(t, ['Gerund', 'Particle']);

/** Longest walk back from an infinitive's "to" to the verb it depends on, in words. */
const MAX_INFINITIVE_REACH = 10;
/** Most infinitives in a chain walked back ("would have to break out data to show"). */
const MAX_INFINITIVE_CHAIN = 3;

/**
 * The source of the cue infinitive at `i`: the object of a verb of making or asking before "to"
 * ("forced Roe to admit", "led her to declare": src/lexicon/cues-object-control.txt), else the subject
 * of the verb the infinitive depends on ("as Republicans continue to warn", "after he appeared to
 * suggest", "Roe was prompted to say"), through a chain of infinitives; null when neither is found.
 */
function infinitiveSource(tokens: readonly Token[], i: number): TokenRange | null {
  let to = i - 1;
  for (let chain = 0; chain < MAX_INFINITIVE_CHAIN && to > 0; chain++) {
    const last = tokens[to - 1]!;
    if (breaksAfter(tokens, last)) return null;
    const object = has(last, 'Pronoun') && !isSubjectPronoun(last) ? { first: to - 1, end: to } : nounPhraseLeft(tokens, to - 1);
    const governor = object ? tokens[object.first - 1] : undefined;
    if (object && governor && !breaksAfter(tokens, governor) && lexicon().cuesObjectControl.has(lemmaOf(governor))) return object;
    // the verb the infinitive depends on: the first verb back, past its objects and adjuncts
    let k = to - 1;
    while (k > 0 && to - k < MAX_INFINITIVE_REACH && !isVerb(tokens[k])) {
      if (breaksAfter(tokens, tokens[k - 1]!)) return null;
      k--;
    }
    if (!isVerb(tokens[k])) return null;
    // ("have to break out data to show": an infinitive itself, so on from its "to")
    if (tokens[k - 1]?.normal === 'to') {
      to = k - 1;
      continue;
    }
    return k > 0 ? nounPhraseLeft(tokens, k - 1) : null;
  }
  return null;
}

/**
 * The people asked, when a participle of asking ends the words before the cue at `i`: "those
 * surveyed", "the voters polled", "everyone I interviewed" (the asker's pronoun inside), or null.
 */
function askedSource(tokens: readonly Token[], i: number): TokenRange | null {
  if (i < 2) return null;
  const participle = tokens[i - 1]!;
  if (!lexicon().speakerParticiples.has(participle.normal) || breaksAfter(tokens, participle)) return null;
  let k = i - 2;
  if (isSubjectPronoun(tokens[k]!) && k > 0 && !breaksAfter(tokens, tokens[k]!)) k--;
  const head = tokens[k]!;
  if (breaksAfter(tokens, head)) return null;
  // ("those", "most": a quantifier standing for the people)
  const np = lexicon().speakerQuantifiers.has(head.normal) ? { first: k, end: k + 1 } : isNominal(head) && !isSubjectPronoun(head) ? nounPhraseLeft(tokens, k) : null;
  return np ? { first: np.first, end: i } : null;
}

/**
 * Does a noun phrase close the sentence right after the cue at `i`, an inverted source ("…went over
 * well with Republicans, said one source in the room."), not an adjunct ("said over the phone.")?
 */
function sourceClosesSentence(tokens: readonly Token[], i: number): boolean {
  const right = nounPhraseRight(tokens, i + 1, true);
  if (!right) return false;
  const first = tokens[right.first]!;
  return !hasAny(first, ['Preposition', 'Date']) && !lexicon().cuesAdjunctPrepositions.has(first.normal) && endsSentence(tokens, tokens[right.end - 1]!);
}

/** Does the sentence holding token `i` open with a quotation mark? */
function opensWithQuote(tokens: readonly Token[], i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 200 && !endsSentence(tokens, tokens[s - 1]!)) s--;
  return /["“]/.test(tokens[s]!.pre);
}

function sameSentence(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (endsSentence(tokens, tokens[k]!)) return false;
  return b - a < 40;
}

/** A preposition or a subordinator opening its sentence ("After", "While", "By"; not "And"), not followed by a comma. */
function openingWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && opensSentence(tokens, k) && hasAny(t, ['Preposition', 'Conjunction']) && !lexicon().clauseCoordinators.has(t.normal) && !breaksAfter(tokens, t);
}

/** Where the source of a cue verb stands, in order; the first rule that fires decides. */
export const FRAME_RULES: readonly Rule<FrameContext, Source>[] = [
  // "Commenting on the deal, the minister said …": an opening participle's source follows it
  rule({
    id: 'frame-opening-participle',
    example: 'Commenting on the deal, the minister said it was fair.',
    // ("After suggesting on Wednesday that …, Rubio …": a preposition or subordinator may open the sentence before it)
    // ("Having announced that …, Judge Roe …": a perfect participle opens it the same way)
    when: (x: FrameContext) => ((!p(x) || endsSentence(x.tokens, p(x)!) || openingWord(x.tokens, x.i - 1)) && isParticiple(x)) || perfectOpening(x),
    then: (x) => left(subjectAfterOpening(x.tokens, x.i)),
  }),
  // "games worth considering", "busy saying goodbye": a participle after an adjective is its complement, no cue
  rule({
    id: 'frame-after-adjective',
    example: 'Critics were quick saying the plan would fail.',
    when: (x: FrameContext) => isParticiple(x) && !afterBreak(x) && ((has(p(x), 'Adjective') && !hasAny(p(x), ['Noun', 'ProperNoun'])) || lexicon().participleComplements.has(p(x)!.normal)),
    then: () => null,
  }),
  // "the email mentioned above", "the study cited below": a participle pointing within the text modifies the noun, no one speaks
  rule({
    id: 'frame-text-reference',
    example: 'If it has the email mentioned above, no guesswork is needed.',
    when: (x: FrameContext) => {
      const next = x.tokens[x.i + 1];
      const prev = p(x);
      return !!next && !!prev && lexicon().participleReferenceAdverbs.has(next.normal) && /^\p{Ll}/u.test(prev.text) && has(prev, 'Noun') && !hasAny(prev, ['Pronoun', 'ProperNoun']);
    },
    then: () => null,
  }),
  // after a plain noun only speech participles report: "businessmen seeking to …" reports nothing
  rule({ id: 'frame-participle-not-speech', example: 'Voters believing the rumors stayed home.', when: (x: FrameContext) => detachedParticiple(x) && x.type !== 'speech' && !afterBreak(x), then: () => null }),
  // "…,” the mayor said, adding that …": the source of the cue before, in the same sentence
  rule({
    id: 'frame-participle-previous',
    example: '“We are ready,” the mayor said, adding that the city would cope.',
    // (not an infinitive's object: "Roe urged women to vote for Doe, saying …" is Roe's)
    when: (x: FrameContext) => detachedParticiple(x) && x.previous?.subject && x.previous.rule !== 'frame-infinitive' && sameSentence(x.tokens, x.previous.cue.end - 1, x.i),
    then: (x) => left(x.previous!.subject),
  }),
  // "Roe, noting that the vote was close, said …": a participle set off right after the name opening the sentence
  rule({
    id: 'frame-participle-appositive',
    example: 'Roe, noting that the vote was close, said the party would regroup.',
    when: (x: FrameContext) => {
      if (!detachedParticiple(x) || p(x)!.post.trim() !== ',') return null;
      const np = nounPhraseLeft(x.tokens, x.i - 1, true);
      return np && opensSentence(x.tokens, np.first) ? np : null;
    },
    then: (_x, np) => left(np),
  }),
  // "Trump attacked Clinton, saying …": the subject of the sentence
  rule({ id: 'frame-participle-subject', example: 'The senator left early, saying he was tired.', when: detachedParticiple, then: (x) => left(sentenceSubject(x.tokens, x.i)) }),
  // "Dick Dever, who was listed on the slate, told POLITICO": the name before the clause
  rule({
    id: 'frame-appositive',
    example: 'Dick Dever, who was listed on the slate, told POLITICO that he knew.',
    when: (x: FrameContext) => {
      if (sourceClosesSentence(x.tokens, x.i)) return null;
      // (the comma may close a quotation inside the appositive: "Roe, citing “the magic of Trump,” said")
      const np = afterBreak(x) && /^,["”]?$/.test(p(x)?.post.trim() ?? '') ? nounPhraseLeft(x.tokens, x.i - 1) : null;
      // (a name compromise misreads, "Hicks", is one of the document's names)
      return np && (has(x.tokens[np.end - 1], 'ProperNoun') || inName(x.doc, x.tokens[np.end - 1]!)) ? np : null;
    },
    then: (_x, np) => left(np),
  }),
  rule({ id: 'frame-inverted', example: '“It is over,” said Blinken.', when: invertedSource, then: (_x, np) => ({ subject: np, side: 'right' as const }) }),
  // "New York's infrastructure is tough to maintain", "it is hard to say": no one speaks (not "quick to say")
  rule({
    id: 'frame-impersonal-infinitive',
    example: 'The old pipes are tough to maintain, officials know.',
    when: (x: FrameContext) => p(x)?.normal === 'to' && lexicon().cuesImpersonalAdjectives.has(x.tokens[x.i - 2]?.normal ?? ''),
    then: () => null,
  }),
  // "Roe met Doe on Friday to discuss the plan": an infinitive's source is the subject of the verb it depends
  // on ("as unions continue to warn"), or the object of a verb of making or asking ("forced Roe to admit")
  rule({
    id: 'frame-infinitive',
    example: 'Roe met Doe on Friday to discuss the plan.',
    when: (x: FrameContext) => p(x)?.normal === 'to' && !breaksAfter(x.tokens, p(x)!),
    then: (x) => left(infinitiveSource(x.tokens, x.i) ?? sentenceSubject(x.tokens, x.i)),
  }),
  // "“…,” he said on Sunday, and then predicted: …": the source of the cue before, in the same sentence
  rule({
    id: 'frame-conjoined-previous',
    example: '“We will win,” he said on Sunday, and then predicted a landslide.',
    // (only in a sentence that opens with the quotation: elsewhere its subject is found as usual,
    // "When I asked him, he looked up and said")
    when: (x: FrameContext) => afterConjunction(x) && x.previous?.subject && opensWithQuote(x.tokens, x.previous.cue.first) && sameSentence(x.tokens, x.previous.cue.end - 1, x.i),
    then: (x) => left(x.previous!.subject),
  }),
  // "Sen. Roe, R-Ohio, accused Democrats of playing politics and vowed to …": the verb joined to is the cue before,
  // whose source is already found (past its appositive)
  rule({
    id: 'frame-conjoined-cue',
    example: 'Sen. Jane Roe, R-Ohio, accused Democrats of playing politics and vowed to bring the bill back.',
    when: (x: FrameContext) => joinedToPreviousCue(x),
    then: (x) => left(x.previous!.subject),
  }),
  // ("when Roe spotted a sign and asked …": the subject of the verb joined to, else the sentence's)
  rule({
    id: 'frame-conjoined',
    example: 'Wealth-X keeps its finances a secret but says it grows.',
    when: afterConjunction,
    then: (x) => left(coordinatedSubject(x.tokens, x.i) ?? sentenceSubject(x.tokens, x.i)),
  }),
  // "Another source speaking to Fox News said": the noun phrase before the participle's phrase
  rule({
    id: 'frame-before-participle-phrase',
    example: 'A senior official speaking to the BBC said the talks had failed.',
    when: (x: FrameContext) => beforeParticiplePhrase(x.tokens, nounPhraseLeft(x.tokens, x.i - 1)),
    then: (_x, np) => left(np),
  }),
  // "a White House official who spoke anonymously to discuss strategy said": the noun the relative clause describes
  rule({
    id: 'frame-before-relative',
    example: 'A White House official who spoke to discuss internal strategy said the plan would hold.',
    when: (x: FrameContext) => beforeRelativeClause(x.tokens, x.i),
    then: (_x, np) => left(np),
  }),
  // "those surveyed said", "41 percent of the voters polled say", "everyone I interviewed said":
  // the people asked speak (src/lexicon/speaker-participles.txt)
  rule({ id: 'frame-before-participle', example: 'Those surveyed said the economy was weak.', when: (x: FrameContext) => askedSource(x.tokens, x.i), then: (_x, np) => left(np) }),
  // "investors who argue that …": "who" right before the cue, with no comma, stands for the noun before it
  rule({
    id: 'frame-relative-subject',
    example: 'The airline faces investors who argue that it grew too fast.',
    when: (x: FrameContext) => {
      const rel = p(x);
      return rel !== undefined && x.i > 1 && lexicon().speakerRelatives.has(rel.normal) && !breaksAfter(x.tokens, x.tokens[x.i - 2]!) && nounPhraseLeft(x.tokens, x.i - 2);
    },
    then: (_x, np) => left(np),
  }),
  // "a move GOP leaders said would leave …": a verb right after the cue has no subject of its own, so the phrase before
  // holds the noun it describes and, after that noun, the source
  rule({
    id: 'frame-zero-relative-source',
    example: 'Democrats blocked the bill, a move Republican leaders said would leave the country exposed.',
    when: (x: FrameContext) => zeroRelativeSource(x.tokens, x.i),
    then: (_x, np) => left(np),
  }),
  rule({
    id: 'frame-subject-before',
    example: 'Blinken said the talks went well.',
    when: () => true,
    then: (x) => left(nounPhraseLeft(x.tokens, x.i - 1) ?? looseSubject(x.tokens, x.i - 1)),
  }),
];

/** Find every attribution frame in the document, sorted by cue. */
export function findFrames(doc: Doc): Frame[] {
  const { tokens } = doc;
  const frames: Frame[] = [];
  const titled = titleCaseLines(tokens);
  const cue: CueContext = { tokens, i: 0, titleCase: false };
  for (let i = 0; i < tokens.length; i++) {
    // "When asked by Doe about the wall, …": the question, with the asker or nobody as source
    const question = passiveQuestion(tokens, i, (k) => nounPhraseRight(tokens, k));
    if (question) {
      frames.push({ cue: { first: i, end: i + 1 }, subject: question.agent, side: 'right', type: 'question', opener: question.opener, cueRule: 'cue-question', rule: 'frame-question' });
      continue;
    }
    cue.i = i;
    cue.titleCase = titled[i] === 1;
    const read = cueType(doc, cue);
    if (!read) continue;
    const { type, rule: cueRule } = read;
    if (type === 'according') {
      frames.push({ cue: { first: i, end: i + 2 }, subject: accordingSource(tokens, i + 2), side: 'right', type, cueRule, rule: 'frame-according' });
      i++;
      continue;
    }
    if (type === 'evidential') {
      frames.push({ cue: { first: i, end: i + 1 }, subject: null, side: 'left', type, cueRule, rule: 'frame-evidential' });
      continue;
    }
    const hit = firstRule(doc, FRAME_RULES, { doc, tokens, i, type, previous: frames.at(-1) });
    if (!hit?.out) continue;
    // "talked about the economy": the particle is part of the cue, not of the content
    // ("“…,” he went on": the particle closing a verb after a quotation too)
    // (not a preposition before a date: "called on Tuesday for …")
    const phrasal = (pairsWith(lexicon().cuesPhrasal, tokens[i]!, tokens[i + 1]) && !has(tokens[i + 2], 'Date')) || pairsWith(lexicon().cuesQuotePairs, tokens[i]!, tokens[i + 1]) || (cueRule === 'cue-verb-after-quote' && lexicon().quoteParticles.has(tokens[i + 1]?.normal ?? ''));
    frames.push({ cue: { first: i, end: phrasal ? i + 2 : i + 1 }, ...hit.out, type, cueRule, rule: hit.id, ...(cue.titleCase ? { headline: true } : {}) });
  }
  // the finders see the frames of cue words only (in text order)
  const found = FINDERS.flatMap((finder) => finder.find(tokens, frames));
  return [...frames, ...found].flatMap((f) => checked(doc, f)).sort((a, b) => a.cue.first - b.cue.first);
}

/** The frame with a source that can speak (trimmed if need be), or none ("Be warned", "you'll find"). */
function checked(doc: Doc, frame: Frame): Frame[] {
  if (!frame.subject) return [frame];
  // ("a neon sign reading Futurama lit the way": a source holding its own cue is a phrase the cue sits in)
  if (!frame.noCue && frame.subject.first <= frame.cue.first && frame.cue.first < frame.subject.end) return [];
  const subject = checkSource(doc, frame);
  if (!subject) return [];
  return [subject === frame.subject ? frame : { ...frame, subject }];
}

/** "according to early results of exit polls conducted for …,": the words up to the comma. */
function accordingSource(tokens: readonly Token[], start: number): TokenRange | null {
  const np = nounPhraseRight(tokens, start);
  let k = start;
  while (k < tokens.length && k - start < 20 && !breaksAfter(tokens, tokens[k]!)) k++;
  const end = tokens[k];
  if (end && k - start < 20 && (end.post.includes(',') || endsSentence(tokens, end))) return { first: start, end: k + 1 };
  return np;
}

/** Rule ids of frames read straight off their cue, with examples. */
export const CUE_FRAME_RULES: readonly RuleExample[] = [
  { id: 'cue-question', example: 'When asked about the wall, Roe said nothing.' },
  { id: 'frame-question', example: 'Roe was asked whether she would run.' },
  { id: 'frame-according', example: 'According to the ministry, talks will resume.' },
  { id: 'frame-evidential', example: 'The firm has reportedly hired a new chief.' },
  { id: 'cue-stance-noun', example: 'His criticism of the plan was sharp.' },
  { id: 'cue-speech-noun', example: 'Fact-checkers looked at Jane Roe’s claim that crime had doubled.' },
  { id: 'cue-none', example: '“We will win.” ― Sonya Herridge' },
];

/** A finder of frames with no cue word; `find` sees the frames of cue words found so far. */
interface Finder extends RuleExample {
  find: (tokens: readonly Token[], frames: readonly Frame[]) => Frame[];
}

/** The finders of frames with no cue word, in order. */
export const FINDERS: readonly Finder[] = [
  { id: 'frame-dash', example: '“We will win.” ― Sonya Herridge', find: (tokens) => dashFrames(tokens) },
  { id: 'frame-label', example: 'PENCE: We will win.\n\nKAINE: No.', find: (tokens) => labelFrames(tokens) },
  { id: 'frame-colon', example: 'She then addressed the supporters again: “We will win.”', find: (tokens, frames) => colonFrames(tokens, frames) },
  { id: 'frame-headline', example: 'Pat Caddell: Democrat Voters Worried\n\nThe poll came out.', find: (tokens) => headlineFrames(tokens) },
  { id: 'frame-medium', example: 'In a statement, the company denied wrongdoing.', find: (tokens) => mediumFrames(tokens) },
  { id: 'frame-stance-noun', example: 'His criticism of the plan was sharp.', find: (tokens) => nounFrames(tokens) },
  { id: 'frame-speech-noun', example: 'Fact-checkers looked at Jane Roe’s claim that crime had doubled.', find: (tokens) => speechNounFrames(tokens) },
];

/** A frame with no cue word: `at` is where the source stands. */
const noCue = (at: TokenRange, subject: TokenRange, side: 'left' | 'right', type: FrameType, rule: RuleId, extra: Partial<Frame> = {}): Frame =>
  ({ cue: at, subject, side, type, noCue: true, cueRule: 'cue-none', rule, ...extra });

/** "She then addressed the supporters again: “…”": a colon lead-in with no cue word. */
function colonFrames(tokens: readonly Token[], frames: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  let f = 0;
  let sentenceStart = 0;
  // "Reid said …, but he gave the Texan a compliment: “…”": a clause joined by ", but" has its own subject
  let clauseStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.post.includes(':') && /:\s*(?:["“„«]|\n|$)/.test(t.post)) {
      while (f < frames.length && frames[f]!.cue.first < clauseStart) f++;
      // ("But back on home soil, he returned to his lines:": a cue with no source does not count)
      let hasCue = false;
      for (let g = f; g < frames.length && frames[g]!.cue.first <= i && !hasCue; g++) hasCue = frames[g]!.subject !== null;
      const own = clauseStart > sentenceStart ? nounPhraseRight(tokens, clauseStart) : null;
      const subject = hasCue ? null : clauseStart > sentenceStart ? (own && beforeVerb(tokens, own.end) ? own : null) : sentenceSubject(tokens, i + 1);
      const head = subject ? tokens[subject.end - 1]! : undefined;
      if (subject && head && (has(head, 'ProperNoun') || isSubjectPronoun(head))) out.push(noCue({ first: i, end: i + 1 }, subject, 'left', 'quote-only', 'frame-colon'));
    }
    if (endsSentence(tokens, t)) sentenceStart = clauseStart = i + 1;
    else if (t.post.includes(',') && lexicon().clauseJoiners.has(tokens[i + 1]?.normal ?? '')) clauseStart = i + 2;
  }
  return out;
}

/** Longest line after a headline source's colon, in words: a dateline opens a whole paragraph. */
const MAX_HEADLINE = 20;

/**
 * "Pat Caddell: Democrat Voters Worried …": a name opening a line, then a colon. Not a
 * dateline ("Washington: The top diplomats … agreed …, the ministry said Friday."): the
 * line after the colon is a headline's length and the name is no place.
 */
function headlineFrames(tokens: readonly Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((i > 0 && !endsParagraph(tokens[i - 1]!)) || /["“„«]/.test(tokens[i]!.pre)) continue;
    // "Poll: …": a single capitalised word may be tagged anything
    const np = nounPhraseRight(tokens, i) ?? (/^\p{Lu}/u.test(tokens[i]!.text) ? { first: i, end: i + 1 } : null);
    if (!np) continue;
    const last = tokens[np.end - 1]!;
    if (np.end - np.first > 6 || !last.post.startsWith(':') || endsParagraph(last)) continue;
    if (!has(last, 'ProperNoun') && !/^\p{Lu}/u.test(last.text)) continue;
    let lineEnd = np.end;
    while (lineEnd < tokens.length - 1 && lineEnd - np.end < MAX_HEADLINE && !endsParagraph(tokens[lineEnd]!)) lineEnd++;
    if (lineEnd - np.end >= MAX_HEADLINE || !isHeadlineSource(tokens, np)) continue;
    out.push(noCue({ first: np.end - 1, end: np.end }, np, 'left', 'speech', 'frame-headline'));
  }
  return out;
}

/** A headline's source is no label ("Breaking:", "Watch:") and no dateline's place ("WASHINGTON:"). */
function isHeadlineSource(tokens: readonly Token[], np: TokenRange): boolean {
  const lex = lexicon();
  const name = tokens.slice(np.first, np.end).map((t) => t.normal).join(' ');
  return !lex.headlineKickers.has(name) && !lex.countries.has(name) && !lex.cities.has(name) && !lex.regions.has(name);
}

/** "In a statement, …", "In an early-October CBS News poll, she led …": the medium as source. */
function mediumFrames(tokens: readonly Token[]): Frame[] {
  const out: Frame[] = [];
  const media = lexicon().cuesAdjuncts;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.normal !== 'in' || (i > 0 && !endsSentence(tokens, tokens[i - 1]!))) continue;
    const np = nounPhraseRight(tokens, i + 1);
    const last = np ? tokens[np.end - 1]! : undefined;
    if (!np || !last!.post.includes(',') || !media.has(last!.normal)) continue;
    out.push(noCue({ first: i, end: i + 1 }, np, 'right', 'according', 'frame-medium'));
  }
  return out;
}

/** Flags for tokens on a line written in Title Case (a headline), where capitals mean nothing. */
function titleCaseLines(tokens: readonly Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsParagraph(tokens[i]!) && i < tokens.length - 1) continue;
    let words = 0;
    let capitals = 0;
    for (let k = start; k <= i; k++) {
      if (!/^\p{L}/u.test(tokens[k]!.text) || tokens[k]!.text.length < 4) continue;
      words++;
      if (/^\p{Lu}/u.test(tokens[k]!.text)) capitals++;
    }
    if (words >= 3 && capitals >= words * 0.8) flags.fill(1, start, i + 1);
    start = i + 1;
  }
  return flags;
}

const LABEL = /^\p{Lu}[\p{Lu}.'’-]{2,}$/u;
const LABEL_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** Transcripts: "WALLACE: Let's start …" at a paragraph's start names who speaks. */
function labelFrames(tokens: readonly Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.post.startsWith(':') || !LABEL.test(t.text)) continue;
    // "JAKE TAPPER:", "SECRETARY ROE:", "MR. ROE:": up to two more capitalised words
    let j = i;
    while (j > 0 && i - j < 2 && LABEL_WORD.test(tokens[j - 1]!.text) && tokens[j - 1]!.post === ' ') j--;
    if (j > 0 && !endsParagraph(tokens[j - 1]!)) continue;
    const label = { first: j, end: i + 1 };
    out.push(noCue(label, label, 'right', 'quote-only', 'frame-label', { label: true }));
  }
  return out;
}

const DASH_WORD = /^[―—]$/;
const DASH_SOURCE = /^\s*[―—]\s*$/;
/** A sentence closed inside a quotation, then a hyphen or an en dash: `.” - ` */
const STOP_THEN_HYPHEN = /^\)?[.!?]\)?["”»]\s+[-–]\s*$/;

/** "“…” ― Sonya Herridge": a name after a dash right after a closing mark (no cue word). */
function dashFrames(tokens: readonly Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    // the dash is punctuation around a word, or a token of its own
    const dashToken = DASH_WORD.test(tokens[i]!.text);
    // ("“… too.” -President Obama": a hyphen or en dash too, after a quotation closing a sentence)
    const hyphen = STOP_THEN_HYPHEN.test(prev.post) || (/^\)?[.!?]\)?["”»]\s*$/.test(prev.post) && /^[-–]$/.test(tokens[i]!.pre));
    const dash = dashToken || hyphen || prev.post.includes('―') || prev.post.includes('—') || tokens[i]!.pre.includes('―');
    if (!dash || !CLOSING_MARK.test(prev.post)) continue;
    const between = prev.post.replace(/^[^―—]*/, '');
    if (!dashToken && !hyphen && !DASH_SOURCE.test(between) && !tokens[i]!.pre.includes('―')) continue;
    const np = nounPhraseRight(tokens, dashToken ? i + 1 : i);
    if (np && has(tokens[np.end - 1], 'ProperNoun')) out.push(noCue({ first: i, end: i + 1 }, np, 'right', 'quote-only', 'frame-dash'));
  }
  return out;
}

/** "what", "which" in lower case: a relative word that stands for an object, never part of a source ("who" may be: frame-relative-subject). */
const objectRelative = (t: Token): boolean => lexicon().relativeWords.has(t.text) && !lexicon().speakerRelatives.has(t.text);

/**
 * A looser subject when no plain noun phrase ends at the cue: the words since the clause
 * began, when they hold no verb ("Those close to him say", "One says", "another says").
 */
function looseSubject(tokens: readonly Token[], last: number): TokenRange | null {
  // "… my family.¶Commenting on the deal, …": nothing of the sentence before is a subject
  if (last < 0 || endsSentence(tokens, tokens[last]!)) return null;
  let first = last;
  while (first > 0 && last - first < 10) {
    const before = tokens[first - 1]!;
    // ("roughly a third of what its largest rival reported": a relative word ends the phrase)
    if (breaksAfter(tokens, before) || (has(before, 'Verb') && !has(before, 'Adjective') && !has(before, 'Noun')) || objectRelative(before)) break;
    first--;
  }
  const openers = lexicon().clauseOpeners;
  while (first <= last && (openers.has(tokens[first]!.normal) || has(tokens[first], 'Preposition'))) first++;
  if (first > last) return null;
  const span = tokens.slice(first, last + 1);
  const wordy = span.every((t) => !has(t, 'Verb') || has(t, 'Adjective') || has(t, 'Noun'));
  // ("That attitude, many argue, could …": a quantifier alone stands for people)
  const named = span.some((t) => isNominal(t) || has(t, 'Value') || has(t, 'Determiner') || lexicon().speakerQuantifiers.has(t.normal));
  return wordy && named && !has(tokens[last], 'Preposition') ? { first, end: last + 1 } : null;
}
