/**
 * Questions put to someone, in the passive: "When asked about the wall, Roe said …",
 * "Roe was asked whether she would run", "Asked by a caller why …". The question is a
 * claim of its own; its source is the asker after "by", or nobody. The answer belongs to
 * the person asked and keeps its own frame ("Roe said …"). The words are data
 * (src/lexicon/question-*.txt, copula-forms.txt).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token, TokenRange } from '../doc.js';
import { endsSentence, has } from '../tokens.js';
import { breaksAfter, isSkippable } from './predicates.js';

/** Longest "by" phrase and time words skipped before the question. */
const MAX_AGENT = 8;

/** A question frame at token `i`: the asker (or null) and the question's first token. */
export interface Question {
  agent: TokenRange | null;
  opener: number;
}

/** Is token `i` the "asked" of a passive question? */
export function passiveQuestion(tokens: readonly Token[], i: number, agentPhrase: (start: number) => TokenRange | null): Question | null {
  const t = tokens[i]!;
  if (t.normal !== 'asked' || breaksAfter(tokens, t)) return null;
  const lex = lexicon();
  let p = i - 1;
  while (p >= 0 && isSkippable(tokens[p]!) && !breaksAfter(tokens, tokens[p]!)) p--;
  const prev = tokens[p];
  const opens = !prev || endsSentence(tokens, prev) || /[,;:—–(]/.test(prev.post) || lex.copulaForms.has(prev.normal) || lex.questionPassiveOpeners.has(prev.normal);
  if (!opens) return null;
  let k = i + 1;
  let agent: TokenRange | null = null;
  if (tokens[k]?.normal === 'by') {
    agent = agentPhrase(k + 1);
    if (!agent || agent.end - 1 - k > MAX_AGENT || breaksAfter(tokens, tokens[agent.end - 1]!)) return null;
    k = agent.end;
  }
  // "asked on Thursday about", "asked again whether"
  for (let guard = 0; guard < 4 && tokens[k] && (isSkippable(tokens[k]!) || has(tokens[k], 'Date') || lex.cuesTime.has(tokens[k]!.normal)); guard++) k++;
  if (tokens[k]?.normal === 'on' && has(tokens[k + 1], 'Date')) k += 2;
  const opener = tokens[k];
  if (!opener || !lex.questionOpeners.has(opener.normal) || (k - 1 !== i && breaksAfter(tokens, tokens[k - 1]!))) return null;
  // "asked to release the transcripts": "to" opens a request only before a verb ("asked to the stage" is none)
  if (opener.normal === 'to' && !has(tokens[k + 1], 'Verb')) return null;
  return { agent, opener: k };
}

/** The question's tokens: from its opener to the first comma or the sentence's last token (`sentLast`). */
export function questionContent(tokens: readonly Token[], opener: number, sentLast: number): TokenRange | null {
  let k = opener;
  while (k < sentLast && !tokens[k]!.post.includes(',')) k++;
  return k > opener ? { first: opener, end: k + 1 } : null;
}
