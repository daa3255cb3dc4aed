/**
 * What stands between a cue and what was said: a listener ("told reporters"), a medium
 * ("in a statement"), a time ("last week", "on Monday") and "that". Quote attribution
 * uses it to tell a cue that introduces a quote from one with content of its own;
 * claims (stage 7) start their content after it. The words are data
 * (src/lexicon/cues-adjuncts.txt, cues-time*.txt, cues-adjunct-prepositions.txt).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Frame, Token } from '../doc.js';
import { has, hasAny } from '../tokens.js';
import { nounPhraseRight } from './noun-phrases.js';
import { hasClause, hasFiniteVerb, isFiniteAt } from './clauses.js';
import { isSkippable, ownClaimAt } from './predicates.js';

/**
 * Skip what stands between a cue and its content, up to the sentence's last token
 * `sentLast`; the content's first token, and whether "that" was skipped.
 */
export function skipLeadIn(tokens: readonly Token[], frame: Frame, sentLast: number): { at: number; that: boolean } {
  let k = frame.side === 'right' && frame.subject ? frame.subject.end : frame.cue.end;
  const lex = lexicon();
  let that = false;
  // "According to Roe, a professor at Yale, the economy …": an appositive or a relative clause after a source
  // that follows its cue describes the source
  if (frame.side === 'right' && frame.subject && tokens[k - 1]?.post.trim() === ',') {
    // (past the source's comma the content has begun: "According to the department, nearly nine million …",
    // "According to officials, the account that Roe used was …")
    return { at: appositiveEnd(tokens, k, sentLast), that: false };
  }
  if (lex.cuesListener.has(tokens[frame.cue.first]!.normal)) {
    // "told them", "told reporters", "told Fox News", "told his aides"
    const np = has(tokens[k], 'Pronoun') && !has(tokens[k], 'Possessive') ? { first: k, end: k + 1 } : listener(tokens, k);
    // (not a noun phrase its own verb follows: "warned the plan would cost …" has no listener, the phrase is the content's subject)
    // (nor the subject of an infinitive after it, which is part of what was urged: "urged Republicans to join")
    const infinitiveSubject = np !== null && tokens[np.end]?.normal === 'to' && has(tokens[np.end + 1], 'Verb');
    if (np && np.end - 1 <= sentLast && !infinitiveSubject && !(np.end <= sentLast && isFiniteAt(tokens, np.end) && !has(tokens[np.first], 'Pronoun'))) k = np.end;
  }
  // After "that" the content has begun: "stated that approximately 10,000 troops" keeps its hedge.
  for (let guard = 0; k <= sentLast && guard < 12 && !that; guard++) {
    const t = tokens[k]!;
    // "said Monday", "told reporters Tuesday", "said privately" (not "said 2,093 emails …": a number
    // is content; nor "the strike that executives said could …": a modal after the cue opens it)
    if ((isSkippable(t) && !has(t, 'Modal')) || (has(t, 'Date') && !has(t, 'Value'))) k++;
    else if (timePhraseEnd(tokens, k) > k) k = timePhraseEnd(tokens, k);
    else if (lex.cuesAdjunctPrepositions.has(t.normal) && adjunctEnd(tokens, k, sentLast) > k) k = adjunctEnd(tokens, k, sentLast);
    else if (thatAfterPhrase(tokens, k, sentLast) > k) k = thatAfterPhrase(tokens, k, sentLast);
    else if (t.normal === 'that' && !that) {
      that = true;
      k++;
    } else break;
  }
  return { at: k, that };
}

/**
 * Where the content of a frame would start: past a listener, a medium, a time and
 * "that" ("told reporters in a statement on Monday that …"). Past `sentLast` when nothing is left.
 */
export function leadInEnd(tokens: readonly Token[], frame: Frame, sentLast: number): number {
  const { at, that } = skipLeadIn(tokens, frame, sentLast);
  return that ? at - 1 : at;
}

/** Longest appositive or relative clause skipped after a source ("a health think tank at Varko University"), in words. */
const MAX_APPOSITIVE = 10;

/**
 * ", a professor at Yale, the economy …", ", which tracks prices, inflation …": a phrase opened by a determiner with no
 * finite verb, a participle's phrase (", conducted in May,") or a relative clause, closed by a comma and followed by
 * a clause that is no relative's; the index after it, or `k`.
 */
function appositiveEnd(tokens: readonly Token[], k: number, sentLast: number): number {
  const lex = lexicon();
  const first = tokens[k];
  const relative = first !== undefined && lex.clauseRelatives.has(first.normal) && first.normal !== 'that';
  // (", conducted in early September, Roe led …": a participle and its preposition describe the source too)
  const participle = has(first, 'PastTense') && has(tokens[k + 1], 'Preposition');
  if (!relative && !participle && !hasAny(first, ['Determiner', 'Possessive'])) return k;
  for (let j = k; j < sentLast && j - k < MAX_APPOSITIVE; j++) {
    const t = tokens[j]!;
    if (/["“”]/.test(t.pre + t.post) || /[;:]/.test(t.post)) return k;
    if (!relative && j > k && isFiniteAt(tokens, j)) return k;
    if (t.post.trim() !== ',') continue;
    // (not before a relative clause, a verb or an age: "the plan, which costs …", "the man, 34, was …")
    const next = tokens[j + 1]!;
    const opensClause = !lex.clauseRelatives.has(next.normal) && !has(next, 'Verb') && !(has(next, 'Value') && next.post.trim() === ',');
    return opensClause && hasFiniteVerb(tokens, j + 1, sentLast) ? j + 1 : k;
  }
  return k;
}

/** Longest prepositional phrase skipped before a "that" ("said at a campaign stop in Toledo, Ohio, that …"). */
const MAX_PHRASE = 12;

/**
 * "said at a campaign stop in Toledo, Ohio, that …", "cautioned, as did the campaign itself,
 * that …", "told delegates at the convention that …", "complained soon after that …": words
 * with no finite verb of their own, then "that" and a clause. The index of that "that", or `k`.
 */
function thatAfterPhrase(tokens: readonly Token[], k: number, sentLast: number): number {
  for (let j = k + 1; j <= sentLast && j <= k + MAX_PHRASE; j++) {
    const t = tokens[j]!;
    // (not past a claim of the source's own: "said on Thursday, adding that …")
    if (ownClaimAt(tokens, j - 1)) return k;
    // (a verb may stand in a phrase set off by commas: ", as did the campaign itself,")
    const setOff = tokens[k - 1]!.post.includes(',') && tokens[j - 1]!.post.includes(',');
    if (t.normal === 'that') return hasClause(tokens, j + 1, sentLast) && (setOff || !hasFiniteVerb(tokens, k, j - 1)) ? j : k;
    if (/["“”]/.test(t.pre) || /[;:]/.test(tokens[j - 1]!.post)) return k;
  }
  return k;
}

/** Is the word a time word after a cue ("yesterday", "week", "ago")? */
export const isTimeWord = (t: Token): boolean => lexicon().cuesTime.has(t.normal) || lexicon().cuesTimeOpeners.has(t.normal);

/**
 * "said last week that …", "told reporters this morning …": the index after a time phrase at
 * `k`, or `k`. Not when a verb follows ("said last year was hard": the phrase is the subject).
 */
function timePhraseEnd(tokens: readonly Token[], k: number): number {
  const { cuesTime, cuesTimeOpeners } = lexicon();
  const next = tokens[k + 1];
  let end = k;
  if (cuesTimeOpeners.has(tokens[k]!.normal) && next && (cuesTime.has(next.normal) || has(next, 'Date'))) end = k + 2;
  else if (cuesTime.has(tokens[k]!.normal)) end = k + 1;
  else if (has(tokens[k], 'Preposition')) end = durationEnd(tokens, k + 1);
  return end > k && !has(tokens[end], 'Verb') ? end : k;
}

/** "for weeks", "in recent days", "over the past two years": the index after the unit of time, or the start when none. */
function durationEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  const words = lexicon().durationWords;
  while (k < from + 4 && tokens[k] && (words.has(tokens[k]!.normal) || /^\d+$/.test(tokens[k]!.text))) k++;
  return tokens[k] && lexicon().numbersTimeUnits.has(tokens[k]!.normal) ? k + 1 : from - 1;
}

/**
 * "told reporters the deal …", "told reporters he was …": the listener's noun phrase ends where
 * a new one begins, at a determiner or a pronoun.
 */
function listener(tokens: readonly Token[], k: number): { first: number; end: number } | null {
  const np = nounPhraseRight(tokens, k);
  if (!np) return null;
  for (let j = k + 1; j < np.end; j++) if (hasAny(tokens[j], ['Determiner', 'Pronoun'])) return { first: k, end: j };
  return np;
}

/** "in a statement", "on Twitter", "in an interview with CNN": the index after it, or `k`. */
function adjunctEnd(tokens: readonly Token[], k: number, sentLast: number): number {
  // "on Friday", "on Sept. 28"
  let date = k + 1;
  while (date <= sentLast && (has(tokens[date], 'Date') || (date > k + 1 && has(tokens[date], 'Value')))) date++;
  if (date > k + 1) return date;
  const np = nounPhraseRight(tokens, k + 1);
  if (!np || np.end - 1 > sentLast) return k;
  const head = tokens[np.end - 1]!;
  const isMedium = lexicon().cuesAdjuncts.has(head.normal) || has(head, 'Date') || has(head, 'ProperNoun');
  if (!isMedium) return k;
  let end = np.end;
  if (tokens[end]?.normal === 'with' || tokens[end]?.normal === 'on') {
    const more = nounPhraseRight(tokens, end + 1);
    if (more && more.end - 1 <= sentLast) end = more.end;
  }
  return end;
}
