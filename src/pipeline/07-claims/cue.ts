/**
 * What a claim's cue says beyond its words: its lemma ("denied" → "deny", "talked about"
 * → "talk about", "According to" → "according to"), so that users can filter denials
 * from statements, and whether it is negated ("does not deny that …", "never said",
 * "didn't say"). Both are ordered rule tables; the words are data
 * (src/lexicon/negators.txt, cues-between.txt, the verb lists' lemmas).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, Frame, Token } from '../doc.js';
import { firstRule, rule, type Rule } from '../rules.js';
import { lemmaOf } from '../06-quotes/predicates.js';

/** What a cue rule sees: the frame and the tokens. */
interface CueFacts {
  tokens: readonly Token[];
  frame: Frame;
}

/** Longest run of auxiliaries and adverbs between a negator and its cue ("does not publicly deny"). */
const MAX_BETWEEN = 4;

const isNegator = (t: Token): boolean => lexicon().negators.has(t.normal) || (t.contracted?.includes('not') ?? false);

/** The negator before the cue, among the auxiliaries and adverbs that may stand there, or null. */
function negatorBefore(x: CueFacts): Token | null {
  const between = lexicon().cuesBetween;
  for (let k = x.frame.cue.first - 1; k >= 0 && x.frame.cue.first - k <= MAX_BETWEEN; k--) {
    const t = x.tokens[k]!;
    // "“…it’s really not,” said Roe": a stop or a quotation mark ends the run
    if (/[,;:.!?"”]/.test(t.post)) return null;
    if (isNegator(t)) return t;
    if (!between.has(t.normal)) return null;
  }
  return null;
}

/** Whether the cue is negated, in order; the first rule that fires decides (none: not negated). */
export const NEGATION_RULES: readonly Rule<CueFacts, boolean>[] = [
  // "The Government does not deny that …", "he never said", "officials didn't say when …"
  rule({ id: 'claim-negated', example: 'The Government does not deny that the talks failed.', when: (x: CueFacts) => !x.frame.noCue && x.frame.type !== 'according' && negatorBefore(x), then: () => true }),
];

/** Is the claim's cue negated? */
export function isNegated(doc: Doc, frame: Frame | null): boolean {
  if (!frame) return false;
  return firstRule(doc, NEGATION_RULES, { tokens: doc.tokens, frame })?.out ?? false;
}

/**
 * The cue's lemma: "according to", a verb's base form and its particle ("talk about"), or
 * the word itself (an adverb, a stance noun); null when the frame has no cue word.
 */
export function cueLemma(doc: Doc, frame: Frame | null): string | null {
  if (!frame || frame.noCue) return null;
  const { tokens } = doc;
  if (frame.type === 'according') return 'according to';
  const word = tokens[frame.cue.first]!;
  const lemma = lemmaOf(word);
  const particles = tokens.slice(frame.cue.first + 1, frame.cue.end).map((t) => t.normal);
  return [lemma, ...particles].join(' ');
}
