/**
 * Noun phrases around a cue, read off the token array: the source before it ("Sen. Jane
 * Roe (D-Wis.) said", "Roe, a spokeswoman for X, said"), after it ("said Sen. Jane Roe"),
 * and the subject of a sentence ("Roe spoke, saying …"). Ranges are [first, end).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Token, TokenRange } from '../doc.js';
import { endsSentence, has, hasAny } from '../tokens.js';
import { breaksAfter, isNominal, isNounPhrasePart, isSkippable, isSubjectPronoun, stretchStart } from './predicates.js';

/** Longest speaker noun phrase, in tokens. */
const MAX_NP = 9;
/** Longest appositive skipped between a name and its cue ("Smith, a spokesman for X, said"). */
const MAX_APPOSITIVE = 30;
/** A closing quotation mark in a token's punctuation. */
export const CLOSING_MARK = /["”»]/;

const range = (first: number, last: number): TokenRange => ({ first, end: last + 1 });

/** The noun phrase ending at or just before token `at` (skipping "also", "has"), or null. */
export function nounPhraseLeft(tokens: readonly Token[], at: number, commaAtEnd = false): TokenRange | null {
  let last = at;
  while (last >= 0 && isSkippable(tokens[last]!) && !breaksAfter(tokens, tokens[last]!)) last--;
  // "Roe, asked about it, had said": the comma may stand before the skipped auxiliary
  let adjacent = last;
  // "Roe, a former host, last week said": a time word and its opener; the source may end in an appositive
  if (last > 1 && last === at && openedTimeWord(tokens, last)) {
    last -= 2;
    adjacent = last;
  }
  // "Sean Roe on Thursday evening said": a date and its time of day after a preposition
  else if (last > 2 && last === at && lexicon().cuesTime.has(tokens[last]!.normal) && isDateWord(tokens[last - 1]!) && has(tokens[last - 2], 'Preposition') && ![last, last - 1, last - 2].some((k) => breaksAfter(tokens, tokens[k]!))) last -= 3;
  // "an arbitration panel in 2001 found": a date phrase between the source and its cue
  else if (last > 1 && isDateWord(tokens[last]!) && has(tokens[last - 1], 'Preposition') && !breaksAfter(tokens, tokens[last]!)) last -= 2;
  else if (last > 0 && isDateWord(tokens[last]!) && !breaksAfter(tokens, tokens[last]!) && last === at) last -= 1;
  const head = tokens[last];
  if (!head) return null;
  // "Stevie Wonder, who joked", "the European Union, which contended": the name before the relative pronoun
  if (lexicon().clauseRelatives.has(head.normal) && last > 0 && tokens[last - 1]!.post.trim() === ',') return nounPhraseLeft(tokens, last - 1, true);
  // "Rep. Gwen Moore (D-Wis.) said": the name before the parenthesis, which stays in the mention
  if (head.post.includes(')') && last === adjacent) {
    for (let k = last; k > 0 && last - k < 6; k--) {
      if (!tokens[k]!.pre.includes('(')) continue;
      const np = nounPhraseLeft(tokens, k - 1, true);
      return np ? { first: np.first, end: last + 1 } : null;
    }
  }
  if (breaksAfter(tokens, head) && last === adjacent && !commaAtEnd) {
    if (endsSentence(tokens, head) || !APPOSITIVE_END.test(head.post)) return null;
    return appositiveName(tokens, last);
  }
  // "The Trump campaign called": compromise may read a noun after a name or article as a verb
  const before = tokens[last - 1];
  // ("And surveys suggest": a plural after a joining word opening the sentence)
  const nounLike = has(head, 'Verb') && !has(head, 'Auxiliary') && before !== undefined && !breaksAfter(tokens, before) &&
    (hasAny(before, ['Determiner', 'ProperNoun', 'Adjective', 'Noun', 'Value']) || (has(before, 'Conjunction') && opensSentence(tokens, last - 1) && head.normal.endsWith('s')));
  if (!(isNominal(head) || nounLike) || (breaksAfter(tokens, head) && !commaAtEnd)) return null;
  if (isSubjectPronoun(head)) return range(last, last);
  let first = last;
  while (first > 0 && last - first < MAX_NP) {
    const p = tokens[first - 1]!;
    if (breaksAfter(tokens, p) || !(isNounPhrasePart(p) || nounInside(tokens, first - 1) || modifierReadAsVerb(tokens, first - 1))) break;
    first--;
  }
  while (first < last && lexicon().speakerLinks.has(tokens[first]!.normal)) first++;
  return range(first, last);
}

const APPOSITIVE_END = /,|--|[—–)]/;

/** Does token `k` open its sentence? */
export const opensSentence = (tokens: readonly Token[], k: number): boolean => k === 0 || endsSentence(tokens, tokens[k - 1]!);

/** "Smith, a spokesman for the company, said": the name before the appositive. */
function appositiveName(tokens: readonly Token[], commaEnd: number): TokenRange | null {
  const quoted = quotationInAppositive(tokens, commaEnd);
  // (a comma closing any other quotation ends quoted speech, no appositive: "“If …, the party …,” said Roe")
  if (quoted < 0 && /^,["”]/.test(tokens[commaEnd]!.post.trim())) return null;
  for (let k = (quoted < 0 ? commaEnd : quoted) - 1; k >= 0 && commaEnd - k <= MAX_APPOSITIVE; k--) {
    const t = tokens[k]!;
    if (endsSentence(tokens, t) || /["“”;:]/.test(t.post)) return null;
    if (!APPOSITIVE_END.test(t.post)) continue;
    const np = nounPhraseLeft(tokens, k, true);
    // "Schiff, 56, who has served …, told": an age is one more appositive; the name is before it
    if (!np && has(t, 'Value')) continue;
    // "Sen. Roe, facing a challenge in Iowa, a swing state, said", "Roe, during a town hall in Columbus,
    // Ohio, said": a name inside a participle's or a preposition's phrase is no source; the source is before it
    if (np && opensWithParticipleOrPreposition(tokens, np.first)) continue;
    const head = np ? tokens[np.end - 1]! : undefined;
    // "…,” Roe, the attorney general of Ohio, one of the states, said": the name opening the chain
    if (np && has(tokens[np.first], 'Determiner')) {
      const name = chainName(tokens, np.first, commaEnd);
      if (name) return name;
    }
    if (np && head && (has(head, 'ProperNoun') || has(head, 'RomanNumeral') || isSubjectPronoun(head))) return np;
    // "her senior policy adviser, Jake Sullivan, said": the appositive is the name
    const inner = nounPhraseRight(tokens, k + 1);
    if (inner && inner.end - 1 === commaEnd && has(tokens[commaEnd], 'ProperNoun')) return inner;
    return np;
  }
  return null;
}

/** Does the stretch between commas or dashes holding token `k` open with a participle or a preposition ("facing a challenge in Iowa", "during a town hall in Columbus")? */
function opensWithParticipleOrPreposition(tokens: readonly Token[], k: number): boolean {
  const first = stretchStart(tokens, k, Math.max(0, k - MAX_APPOSITIVE));
  // (not a conjunction opening a clause whose subject this is: "…, as Roe, contradicting Doe, said")
  const opener = has(tokens[first], 'Gerund') || (has(tokens[first], 'Preposition') && !lexicon().clauseOpeners.has(tokens[first]!.normal));
  return first < k && first > 0 && opener && APPOSITIVE_END.test(tokens[first - 1]!.post);
}

/**
 * "Roe, citing “the magic of Trump,” said": when the appositive ends in a quotation it opened
 * after words of its own, the token the quotation opens at (the scan for the name goes on
 * before it); otherwise -1. A quotation right after the comma ("Asked about Roe, “we are
 * ready,” said Doe") is the quoted speech, no appositive's.
 */
function quotationInAppositive(tokens: readonly Token[], commaEnd: number): number {
  if (!/^,["”]/.test(tokens[commaEnd]!.post.trim())) return -1;
  for (let k = commaEnd; k > 0 && commaEnd - k <= MAX_APPOSITIVE; k--) {
    const before = tokens[k - 1]!;
    if (endsSentence(tokens, before) || /["“”]/.test(before.post)) return -1;
    if (/["“]/.test(tokens[k]!.pre)) return APPOSITIVE_END.test(before.post) ? -1 : k;
  }
  return -1;
}

/**
 * "…, top black lawmakers said", "…, key Republican senators say": a bare verb form compromise gives a
 * modifier opening a phrase after a break, when an adjective or a capitalised word follows (a
 * verb's object would open with an article; a speech cue, ", say Republican senators", inverts).
 */
function modifierReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (!has(t, 'Infinitive') || hasAny(t, ['Auxiliary', 'Modal', 'Copula']) || lexicon().cuesSpeech.has(t.normal)) return false;
  const next = tokens[k + 1];
  // (lower case after a comma or a dash; opening the sentence, before an adjective in lower case:
  // a headline in Title Case tags every word a name)
  if (/^\p{Ll}/u.test(t.text)) return before !== undefined && breaksAfter(tokens, before) && hasAny(next, ['Adjective', 'ProperNoun']);
  return opensSentence(tokens, k) && has(next, 'Adjective') && /^\p{Ll}/u.test(next!.text);
}

/**
 * "Obama's former campaign strategist": a word compromise read as a verb ("campaign") between
 * a modifier and the head.
 */
function nounInside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  if (!has(t, 'Verb') || /(?:ed|ing)$/.test(t.normal) || has(t, 'Auxiliary') || has(t, 'Copula') || has(t, 'Modal')) return false;
  return before !== undefined && !breaksAfter(tokens, before) && (has(before, 'Adjective') || has(before, 'Possessive') || has(before, 'Determiner'));
}

/** The name before a description that opens with an article, when the name opens its clause. */
function chainName(tokens: readonly Token[], descriptionStart: number, commaEnd: number): TokenRange | null {
  const before = tokens[descriptionStart - 1];
  if (!before || before.post.trim() !== ',') return null;
  const np = nounPhraseLeft(tokens, descriptionStart - 1, true);
  if (!np || commaEnd - np.first > MAX_APPOSITIVE || !has(tokens[np.end - 1], 'ProperNoun') || has(tokens[np.first], 'Determiner')) return null;
  const lead = tokens[np.first - 1];
  return !lead || endsSentence(tokens, lead) || CLOSING_MARK.test(lead.post) ? np : null;
}

/** The noun phrase starting at token `start` ("Sen. John McCain", "the ministry"), or null; `source`: an inverted source after its cue. */
export function nounPhraseRight(tokens: readonly Token[], start: number, source = false): TokenRange | null {
  // "said of Cruz": a phrase that opens with a preposition is no source
  if (!tokens[start] || has(tokens[start], 'Preposition')) return null;
  let last = start - 1;
  for (let k = start; k < tokens.length && k - start < MAX_NP; k++) {
    const t = tokens[k]!;
    // "one unaligned Florida strategist": a participle between a modifier and a noun
    // ("said retired neurosurgeon Ben Carson": or opening the phrase, before its noun)
    const participle = /ed$/.test(t.normal) && (k === start || (isNounPhrasePart(tokens[k - 1]!) && !isNominal(tokens[k - 1]!))) && isNominal(tokens[k + 1] ?? t) && !breaksAfter(tokens, t);
    // (a source after its cue, "added his campaign manager Jeff Weaver": a noun read as a verb after a possessive)
    // ("said lead author Jane Roe", "said study co-author …": a bare verb form opening a source, before a common noun, modifies it)
    const modifier = source && k === start && has(t, 'Infinitive') && has(tokens[k + 1], 'Noun') && !has(tokens[k + 1], 'ProperNoun') && !breaksAfter(tokens, t);
    if (!isNounPhrasePart(t) && !isSubjectPronoun(t) && !participle && !modifier && !(source && k > start && nounInside(tokens, k))) break;
    last = k;
    if (breaksAfter(tokens, t)) break;
  }
  while (last >= start && !isNominal(tokens[last]!)) last--;
  return last >= start ? range(start, last) : null;
}

/** Is token `k` a time word after its opener, neither followed by a break ("last week", "this morning")? */
function openedTimeWord(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]!;
  const opener = tokens[k - 1]!;
  return lexicon().cuesTime.has(word.normal) && lexicon().cuesTimeOpeners.has(opener.normal) && !breaksAfter(tokens, word) && !breaksAfter(tokens, opener);
}

const isDateWord = (t: Token): boolean => has(t, 'Date') || (has(t, 'Value') && /^(1[89]|20)\d\d$/.test(t.text));

/** Does a verb follow at `k` (after adverbs: "Cho also met")? */
export function beforeVerb(tokens: readonly Token[], k: number): boolean {
  // ("Clinton has since apologized": a skippable auxiliary is itself the verb)
  while (tokens[k] && isSkippable(tokens[k]!)) {
    if (has(tokens[k], 'Verb') && !has(tokens[k], 'Adverb')) return true;
    k++;
  }
  return has(tokens[k], 'Verb');
}

const touchesOpen = (t: Token): boolean => /["“„«]/.test(t.pre);

/** The first noun phrase of the sentence holding token `i` (for "…, saying"). */
export function sentenceSubject(tokens: readonly Token[], i: number): TokenRange | null {
  let s = i - 1;
  while (s > 0 && i - s < 200 && !endsSentence(tokens, tokens[s - 1]!)) s--;
  // skip an opening quotation or an introductory phrase: "In the talks, Cho emphasized …"
  for (let guard = 0; s < i - 1 && guard < 4; guard++) {
    // "And then Trump went on the attack, saying": joining words and adverbs before the subject
    // (not a preposition: "as part of a community, is" is no subject)
    while (s < i - 1 && (lexicon().clauseCoordinators.has(tokens[s]!.normal) || isSkippable(tokens[s]!)) && !has(tokens[s], 'Preposition') && !breaksAfter(tokens, tokens[s]!) && !touchesOpen(tokens[s]!)) s++;
    const np = nounPhraseRight(tokens, s);
    if (np && !has(tokens[s], 'Preposition') && !touchesOpen(tokens[s]!) && beforeVerb(tokens, pastDate(tokens, np.end))) return np;
    // not a subject: skip to after the next comma or closing mark
    let k = s;
    while (k < i - 1 && !(tokens[k]!.post.includes(',') || CLOSING_MARK.test(tokens[k]!.post))) k++;
    s = k + 1;
  }
  return null;
}

/** Past a date between a subject and its verb ("A federal judge on Friday blocked", "The council Tuesday voted"), or `k`. */
function pastDate(tokens: readonly Token[], k: number): number {
  if (has(tokens[k], 'Preposition') && tokens[k + 1] && isDateWord(tokens[k + 1]!) && !breaksAfter(tokens, tokens[k + 1]!)) return k + 2;
  return tokens[k] && isDateWord(tokens[k]!) && !breaksAfter(tokens, tokens[k]!) ? k + 1 : k;
}

/** "Commenting on the deal, the minister said": the subject after an opening participle's comma. */
export function subjectAfterOpening(tokens: readonly Token[], i: number): TokenRange | null {
  for (let k = i; k < tokens.length && k - i < MAX_APPOSITIVE; k++) {
    const t = tokens[k]!;
    if (endsSentence(tokens, t)) return null;
    if (!t.post.includes(',')) continue;
    const np = nounPhraseRight(tokens, k + 1);
    return np && beforeVerb(tokens, np.end) ? np : null;
  }
  return null;
}
