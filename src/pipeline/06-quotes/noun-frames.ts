/**
 * Nominal frames: a possessive source, a stance noun and its preposition ("his criticism of
 * the plan", "Trump's support for the wall"; the content is the noun phrase after the
 * preposition, see `Frame.nominal`), or a noun of saying and its clause ("Trump's claim that
 * …", "his warning that …"; the content is the clause).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Frame, Token, TokenRange } from '../doc.js';
import { has, hasAny } from '../tokens.js';
import { beforeVerb } from './noun-phrases.js';
import { breaksAfter } from './predicates.js';

const POSSESSIVE_END = /['’]s?$/;

/** "his" / "Trump's" / "the senator's": the source before the noun, or null. */
function possessiveSource(tokens: readonly Token[], k: number): TokenRange | null {
  const t = tokens[k];
  if (!t || breaksAfter(tokens, t) || !has(t, 'Possessive')) return null;
  if (has(t, 'Pronoun')) return t.normal === 'its' || t.normal === 'their' || t.normal === 'his' || t.normal === 'her' ? { first: k, end: k + 1 } : null;
  if (!POSSESSIVE_END.test(t.text)) return null;
  // "Sen. Jane Roe's": take the capitalised words before it
  let first = k;
  while (first > 0 && first > k - 3 && /^\p{Lu}/u.test(tokens[first - 1]!.text) && !breaksAfter(tokens, tokens[first - 1]!)) first--;
  return { first, end: k + 1 };
}

/** The possessive source of the noun at `i`, past one adjective ("her strong support for", "his repeated claim that"), or null. */
function possessiveBefore(tokens: readonly Token[], i: number): TokenRange | null {
  const k = has(tokens[i - 1], 'Adjective') && !has(tokens[i - 1], 'Possessive') ? i - 2 : i - 1;
  return possessiveSource(tokens, k);
}

/** Every nominal stance frame of the document, in text order. */
export function nounFrames(tokens: readonly Token[]): Frame[] {
  const nouns = lexicon().cuesNouns;
  const out: Frame[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    const preps = nouns.get(tokens[i]!.normal);
    if (!preps || !preps.has(tokens[i + 1]!.normal) || breaksAfter(tokens, tokens[i]!)) continue;
    const subject = possessiveBefore(tokens, i);
    if (subject) out.push({ cue: { first: i, end: i + 2 }, subject, side: 'left', type: 'stance', nominal: true, cueRule: 'cue-stance-noun', rule: 'frame-stance-noun' });
  }
  return out;
}

/** Every frame of a noun of saying before "that" and its clause ("Trump's claim that …", "his warning that …"), in text order. */
export function speechNounFrames(tokens: readonly Token[]): Frame[] {
  const nouns = lexicon().cuesNounsClausal;
  const out: Frame[] = [];
  for (let i = 1; i < tokens.length - 2; i++) {
    if (!nouns.has(tokens[i]!.normal) || tokens[i + 1]!.normal !== 'that' || breaksAfter(tokens, tokens[i]!)) continue;
    // ("the party's message that emerges from …": "that" before a verb opens a relative clause, not what was said)
    if (beforeVerb(tokens, i + 2) && !hasAny(tokens[i + 2], ['Noun', 'Pronoun', 'Gerund'])) continue;
    const subject = possessiveBefore(tokens, i);
    if (subject) out.push({ cue: { first: i, end: i + 1 }, subject, side: 'left', type: 'speech', cueRule: 'cue-speech-noun', rule: 'frame-speech-noun' });
  }
  return out;
}
