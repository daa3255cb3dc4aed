/**
 * Questions put to someone, in the passive: "When asked about the wall, Roe said …",
 * "Roe was asked whether she would run", "Asked by a caller why …". The question is a
 * claim of its own; its source is the asker after "by", or nobody. The answer belongs to
 * the person asked and keeps its own frame ("Roe said …").
 */
import type { Token } from '../02-parse.js';
import { cueLexicon } from './lexicon.js';
import { breaksAfter, endsSentence, has, isSkippable } from './tokens.js';

/** Words that may open the question after "asked" ("asked whether", "asked to confirm"). */
const QUESTION_OPENERS = new Set(['about', 'whether', 'if', 'what', 'who', 'whom', 'why', 'how', 'where', 'when', 'which', 'to']);
/** Words before "asked" that make it passive or a reduced clause ("was asked", "when asked"). */
const PASSIVE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'when', 'after', 'once', 'if', 'before', 'until', 'while']);
/** Longest "by" phrase and time words skipped before the question. */
const MAX_AGENT = 8;

/** A question frame at token `i`: the asker's tokens (or null) and the question's first token. */
export interface Question {
  agent: [number, number] | null;
  opener: number;
}

/** Is token `i` the "asked" of a passive question? */
export function passiveQuestion(tokens: Token[], i: number, agentPhrase: (start: number) => [number, number] | null): Question | null {
  const t = tokens[i]!;
  if (t.normal !== 'asked' || breaksAfter(t)) return null;
  let p = i - 1;
  while (p >= 0 && isSkippable(tokens[p]!) && !breaksAfter(tokens[p]!)) p--;
  const prev = tokens[p];
  const opens = !prev || endsSentence(prev) || /[,;:—–(]/.test(prev.post) || PASSIVE_BEFORE.has(prev.normal);
  if (!opens) return null;
  let k = i + 1;
  let agent: [number, number] | null = null;
  if (tokens[k]?.normal === 'by') {
    agent = agentPhrase(k + 1);
    if (!agent || agent[1] - k > MAX_AGENT || breaksAfter(tokens[agent[1]]!)) return null;
    k = agent[1] + 1;
  }
  // "asked on Thursday about", "asked again whether"
  for (let guard = 0; guard < 4 && tokens[k] && (isSkippable(tokens[k]!) || has(tokens[k], 'Date') || cueLexicon().time.has(tokens[k]!.normal)); guard++) k++;
  if (tokens[k]?.normal === 'on' && has(tokens[k + 1], 'Date')) k += 2;
  const opener = tokens[k];
  if (!opener || !QUESTION_OPENERS.has(opener.normal) || (k - 1 !== i && breaksAfter(tokens[k - 1]!))) return null;
  // "asked to release the transcripts": "to" opens a request only before a verb ("asked to the stage" is none)
  if (opener.normal === 'to' && !has(tokens[k + 1], 'Verb')) return null;
  return { agent, opener: k };
}

/** The question's tokens: from its opener to the first comma or the sentence's end. */
export function questionContent(tokens: Token[], opener: number, sentEnd: number): [number, number] | null {
  let k = opener;
  while (k < sentEnd && !tokens[k]!.post.includes(',')) k++;
  return k > opener ? [opener, k] : null;
}
