/**
 * Evidential cues whose holders go unnamed, beyond the verbs of cues-evidential.txt:
 * passive participles ("is widely seen as") and report adverbs ("has reportedly").
 */
import type { Token } from '../02-parse.js';
import { cueLexicon } from './lexicon.js';
import { breaksAfter, has } from './tokens.js';

const COPULA_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);

/**
 * "is widely seen as", "was believed to be", "has reportedly been": a view or report whose
 * holders go unnamed. A participle needs "be" before it (one adverb may stand between) and
 * "as", "to" + verb or "that" after it (or after a short "by" phrase); an adverb needs a verb on either side.
 */
export function unnamedView(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const lex = cueLexicon();
  const next = tokens[i + 1];
  if (lex.evidentialAdverbs.has(t.normal)) return has(next, 'Verb') || has(tokens[i - 1], 'Verb');
  if (!lex.evidentialPassive.has(t.normal) || !next || breaksAfter(t)) return false;
  const before = has(tokens[i - 1], 'Adverb') && !breaksAfter(tokens[i - 2] ?? t) ? tokens[i - 2] : tokens[i - 1];
  if (!before || !COPULA_FORMS.has(before.normal) || breaksAfter(before)) return false;
  // "was seen by some as a demotion" (not "was seen by a doctor")
  let k = i + 1;
  if (next.normal === 'by') while (k < i + 5 && tokens[k] && tokens[k]!.normal !== 'as' && !breaksAfter(tokens[k]!)) k++;
  const after = tokens[k];
  return after?.normal === 'as' || after?.normal === 'that' || (after?.normal === 'to' && has(tokens[k + 1], 'Verb'));
}
