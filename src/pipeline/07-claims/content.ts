/**
 * The content of an indirect attribution, in tokens of one sentence, by an ordered
 * rule table (CONTENT_RULES):
 * - after the cue: "X said (that) CONTENT", "X told reporters CONTENT",
 *   "X said in a statement that CONTENT", "according to X, CONTENT";
 * - before it: "CONTENT, X said.", "CONTENT, said X.", "CONTENT, according to X."
 * Thought verbs ("believes", "shows") need a clause after them: "that", or a verb.
 */
import { type Doc, fired, type Frame, type Token, type TokenRange } from '../doc.js';
import { isTimeWord, skipLeadIn } from '../06-quotes/lead-in.js';
import { beforeVerb, nounPhraseRight } from '../06-quotes/noun-phrases.js';
import { alsoNoun, contractsVerb, finiteVerbPastRelative, hasClause, hasFiniteVerb, isFiniteAt } from '../06-quotes/clauses.js';
import { breaksAfter, isCapitalisedModal, isSkippable, lemmaOf, ownClaimAt, stretchStart } from '../06-quotes/predicates.js';
import { questionContent } from '../06-quotes/question-frames.js';
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule, type RuleExample } from '../rules.js';
import { firstAtOrAfter } from '../sorted.js';
import { has, hasAny, isCapitalized, quotationEnd } from '../tokens.js';

const MIN_CONTENT = 3;

/** What a content rule sees: the frame, its sentence (first and last token) and what comes after its lead-in. */
interface ContentContext {
  tokens: readonly Token[];
  frame: Frame;
  sentFirst: number;
  sentLast: number;
  /** The words before the source and its comma ("The museum, Mr. Obama said, …"), or null. */
  lead: TokenRange | null;
  /** The content before the source ("CONTENT, X said"): the lead when it holds a verb, or null. */
  before: TokenRange | null;
  /** Where the content after the cue starts, past a listener, medium, time and "that". */
  at: number;
  that: boolean;
  /** A comma right after the source or the lead-in ("The museum, Mr. Obama said, would …"). */
  commaAfter: boolean;
  /** A relative word before the source stands for what was said ("the rules, which officials said will apply"). */
  relative: boolean;
}

const long = (c: TokenRange | null): TokenRange | null => (c && c.end - c.first >= MIN_CONTENT ? c : null);
const range = (first: number, last: number): TokenRange => ({ first, end: last + 1 });
/** Is there enough after the lead-in to be content (not only a time: "…told POLITICO earlier this week.")? */
const enoughAfter = (x: ContentContext): boolean => x.sentLast - x.at + 1 >= (x.that ? 2 : MIN_CONTENT) && !onlyTime(x.tokens, x.at, x.sentLast);

/**
 * Is what follows the lead-in something claimed: "that …", a clause ("the plan will fail"), a
 * question ("whether …", "how …"), a quotation, or an infinitive after a verb of promising,
 * urging or warning ("pledged to form", "urged Congress to act": src/lexicon/cues-infinitive.txt)?
 */
function claimsAfter(x: ContentContext): boolean {
  const t = x.tokens[x.at]!;
  const lex = lexicon();
  // "which officials said will apply …": the relative word is the verb's subject
  if (x.relative && has(t, 'Verb')) return true;
  // "he said, according to a transcript": another source's phrase is no content
  if (t.normal === 'according') return false;
  if (x.that || (/["“]/.test(t.pre) && !quotedTitle(x.tokens, x.at)) || hasClause(x.tokens, x.at, x.sentLast)) return true;
  // "According to Politico, both of these areas are …": after the source's comma, the sentence goes on
  if (x.frame.type === 'according' && x.commaAfter) return true;
  // ("learned how to fix it", "knows where to look": a skill, no question put and nothing claimed)
  const skill = x.frame.type === 'thought' && x.tokens[x.at + 1]?.normal === 'to';
  if (lex.questionOpeners.has(t.normal) && t.normal !== 'to' && t.normal !== 'about' && !skill && x.at < x.sentLast) return true;
  const lemma = lemmaOf(x.tokens[x.frame.cue.first]!);
  if (lex.cuesClausal.has(lemma) && finiteVerbPastRelative(x.tokens, x.at, x.sentLast)) return true;
  if (!lex.cuesInfinitive.has(lemma)) return false;
  // "urged Congress to act": the listener before the infinitive
  // ("pledged to immediately declare": an adverb may split the infinitive)
  for (let k = x.at; k <= x.sentLast && k < x.at + 4; k++) {
    if (x.tokens[k]!.normal !== 'to') continue;
    const verb = has(x.tokens[k + 1], 'Adverb') ? x.tokens[k + 2] : x.tokens[k + 1];
    if (has(verb, 'Verb')) return true;
  }
  return false;
}

/** Where a content around its source starts: the sentence's start, or, in a sentence opening with a quotation, the stretch before the source. */
function aroundSourceStart(x: ContentContext): number {
  const sourceFirst = x.frame.side === 'left' && x.frame.subject ? x.frame.subject.first : x.frame.cue.first;
  // (a sentence that opens with a quotation closed before the source: not quoted words inside the content;
  // past a dateline: "LONDON (Reuters) - …")
  if (!/["“]/.test(x.tokens[x.sentFirst]!.pre)) return afterDateline(x.tokens, x.sentFirst, sourceFirst);
  let quoted = false;
  for (let k = x.sentFirst; k < sourceFirst; k++) if (/["”]/.test(x.tokens[k]!.post)) quoted = true;
  if (!quoted) return x.sentFirst;
  return stretchStart(x.tokens, sourceFirst - 1, x.sentFirst);
}

/** The last token before a claim of the same source's own inside the content (", saying …", "… and warned that …"), or null. */
function beforeOwnClaim(x: ContentContext): number | null {
  const lex = lexicon();
  for (let k = x.at + 1; k < x.sentLast; k++) {
    const next = x.tokens[k + 1]!;
    if (ownClaimAt(x.tokens, k + 1)) return k;
    // ("… would fail and warned that …": a speech verb joined to the cue by a coordinator, with the same source)
    const verb = x.tokens[k + 2];
    if (lex.clauseCoordinators.has(next.normal) && verb && k + 2 <= x.sentLast && has(verb, 'PastTense') && !has(verb, 'Gerund') && lex.cuesSpeech.has(lemmaOf(verb))) return k;
  }
  return null;
}

/** The last token of the stretch from `from` up to the first comma or other break, within the sentence. */
function clauseLast(tokens: readonly Token[], from: number, sentLast: number): number {
  let k = from;
  while (k < sentLast && !breaksAfter(tokens, tokens[k]!)) k++;
  return k;
}

/** "as she turned around": a subject and its finite verb right after the time word at `x.at`. */
function timeClause(x: ContentContext): boolean {
  const np = nounPhraseRight(x.tokens, x.at + 1);
  // (not "after the convention he would": a pronoun inside the phrase is the next clause's subject)
  if (np === null || np.end > x.sentLast) return false;
  for (let k = np.first + 1; k < np.end; k++) if (has(x.tokens[k], 'Pronoun')) return false;
  return isFiniteAt(x.tokens, np.end);
}

/** The clause after the comma that closes a time clause ("when I announced it, I will not stay silent"), or null. */
function afterTimeClause(x: ContentContext): TokenRange | null {
  for (let k = x.at + 1; k < x.sentLast; k++) {
    if (!x.tokens[k]!.post.includes(',')) continue;
    return hasClause(x.tokens, k + 1, x.sentLast) || /["“]/.test(x.tokens[k + 1]!.pre) ? range(k + 1, x.sentLast) : null;
  }
  return null;
}

/** Does a noun phrase at `k`, or the one word there, have its verb right after it ("like the plan has failed", "like this was")? */
function subjectOfClause(tokens: readonly Token[], k: number): boolean {
  const np = nounPhraseRight(tokens, k);
  return (np !== null && beforeVerb(tokens, np.end)) || beforeVerb(tokens, k + 1);
}

/** Longest quoted title after a cue, in words ("announced “Super Fun Run,” its first game"). */
const TITLE_WORDS = 6;

/** Does a quotation of a few words, every one capitalised, open at `at`: a title, not words someone said? */
function quotedTitle(tokens: readonly Token[], at: number): boolean {
  return quotationEnd(tokens, at, TITLE_WORDS, (t) => /^[\p{Lu}0-9]/u.test(t.text)) >= 0;
}

/** Longest source of a relative clause with no relative word ("he", "officials", "the police"). */
const ZERO_RELATIVE_SOURCE = 2;

/** Is the source of a speech cue the subject of a relative clause with no relative word, a verb right after the cue? */
function zeroRelative(x: ContentContext): boolean {
  const { frame, tokens } = x;
  const subject = frame.subject;
  if ((frame.type !== 'speech' && frame.rule !== 'frame-zero-relative-source') || frame.side !== 'left' || !subject || x.that || x.at !== frame.cue.end || subject.end - subject.first > ZERO_RELATIVE_SOURCE) return false;
  const head = tokens[subject.first - 1];
  const verb = tokens[x.at];
  return head !== undefined && has(head, 'Noun') && !has(head, 'Pronoun') && /^ +$/.test(head.post) && head.sentence === tokens[subject.first]!.sentence &&
    verb !== undefined && hasFiniteVerb(tokens, x.at, x.at) && !has(verb, 'Noun') && !has(verb, 'Gerund');
}

/**
 * Is the cue a verb of speech written capitalised in a Title Case headline, after its source, and no noun
 * too ("Roe Says …"; not "Power Plant Rules Face …", nor a line of names where "spoke" stands in lower case)?
 */
function headlineCue(x: ContentContext): boolean {
  const cue = x.tokens[x.frame.cue.first]!;
  return x.frame.headline === true && x.frame.side === 'left' && x.frame.type === 'speech' && isCapitalized(cue) && !alsoNoun(cue);
}

/** Does a noun phrase follow a left source's cue as its object ("found little unity", "found himself")? */
function objectAfterCue(x: ContentContext): boolean {
  const t = x.tokens[x.at];
  return x.frame.side === 'left' && hasAny(t, ['Determiner', 'Pronoun', 'Adjective', 'Noun', 'Value']) && !hasAny(t, ['Verb', 'Preposition']);
}

/** Is the source after an auxiliary that opens its sentence (or follows a question word or conjunction), the sentence a question? */
function asksQuestion(x: ContentContext): boolean {
  const subject = x.frame.subject;
  if (x.frame.side !== 'left' || !subject || !x.tokens[x.sentLast]!.post.includes('?')) return false;
  const aux = subject.first - 1;
  // ("because did I mention …?": after a question word or a conjunction the auxiliary still comes first)
  const before = x.tokens[aux - 1];
  const opens = aux === x.sentFirst || (aux > x.sentFirst && hasAny(before, ['QuestionWord', 'Conjunction']));
  return opens && lexicon().questionAuxiliaries.has(x.tokens[aux]!.normal);
}

/** A particle right after the cue, closing its clause or before a question word ("backed off,", "figuring out which"). */
function particleVerb(x: ContentContext): boolean {
  const t = x.tokens[x.at];
  return t !== undefined && x.at === x.frame.cue.end && has(t, 'Particle') && (breaksAfter(x.tokens, t) || lexicon().questionOpeners.has(x.tokens[x.at + 1]?.normal ?? ''));
}

/** Does the source's noun phrase say that nobody spoke ("No one", "no group", "Neither side")? */
function nobodySpeaks(x: ContentContext): boolean {
  const first = x.frame.subject ? x.tokens[x.frame.subject.first] : undefined;
  return first !== undefined && lexicon().speakerNobody.has(first.normal);
}

/** Is the cue the infinitive of a refusal ("declined to say", "refused to comment")? */
function refuses(x: ContentContext): boolean {
  const to = x.tokens[x.frame.cue.first - 1];
  const verb = x.tokens[x.frame.cue.first - 2];
  return to?.normal === 'to' && verb !== undefined && lexicon().cuesRefusal.has(verb.normal);
}

/** Where a claim's content is, in order; the first rule that fires decides (null: no claim). */
export const CONTENT_RULES: readonly Rule<ContentContext, TokenRange | null>[] = [
  // "No one said …", "no group claimed …", "Neither side said …": nobody claims anything
  rule({ id: 'content-nobody', example: 'No one said the bridge would collapse.', when: (x: ContentContext) => nobodySpeaks(x), then: () => null }),
  // "A spokeswoman declined to say whether …", "refused to comment": a refusal to speak is no claim
  rule({ id: 'content-refusal', example: 'A spokeswoman declined to say whether prices would fall.', when: (x: ContentContext) => refuses(x), then: () => null }),
  rule({ id: 'content-evidential-sentence', example: 'The firm has reportedly hired a new chief.', when: (x: ContentContext) => x.frame.type === 'evidential', then: (x) => range(x.sentFirst, x.sentLast) }),
  rule({
    id: 'content-question',
    example: 'When asked about the wall, Roe said nothing.',
    when: (x: ContentContext) => x.frame.type === 'question',
    then: (x) => (x.frame.opener === undefined ? null : questionContent(x.tokens, x.frame.opener, x.sentLast)),
  }),
  // "Berlin backed off, replacing …", "figuring out which equations …": a particle after the cue makes another
  // verb; "a woman who said and did the same things": a coordinator joins another verb. Nothing is claimed
  rule({
    id: 'content-other-verb',
    example: 'The hard part was figuring out which equations described the system.',
    when: (x: ContentContext) => !x.that && (particleVerb(x) || (x.at === x.frame.cue.end && !breaksAfter(x.tokens, x.tokens[x.at - 1]!) && lexicon().clauseCoordinators.has(x.tokens[x.at]?.normal ?? ''))),
    then: () => null,
  }),
  // "Finding that difficult, he …", "found that hard to accept": after a verb that takes an object and
  // its complement, "that" before an adjective and no verb of its own is the object, no clause claimed
  rule({
    id: 'content-demonstrative-object',
    example: 'Finding that difficult, Roe narrowed his focus.',
    when: (x: ContentContext) => {
      if (!x.that || !has(x.tokens[x.at], 'Adjective') || !lexicon().cuesObjectComplement.has(lemmaOf(x.tokens[x.frame.cue.first]!)) || breaksAfter(x.tokens, x.tokens[x.at - 1]!)) return false;
      // (the adjective ends its stretch or comes before an infinitive: not "that new rules, which …, would help")
      const last = clauseLast(x.tokens, x.at, x.sentLast);
      // (nor one of adjectives in a row: "that big, important work will prove …")
      return ((last === x.at && !has(x.tokens[last + 1], 'Adjective')) || x.tokens[x.at + 1]!.normal === 'to') && !hasFiniteVerb(x.tokens, x.at, last);
    },
    then: () => null,
  }),
  // "Did I mention you were in the future?": an auxiliary before the source, in a sentence that ends in a question mark, asks
  rule({ id: 'content-direct-question', example: 'Did Jane Roe say the bridge would close?', when: (x: ContentContext) => asksQuestion(x), then: () => null }),
  // "Speaking to dignitaries on the Mall, Obama said …": a verb of speaking alone has a listener, not a content
  // ("spoke about the plan" is a phrasal cue, its topic the content)
  rule({
    id: 'content-speaking',
    example: 'Speaking to reporters at the airport, the minister said the talks had failed.',
    when: (x: ContentContext) => x.frame.cue.end - x.frame.cue.first === 1 && lexicon().cuesWithoutContent.has(lemmaOf(x.tokens[x.frame.cue.first]!)),
    then: () => null,
  }),
  // "Commenting on the deal, the minister said …": the participle's content ends at its comma
  rule({
    id: 'content-opening-participle',
    example: 'Commenting on the deal, the minister said it was fair.',
    when: (x: ContentContext) => x.frame.side === 'left' && x.frame.subject && x.frame.subject.first >= x.frame.cue.end,
    then: (x) => (x.frame.subject!.first - 1 >= x.frame.cue.end ? { first: x.frame.cue.end, end: x.frame.subject!.first } : null),
  }),
  // "his criticism of the plan": a stance noun's object is a noun phrase, nothing claimed
  rule({ id: 'content-nominal', example: 'His criticism of the trade deal was sharp.', when: (x: ContentContext) => x.frame.nominal, then: () => null }),
  // "…, said Ian Michaels, a spokesman for the agency, who …": after an inverted source comes its
  // apposition, never the content
  rule({
    id: 'content-before-inverted',
    example: 'Repairs are halted in winter, said Ian Michaels, a spokesman for the agency.',
    when: (x: ContentContext) => x.frame.side === 'right' && x.frame.type !== 'according' && !x.frame.noCue && long(x.before),
    then: (x) => long(x.before),
  }),
  // "Waiting lists rose, the office said on Thursday, adding that …": after the source's comma comes a claim of
  // its own, so the content is the words before the source
  rule({
    id: 'content-before-own-claim',
    example: 'Waiting lists rose, the office said on Thursday, adding that nurses would strike.',
    when: (x: ContentContext) => x.at <= x.sentLast && ownClaimAt(x.tokens, x.at) && long(x.before),
    then: (x) => long(x.before),
  }),
  // "The museum, Mr. Obama said, would make visitors …": the source sits inside its content (after a
  // quotation earlier in the sentence, from the source's own stretch: "“…,” Roe wrote on Thursday, 21
  // months, he said, after reporting the bug")
  // (after an inverted source, the words after its comma must go on with the sentence:
  // "…, said Ian Michaels, a spokesman" is an apposition; the content ends before a claim of the source's
  // own: "The museum, he said, will open soon, adding that …")
  rule({
    id: 'content-around-source',
    example: 'The museum, Mr. Obama said, would make visitors think.',
    when: (x: ContentContext) =>
      x.lead && x.commaAfter && x.at <= x.sentLast && (x.frame.side === 'left' || (x.frame.type === 'according' ? continuesClauseFinite(x.tokens, x.at) : continuesClause(x.tokens, x.at))),
    then: (x) => range(aroundSourceStart(x), beforeOwnClaim(x) ?? x.sentLast),
  }),
  // "Voters, most of whom back Roe according to the poll, have …": a verb right after the source's comma goes on
  // with a sentence the source sits inside but has no content around it; what follows is no claim of its own
  rule({
    id: 'content-according-predicate',
    example: 'Voters, most of whom back Roe according to the poll, have a strong presence in the city.',
    when: (x: ContentContext) => x.frame.type === 'according' && x.frame.cue.first > x.sentFirst && x.commaAfter && x.at <= x.sentLast && continuesClauseFinite(x.tokens, x.at),
    then: () => null,
  }),
  // "CONTENT, according to X, a former aide.": what follows the source's comma is its apposition
  rule({
    id: 'content-according-before',
    example: 'The plan will fail, according to John Roe, a former aide.',
    when: (x: ContentContext) => x.frame.type === 'according' && long(x.before) && x.commaAfter && !continuesClauseFinite(x.tokens, x.at),
    then: (x) => x.before,
  }),
  // "he defended his decision", "spoke with reporters", "testified before the panel": a claim
  // needs something claimed after its cue (a clause, "that", a question, a quotation, or an
  // infinitive after a verb of promising or urging); else only a content before the source counts
  // "released code he said exploits the flaw": a relative clause with no relative word; the verb after
  // the cue belongs to the noun before the source
  rule({
    id: 'content-zero-relative',
    example: 'Roe released code he said exploits the flaw in the game.',
    when: (x: ContentContext) => zeroRelative(x),
    then: (x) => {
      const c = range(x.at, x.sentLast);
      c.end = relativeClauseEnd(x.tokens, c);
      return c;
    },
  }),
  // "Roe Says Bridge Will Close Next Year": a headline in Title Case, whose tags mean little, claims the rest of its line
  rule({
    id: 'content-headline',
    example: 'Jane Roe Says Varko Bridge Will Close Next Year\n\nThe bridge is old.',
    when: (x: ContentContext) => headlineCue(x) && !x.that && enoughAfter(x),
    then: (x) => range(x.at, x.sentLast),
  }),
  // "if a company knows we are bidding, it bids more": a cue in a conditional clause reports nothing said
  rule({ id: 'content-conditional', example: 'If the firm says prices will rise, buyers will wait.', when: (x: ContentContext) => x.frame.side === 'left' && lexicon().clauseConditionals.has(openerBefore(x.tokens, x.frame)), then: () => null }),
  // "swapping batteries feels like a chore when …": "like" and a noun phrase after a thought cue
  // compare, they claim nothing ("I feel like the plan failed" goes on)
  rule({
    id: 'content-comparison',
    example: 'Swapping batteries feels like a chore when every other console has a charger.',
    when: (x: ContentContext) => x.frame.type === 'thought' && !x.that && x.tokens[x.at]?.normal === 'like' && hasAny(x.tokens[x.at + 1], ['Determiner', 'Adjective', 'Possessive']) && !subjectOfClause(x.tokens, x.at + 1),
    then: (x) => long(x.before),
  }),
  // "Roe said as she turned around", "Obama told advisers as he labored over …": a time clause after
  // the cue says when it was used, nothing claimed; the content is what follows the clause's comma
  // ("I said when I announced it, I will not stay silent") or else the words before the source
  // (a question word with no comma after its clause asks: "have not said when they would vote")
  rule({
    id: 'content-time-clause',
    example: '“We love him,” Roe said as she turned around.',
    when: (x: ContentContext) =>
      enoughAfter(x) && !x.that && lexicon().cuesTimeClauseOpeners.has(x.tokens[x.at]!.normal) && timeClause(x) && (afterTimeClause(x) !== null || !lexicon().questionOpeners.has(x.tokens[x.at]!.normal)),
    then: (x) => afterTimeClause(x) ?? long(x.before),
  }),
  // (and the words before the source are its content only when no object follows the cue: "…, leaders found
  // little unity", "…, he found himself in a tough spot" claim nothing; "…, Roe said during a visit" does)
  rule({
    id: 'content-not-a-clause',
    example: 'Roe testified before the panel last fall.',
    when: (x: ContentContext) => enoughAfter(x) && !claimsAfter(x),
    then: (x) => (objectAfterCue(x) ? null : long(x.before)),
  }),
  rule({
    id: 'content-according-no-comma',
    example: 'According to Roe there is little hope that the economy will grow by three percent next year while wages rise slowly and prices stay flat in most of the region.',
    when: (x: ContentContext) => enoughAfter(x) && x.frame.type === 'according' && !x.tokens[x.at - 1]?.post.includes(','),
    then: (x) => long(x.before),
  }),
  // (up to a claim of the source's own: a speech participle after a comma, "…, saying …", or a speech verb
  // after a coordinator, "… and warned that …")
  rule({ id: 'content-after-cue', example: 'Blinken said the talks went well.', when: enoughAfter, then: (x) => range(x.that ? x.at - 1 : x.at, beforeOwnClaim(x) ?? x.sentLast) }),
  rule({ id: 'content-before-cue', example: 'The talks went well, Blinken said.', when: () => true, then: (x) => long(x.before) }),
];

/**
 * "The union, which represents 500,000 nurses, said …": a relative clause after the source that a
 * comma closes right before the cue; the cue is the sentence's own verb, not the clause's.
 */
function relativeClosedBefore(tokens: readonly Token[], frame: Frame): boolean {
  return tokens[frame.cue.first - 1]!.post.trim() === ',' && tokens[frame.subject!.end - 1]!.post.trim() === ',';
}

/**
 * Does the lead before a source hold a clause, a finite verb of its own? A phrase a preposition
 * opens, running unbroken to the source, holds none inside a quoted title or a noun's relative clause ("In
 * her book “A Paradise Built in Hell,” Roe wrote of …", "In a report that was released Tuesday, Roe
 * said"); a phrase followed by more ("In past campaigns, “we felt that …,” he said") may.
 */
function leadHoldsClause(tokens: readonly Token[], lead: TokenRange): boolean {
  if (!hasFiniteVerb(tokens, lead.first, lead.end - 1)) return false;
  if (!has(tokens[lead.first], 'Preposition')) return true;
  for (let k = lead.first; k < lead.end; k++) {
    if (/["“]/.test(tokens[k]!.pre)) {
      while (k < lead.end - 1 && !/["”]/.test(tokens[k]!.post)) k++;
    } else if (lexicon().clauseRelatives.has(tokens[k]!.normal) && has(tokens[k - 1], 'Noun') && !has(tokens[k - 1], 'Pronoun')) {
      return false;
    } else if (isFiniteAt(tokens, k) || contractsVerb(tokens[k]!)) {
      return true;
    }
    if (k < lead.end - 1 && breaksAfter(tokens, tokens[k]!)) return true;
  }
  return false;
}

/**
 * "moves that he said improved the economy": a relative word ("that" too) before the source, and a
 * verb with no subject after the cue; not "That, Roe said, is by design", a demonstrative set off by a comma.
 */
function subjectGap(tokens: readonly Token[], rel: number, at: number): boolean {
  const word = tokens[rel]!;
  return lexicon().clauseRelatives.has(word.normal) && !word.post.includes(',') && isFiniteAt(tokens, at) && !hasAny(tokens[at], ['Noun', 'Pronoun']);
}

/** The relative clause rule, applied over the others, with its example. */
export const RELATIVE_RULE: RuleExample = { id: 'content-relative', example: 'The rules, which officials said will apply next year, are strict.' };

/** The content of a frame and the rule that found it, or null when it has none. */
export function frameContent(doc: Doc, frame: Frame): { content: TokenRange; rule: RuleId } | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[frame.cue.first]!.sentence]!;
  const sentFirst = sentence.first;
  // "the European Union, which contended that Ireland undertaxed the company, is an example":
  // a cue in a relative clause after its source says no more than the clause, which ends where
  // the sentence's own verb comes back
  // (so does a participle set off after its source: "Roe, citing “the magic of Trump,” said …")
  const inRelative =
    frame.subject !== null &&
    frame.side === 'left' &&
    ((frame.cue.first > frame.subject.end && lexicon().clauseRelatives.has(tokens[frame.subject.end]?.normal ?? '') && !relativeClosedBefore(tokens, frame)) ||
      (frame.cue.first === frame.subject.end && tokens[frame.subject.end - 1]!.post.trim() === ',' && has(tokens[frame.cue.first], 'Gerund')));
  // "while advertisers claim to allow opting out, it is not clear …": a cue in a subordinate clause says no
  // more than the clause, which ends at a comma before the main clause's subject and verb
  const subordinate = frame.side === 'left' && lexicon().clauseSubordinators.has(openerBefore(tokens, frame));
  const clauseEnd = inRelative
    ? Math.min(relativeClauseEnd(tokens, { first: frame.cue.end, end: sentence.end }), mainCueAfter(doc, frame, sentence.end)) - 1
    : subordinate
      ? subordinateClauseEnd(tokens, { first: frame.cue.end, end: sentence.end }) - 1
      : sentence.end - 1;
  // ("His warning that Britain would lose angered voters": the sentence's own verb ends a noun's clause)
  const sentLast = frame.rule === 'frame-speech-noun' ? nounClauseEnd(tokens, frame.cue.end + 1, clauseEnd) : clauseEnd;
  const { at, that } = skipLeadIn(tokens, frame, sentLast);
  // (a stance verb's content is its object, after it; a verb reporting a finding may have it before, when
  // nothing but a time follows in its clause: "Waiting lists rose to a record, official figures showed on Thursday")
  const finding = lexicon().cuesStanceFindings.has(tokens[frame.cue.first]!.normal) && (at > sentLast || tokens[at - 1]!.post.includes(','));
  const lead = frame.type === 'stance' && !finding ? null : contentBefore(tokens, frame, sentFirst, 1);
  // what was said before a source and its cue holds a verb: "On the bilateral alliance, Cho
  // requested …" has none (before "according to X" or an inverted "said X", the words are content)
  const before = lead && (frame.side === 'right' || leadHoldsClause(tokens, lead)) ? lead : null;
  const sourceLast = frame.side === 'right' && frame.subject ? frame.subject.end - 1 : frame.cue.end - 1;
  const commaAfter = tokens[sourceLast]!.post.includes(',') || (at - 1 > sourceLast && tokens[at - 1]!.post.includes(','));
  // "the rules, which officials said will apply …", "what Smith says the plan would do":
  // the relative word stands for what was said, so the content starts there
  const rel = frame.side === 'left' && frame.subject && !frame.noCue ? frame.subject.first - 1 : -1;
  const relative = rel >= sentFirst && (lexicon().relativeWords.has(tokens[rel]!.normal) || (!that && at <= sentLast && subjectGap(tokens, rel, at)));
  const hit = firstRule(doc, CONTENT_RULES, { tokens, frame, sentFirst, sentLast, lead, before, at, that, commaAfter, relative });
  const content = hit?.out ?? null;
  if (!relative) return content && hit ? { content, rule: hit.id } : null;
  // "understand what the corporation believes.": with nothing after the cue, the relative is an object, no claim
  const cueLast = tokens[frame.cue.end - 1]!;
  // (and "what the company promised: the fastest console": a break right after the cue ends the relative
  // clause, unless the relative word's verb comes next: "which, Roe said, is full")
  const verbForRelative = hasFiniteVerb(tokens, at, Math.min(at + 1, sentLast));
  if (frame.cue.end > sentLast || (breaksAfter(tokens, cueLast) && !verbForRelative)) return null;
  // "what I call …", "who they know", "whom I know how to …": a thought or stance on an object, unless
  // a verb follows for the relative word ("which I think makes our society more unequal")
  if ((frame.type === 'thought' || frame.type === 'stance') && !hasFiniteVerb(tokens, frame.cue.end, Math.min(frame.cue.end + 1, sentLast))) return null;
  // "what Roe said at the rally", "what its capabilities imply for society": no verb for the relative word
  // and no clause after the cue, so the relative word is the cue's object ("which he said the government
  // should pay for" has its clause; "which he described as bold" says what the object is)
  if (!verbForRelative && !lexicon().relativeComplements.has(tokens[at]?.normal ?? '') && !hasClause(tokens, at, sentLast)) return null;
  fired(doc, 'content-relative');
  return { content: { first: rel, end: content && content.end > frame.cue.end ? content.end : frame.cue.end }, rule: 'content-relative' };
}

/**
 * The main clause's cue after a relative clause with a cue of its own, whose source is the noun the relative clause
 * describes ("Members who voted against the budget | said the cuts …"), or `end`.
 */
function mainCueAfter(doc: Doc, frame: Frame, end: number): number {
  // (frames are sorted by cue: only those up to the sentence's end are looked at)
  for (let k = firstAtOrAfter(doc.frames, (g) => g.cue.first, frame.cue.end); k < doc.frames.length && doc.frames[k]!.cue.first < end; k++) {
    if (doc.frames[k]!.rule === 'frame-before-relative') return doc.frames[k]!.cue.first;
  }
  return end;
}

/**
 * The end of a content inside a relative clause: before a comma that the main clause's verb
 * follows (a past form only when it reports speech: "Roe, who backed the plan, said …").
 */
function relativeClauseEnd(tokens: readonly Token[], content: TokenRange): number {
  for (let k = content.first; k < content.end - 1; k++) {
    // (the verb past an adverb: "…, well thought out" is a participle too)
    const verb = has(tokens[k + 1], 'Adverb') ? tokens[k + 2] : tokens[k + 1];
    if (tokens[k]!.post.includes(',') && continuesClause(tokens, k + 1) && (!has(verb, 'PastTense') || lexicon().cuesSpeech.has(verb!.normal))) return k + 1;
  }
  return content.end;
}

/**
 * The last token of a noun's clause inside a longer sentence: before the sentence's own verb ("His warning
 * that Britain would lose | angered voters") or before a comma and the main clause ("Contrary to his claim
 * that people would learn nothing, | there would be …"); a relative clause, a coordinated verb and the clause
 * after a cue verb ("that Roe said Doe would win") stay inside. Else `last`.
 */
function nounClauseEnd(tokens: readonly Token[], first: number, last: number): number {
  const lex = lexicon();
  // words opening a clause of their own inside the noun's ("which", "if it wanted", "because he …")
  const opensInner = (w: string) => lex.clauseRelatives.has(w) || lex.clauseSubordinators.has(w) || lex.clauseConditionals.has(w) || lex.cuesTimeClauseOpeners.has(w);
  let own = false;
  let inner = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (opensInner(t.normal)) inner = true;
    const verb = isFiniteAt(tokens, k) && !has(t, 'Gerund') && !isCapitalisedModal(t);
    const before = tokens[k - 1]!;
    // ("which was drafted": a verb after an auxiliary is the same verb's)
    if (verb && !(hasAny(before, ['Copula', 'Auxiliary', 'Modal']) && !isCapitalisedModal(before))) {
      if (inner) inner = false;
      else if (!own) own = !lex.cuesSpeech.has(lemmaOf(t)) && !lex.cuesThought.has(lemmaOf(t));
      else if (!lex.clauseCoordinators.has(before.normal) && !isSkippable(before) && !breaksAfter(tokens, before)) return k - 1;
    }
    const next = tokens[k + 1];
    if (!own || k >= last || !next) continue;
    // (a semicolon or a spaced dash closes it; so does a comma before a participle or the main clause)
    if (/;|\s[-–—]+\s/.test(t.post)) return k;
    if (t.post.includes(',') && !opensInner(next.normal) && (has(next, 'Gerund') || hasClause(tokens, k + 1, last))) return k;
  }
  return last;
}

/** The word right before a left source ("while" of "while advertisers claim"), or "". */
function openerBefore(tokens: readonly Token[], frame: Frame): string {
  return frame.subject ? (tokens[frame.subject.first - 1]?.normal ?? '') : '';
}

/** The end of a content inside a subordinate clause: before a comma that a clause follows ("…, it is not clear"). */
function subordinateClauseEnd(tokens: readonly Token[], content: TokenRange): number {
  for (let k = content.first; k < content.end - 1; k++) if (tokens[k]!.post.includes(',') && hasClause(tokens, k + 1, content.end - 1)) return k + 1;
  return content.end;
}

/** "…told POLITICO earlier this week.": nothing but a time phrase is left. */
function onlyTime(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!has(tokens[k], 'Date') && !isTimeWord(tokens[k]!)) return false;
  return true;
}

/** Does a verb that `verb` accepts stand at `at`, or right after an adverb there ("…, according to X, also said")? */
const verbAt = (tokens: readonly Token[], at: number, verb: (t: Token | undefined) => boolean): boolean =>
  verb(tokens[at]) || (has(tokens[at], 'Adverb') && verb(tokens[at + 1]));

/** "The plan, according to X, would cost …": the sentence goes on with its verb after the source. */
const continuesClause = (tokens: readonly Token[], at: number): boolean => verbAt(tokens, at, (t) => has(t, 'Verb') && !has(t, 'Gerund'));

/**
 * "The plan, according to X, would cost …", "…, according to the poll, have …": the sentence goes on with an
 * auxiliary, a modal or a present verb after the source; a past form may be a participle describing the source
 * ("…, according to a poll, conducted in May, …", "…, according to its leaders, compared with …"), and a noun that
 * may be a verb too is no verb ("According to the report, prices rose").
 */
const continuesClauseFinite = (tokens: readonly Token[], at: number): boolean =>
  verbAt(tokens, at, (t) => hasAny(t, ['Modal', 'Copula', 'Auxiliary']) || (has(t, 'Verb') && !hasAny(t, ['PastTense', 'Gerund', 'Noun'])));

/** Longest dateline opening a sentence, in words ("WASHINGTON:", "Kabul —"). */
const MAX_DATELINE = 3;

/** The first token after a dateline opening the sentence ("Washington: The top diplomats …"), or `first`. */
function afterDateline(tokens: readonly Token[], first: number, before: number): number {
  for (let k = first; k < before - 1 && k < first + MAX_DATELINE; k++) {
    const t = tokens[k]!;
    if (!/^\p{Lu}/u.test(t.text)) return first;
    // "WASHINGTON:", "Kabul —", "MOSCOW (AP) —"
    if (/^[)\s]*[:—–]\s/.test(t.post) || /^\)? - $/.test(t.post)) return k + 1;
  }
  return first;
}

/** "CONTENT, X said." / "CONTENT, according to X.": the content before the source. */
function contentBefore(tokens: readonly Token[], frame: Frame, sentFirst: number, min: number): TokenRange | null {
  const lead = frame.side === 'left' && frame.subject ? frame.subject.first : frame.cue.first;
  // "Once we know more, we want to tell …": a verb between the source and its cue, so the
  // words before the source are another clause, not what was said
  if (frame.side === 'left' && frame.subject) {
    for (let k = frame.subject.end; k < frame.cue.first; k++) if (has(tokens[k], 'Verb') && !has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun')) return null;
  }
  // "…,” retired Air Force general Lloyd Newton said": a few words may precede the noun phrase found
  const first = afterDateline(tokens, sentFirst, lead);
  for (let k = lead - 1; k >= first && k >= lead - 3; k--) {
    const t = tokens[k]!;
    if (t.post.includes(',')) return k - first + 1 >= min ? range(first, k) : null;
    // "…, Blinken said the U.S. believes": another clause stands between
    if (breaksAfter(tokens, t) || (has(t, 'Verb') && !has(t, 'Adjective') && !has(t, 'Noun'))) return null;
    if (!fitsBeforeSource(tokens, frame, k, lead)) return null;
  }
  return null;
}

/**
 * May the word at `k` stand between the comma and the source of "CONTENT, X said" ("…, retired Air Force
 * general Lloyd Newton said", "…, as David Dayen noted")? Not a coordinator right after the comma ("…, but
 * it feels heavier"), nor a preposition governing the source ("…, with each character repeated"), nor any
 * word but an adverb before a pronoun, which takes no modifier ("…, even those we know to be harmful": a
 * relative clause).
 */
function fitsBeforeSource(tokens: readonly Token[], frame: Frame, k: number, lead: number): boolean {
  const t = tokens[k]!;
  const lex = lexicon();
  if (lex.cuesCommentOpeners.has(t.normal)) return true;
  if ((lex.clauseCoordinators.has(t.normal) && tokens[k - 1]?.post.includes(',')) || (k === lead - 1 && has(t, 'Preposition'))) return false;
  return !(frame.side === 'left' && has(tokens[lead], 'Pronoun') && !has(t, 'Adverb'));
}
