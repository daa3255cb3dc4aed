/**
 * Noun phrases around a cue, read off the token array: the source before it ("Sen. Jane
 * Roe (D-Wis.) said", "Roe, a spokeswoman for X, said"), after it ("said Sen. Jane Roe"),
 * and the subject of a sentence ("Roe spoke, saying …").
 */
import type { Token } from '../02-parse.js';
import { breaksAfter, endsSentence, has, isNominal, isNounPhrasePart, isSkippable, isSubjectPronoun } from './tokens.js';

/** Longest speaker noun phrase, in tokens. */
const MAX_NP = 9;
/** Longest appositive skipped between a name and its cue ("Smith, a spokesman for X, said"). */
const MAX_APPOSITIVE = 30;
/** A closing quotation mark in a token's punctuation. */
export const CLOSING_MARK = /["”»]/;

/** The noun phrase ending at or just before `end` (skipping "also", "has"), or null. */
export function nounPhraseLeft(tokens: Token[], end: number, commaAtEnd = false): [number, number] | null {
  let last = end;
  while (last >= 0 && isSkippable(tokens[last]!) && !breaksAfter(tokens[last]!)) last--;
  // "Roe, asked about it, had said": the comma may stand before the skipped auxiliary
  const adjacent = last;
  // "an arbitration panel in 2001 found": a date phrase between the source and its cue
  if (last > 1 && isDateWord(tokens[last]!) && has(tokens[last - 1], 'Preposition') && !breaksAfter(tokens[last]!)) last -= 2;
  else if (last > 0 && isDateWord(tokens[last]!) && !breaksAfter(tokens[last]!) && last === end) last -= 1;
  const head = tokens[last];
  if (!head) return null;
  // "Stevie Wonder, who joked": the name before the relative pronoun
  if (head.normal === 'who' && last > 0 && tokens[last - 1]!.post.trim() === ',') return nounPhraseLeft(tokens, last - 1, true);
  // "Rep. Gwen Moore (D-Wis.) said": the name before the parenthesis, which stays in the mention
  if (head.post.includes(')') && last === adjacent) {
    for (let k = last; k > 0 && last - k < 6; k--) {
      if (!tokens[k]!.pre.includes('(')) continue;
      const np = nounPhraseLeft(tokens, k - 1, true);
      return np ? [np[0], last] : null;
    }
  }
  if (breaksAfter(head) && last === adjacent && !commaAtEnd) {
    if (endsSentence(head) || !APPOSITIVE_END.test(head.post)) return null;
    return appositiveName(tokens, last);
  }
  // "The Trump campaign called": compromise may read a noun after a name or article as a verb
  const before = tokens[last - 1];
  const nounLike = has(head, 'Verb') && !has(head, 'Auxiliary') && before !== undefined && !breaksAfter(before) &&
    (has(before, 'Determiner') || has(before, 'ProperNoun') || has(before, 'Adjective'));
  if (!(isNominal(head) || nounLike) || (breaksAfter(head) && !commaAtEnd)) return null;
  if (isSubjectPronoun(head)) return [last, last];
  let first = last;
  while (first > 0 && last - first < MAX_NP) {
    const p = tokens[first - 1]!;
    if (breaksAfter(p) || !(isNounPhrasePart(p) || nounInside(tokens, first - 1))) break;
    first--;
  }
  while (first < last && !startsNounPhrase(tokens[first]!)) first++;
  return [first, last];
}

const startsNounPhrase = (t: Token): boolean => !['of', 'for', 'at', '&', 'and', 'to'].includes(t.normal);

const APPOSITIVE_END = /,|--|[—–)]/;

/** "Smith, a spokesman for the company, said": the name before the appositive. */
function appositiveName(tokens: Token[], commaEnd: number): [number, number] | null {
  for (let k = commaEnd - 1; k >= 0 && commaEnd - k <= MAX_APPOSITIVE; k--) {
    const t = tokens[k]!;
    if (endsSentence(t) || /["“”;:]/.test(t.post)) return null;
    if (!APPOSITIVE_END.test(t.post)) continue;
    const np = nounPhraseLeft(tokens, k, true);
    const head = np ? tokens[np[1]]! : undefined;
    // "…,” Roe, the attorney general of Ohio, one of the states, said": the name opening the chain
    if (np && has(tokens[np[0]], 'Determiner')) {
      const name = chainName(tokens, np[0], commaEnd);
      if (name) return name;
    }
    if (np && head && (has(head, 'ProperNoun') || has(head, 'RomanNumeral') || isSubjectPronoun(head))) return np;
    // "her senior policy adviser, Jake Sullivan, said": the appositive is the name
    const inner = nounPhraseRight(tokens, k + 1);
    if (inner && inner[1] === commaEnd && has(tokens[commaEnd], 'ProperNoun')) return inner;
    return np;
  }
  return null;
}

/**
 * "Obama's former campaign strategist": a word compromise read as a verb ("campaign") between
 * a modifier and the head, or the "is" it wrongly expanded from a possessive "'s".
 */
function nounInside(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (t.text === '' && t.implicit !== undefined) return before !== undefined && /['’]s$/.test(before.text);
  if (!has(t, 'Verb') || /(?:ed|ing)$/.test(t.normal) || has(t, 'Auxiliary') || has(t, 'Copula') || has(t, 'Modal')) return false;
  return before !== undefined && !breaksAfter(before) && (has(before, 'Adjective') || has(before, 'Possessive') || has(before, 'Determiner'));
}

/** The name before a description that opens with an article, when the name opens its clause. */
function chainName(tokens: Token[], descriptionStart: number, commaEnd: number): [number, number] | null {
  const before = tokens[descriptionStart - 1];
  if (!before || before.post.trim() !== ',') return null;
  const np = nounPhraseLeft(tokens, descriptionStart - 1, true);
  if (!np || commaEnd - np[0] > MAX_APPOSITIVE || !has(tokens[np[1]], 'ProperNoun') || has(tokens[np[0]], 'Determiner')) return null;
  const lead = tokens[np[0] - 1];
  return !lead || endsSentence(lead) || CLOSING_MARK.test(lead.post) ? np : null;
}

/** The noun phrase starting at `start` ("Sen. John McCain", "the ministry"), or null. */
export function nounPhraseRight(tokens: Token[], start: number): [number, number] | null {
  // "said of Cruz": a phrase that opens with a preposition is no source
  if (!tokens[start] || has(tokens[start], 'Preposition')) return null;
  let last = start - 1;
  for (let k = start; k < tokens.length && k - start < MAX_NP; k++) {
    const t = tokens[k]!;
    // "one unaligned Florida strategist": a participle between a modifier and a noun
    const participle = k > start && /ed$/.test(t.normal) && isNounPhrasePart(tokens[k - 1]!) && !isNominal(tokens[k - 1]!) && isNominal(tokens[k + 1] ?? t);
    if (!isNounPhrasePart(t) && !isSubjectPronoun(t) && !participle) break;
    last = k;
    if (breaksAfter(t)) break;
  }
  while (last >= start && !isNominal(tokens[last]!)) last--;
  return last >= start ? [start, last] : null;
}

const isDateWord = (t: Token): boolean => has(t, 'Date') || (has(t, 'Value') && /^(1[89]|20)\d\d$/.test(t.text));

/** Does a verb follow at `k` (after adverbs: "Cho also met")? */
export function beforeVerb(tokens: Token[], k: number): boolean {
  while (tokens[k] && isSkippable(tokens[k]!)) k++;
  return has(tokens[k], 'Verb');
}

const touchesOpen = (t: Token): boolean => /["“„«]/.test(t.pre);

/** The first noun phrase of the sentence holding token `i` (for "…, saying"). */
export function sentenceSubject(tokens: Token[], i: number): [number, number] | null {
  let s = i - 1;
  while (s > 0 && i - s < 200 && !endsSentence(tokens[s - 1]!)) s--;
  // skip an opening quotation or an introductory phrase: "In the talks, Cho emphasized …"
  for (let guard = 0; s < i - 1 && guard < 4; guard++) {
    const np = nounPhraseRight(tokens, s);
    if (np && !has(tokens[s], 'Preposition') && !touchesOpen(tokens[s]!) && beforeVerb(tokens, np[1] + 1)) return np;
    // not a subject: skip to after the next comma or closing mark
    let k = s;
    while (k < i - 1 && !(tokens[k]!.post.includes(',') || CLOSING_MARK.test(tokens[k]!.post))) k++;
    s = k + 1;
  }
  return null;
}

/** "Commenting on the deal, the minister said": the subject after an opening participle's comma. */
export function subjectAfterOpening(tokens: Token[], i: number): [number, number] | null {
  for (let k = i; k < tokens.length && k - i < MAX_APPOSITIVE; k++) {
    const t = tokens[k]!;
    if (endsSentence(t)) return null;
    if (!t.post.includes(',')) continue;
    const np = nounPhraseRight(tokens, k + 1);
    return np && beforeVerb(tokens, np[1] + 1) ? np : null;
  }
  return null;
}
