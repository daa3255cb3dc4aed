/**
 * Evidential cues whose holders go unnamed, beyond the verbs of cues-evidential.txt:
 * passive participles ("is widely seen as") and report adverbs ("has reportedly").
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token } from '../doc.js';
import { has } from '../tokens.js';
import { breaksAfter } from './predicates.js';

/**
 * "is widely seen as", "was believed to be", "has reportedly been": a view or report whose
 * holders go unnamed. A participle needs "be" before it (one adverb may stand between) and
 * "as", "to" + verb or "that" after it (or after a short "by" phrase); an adverb needs a verb on either side.
 */
export function unnamedView(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const lex = lexicon();
  const next = tokens[i + 1];
  if (lex.cuesEvidentialAdverbs.has(t.normal)) return has(next, 'Verb') || has(tokens[i - 1], 'Verb');
  if (!lex.cuesEvidentialPassive.has(t.normal) || !next || breaksAfter(tokens, t)) return false;
  const before = has(tokens[i - 1], 'Adverb') && !breaksAfter(tokens, tokens[i - 2] ?? t) ? tokens[i - 2] : tokens[i - 1];
  if (!before || !lex.copulaForms.has(before.normal) || breaksAfter(tokens, before)) return false;
  // "was seen by some as a demotion" (not "was seen by a doctor")
  let k = i + 1;
  if (next.normal === 'by') while (k < i + 5 && tokens[k] && tokens[k]!.normal !== 'as' && !breaksAfter(tokens, tokens[k]!)) k++;
  const after = tokens[k];
  return after?.normal === 'as' || after?.normal === 'that' || (after?.normal === 'to' && has(tokens[k + 1], 'Verb'));
}
