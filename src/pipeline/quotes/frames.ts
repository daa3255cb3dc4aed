/**
 * Attribution frames: a cue ("said", "believes", "according to") with the noun
 * phrase of its source, found by walking the token array once.
 *
 * - subject before the cue: "Blinken said", "Smith, a spokesman for X, said",
 *   "the ministry also stated";
 * - subject after the cue: "…,” said Sen. John McCain", "according to the ministry";
 * - a participle after a comma takes the sentence's subject: "Blinken spoke, saying …";
 * - frames with no cue word: "“…” ― Name", transcript labels ("PENCE: …"), colon
 *   lead-ins ("She addressed the crowd: “…”"), headline sources ("Pollster: …"),
 *   "In a statement, …"; and evidential frames with no source ("is expected to").
 * Cue words come from src/lexicon/cues-*.txt (see quotes/lexicon.ts).
 */
import type { Token } from '../02-parse.js';
import { cueLexicon } from './lexicon.js';
import { nounFrames } from './noun-frames.js';
import { passiveQuestion } from './question-frames.js';
import { unnamedView } from './unnamed-views.js';
import { breaksAfter, endsParagraph, endsSentence, has, isNominal, isSkippable, isSubjectPronoun } from './tokens.js';
import { CLOSING_MARK, nounPhraseLeft, nounPhraseRight, sentenceSubject, subjectAfterOpening } from './noun-phrases.js';

export type FrameType = 'speech' | 'thought' | 'stance' | 'according' | 'quote-only' | 'evidential' | 'question';

/** One cue and the tokens naming its source. */
export interface Frame {
  /** Token indexes of the cue, inclusive ("according to" spans two). */
  cueFirst: number;
  cueLast: number;
  /** Token indexes of the source's noun phrase, inclusive, or null when none was found. */
  subject: [number, number] | null;
  /** Set when no word is the cue ("“…” ― Sonya Herridge"); cueFirst is then the source's first token. */
  noCue?: boolean;
  /** A transcript's speaker label ("PENCE:") at the start of the quote it attributes. */
  label?: boolean;
  /** A stance noun ("his criticism of"): the content is one noun phrase after the cue. */
  nominal?: boolean;
  /** A passive question ("when asked whether …"): the question's first token. */
  opener?: number;
  /** Where the source stands: before the cue, after it ("said Blinken"). */
  side: 'left' | 'right';
  type: FrameType;
}


/** Is this token a cue verb, and of which kind? */
export function cueType(tokens: Token[], i: number, titleCase = false): FrameType | null {
  const t = tokens[i]!;
  const lex = cueLexicon();
  if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') return 'according';
  const speech = lex.speech.has(t.normal);
  const thought = lex.thought.has(t.normal);
  const quoteOnly = lex.quoteOnly.has(t.normal);
  const stance = lex.stance.has(t.normal) || (lex.phrasal.get(t.normal)?.has(tokens[i + 1]?.normal ?? '') ?? false);
  // "the race appears closer", "the House is expected to pass": a view with no source named
  if (lex.evidential.has(t.normal) && evidentialNext(t, tokens[i + 1], tokens[i + 2])) return 'evidential';
  if (unnamedView(tokens, i)) return 'evidential';
  if (!speech && !thought && !quoteOnly && !stance) return null;
  const atStart = i === 0 || endsSentence(tokens[i - 1]!);
  // a noun-like cue word opens a sentence only when inverted: "Stated Stone:" (not "State departments")
  if (atStart && !titleCase && (has(t, 'Noun') || has(t, 'ProperNoun')) && !has(tokens[i + 1], 'ProperNoun')) return null;
  // "the U.S. State Department", "the United States": a capitalised word inside a name
  // (headlines in Title Case excepted: "Obama Says Museum Will Tell …")
  if (!atStart && !titleCase && (t.tags.has('ProperNoun') || /^[A-Z]/.test(t.text))) return null;
  const prev = tokens[i - 1];
  if (!t.tags.has('Verb') && !atStart) {
    // compromise calls some cue verbs nouns ("reports", "writing", "one slide says"); accept
    // them after a subject, or a participle after a comma ("…, writing “…”")
    const participle = t.normal.endsWith('ing') && prev !== undefined && breaksAfter(prev);
    const afterSubject = prev !== undefined && isNominal(prev) && !has(prev, 'Determiner') && !breaksAfter(prev) && !POSSESSIVE.test(prev.text);
    const next = tokens[i + 1];
    const clauseNext = breaksAfter(t) || next === undefined || next.normal === 'that' || isNominal(next) || has(next, 'Determiner') || has(next, 'Value');
    // a stance or thought word tagged as a noun is usually one ("Twitter attacks", "the TV show")
    const strong = speech || next?.normal === 'that';
    // "Roe, founder of the center, tells Daily News": a speech word after an appositive's comma
    const afterAppositive = speech && prev !== undefined && prev.post.trim() === ',' && next !== undefined && (isNominal(next) || next.normal === 'that');
    if (!participle && !afterAppositive && !(strong && afterSubject && (clauseNext || isSubjectPronoun(prev) || has(prev, 'ProperNoun')))) return null;
  }
  // "was told", "is expected": passive voice, the subject is not the source
  // ("is saying", "are slamming" are active)
  if (prev && has(prev, 'Copula') && !breaksAfter(prev) && !t.normal.endsWith('ing')) return null;
  return speech ? 'speech' : thought ? 'thought' : stance ? 'stance' : 'quote-only';
}

const POSSESSIVE = /['’]s?$/;

/** "according to early results of exit polls conducted for …,": the words up to the comma. */
function accordingSource(tokens: Token[], start: number): [number, number] | null {
  const np = nounPhraseRight(tokens, start);
  let k = start;
  while (k < tokens.length && k - start < 20 && !breaksAfter(tokens[k]!)) k++;
  const end = tokens[k];
  if (end && k - start < 20 && (end.post.includes(',') || endsSentence(end))) return [start, k];
  return np;
}

/** Find every attribution frame in the document. */
export function findFrames(tokens: Token[]): Frame[] {
  const frames: Frame[] = [];
  const titled = titleCaseLines(tokens);
  for (let i = 0; i < tokens.length; i++) {
    // "When asked by Doe about the wall, …": the question, with the asker or nobody as source
    const question = passiveQuestion(tokens, i, (k) => nounPhraseRight(tokens, k));
    if (question) {
      frames.push({ cueFirst: i, cueLast: i, subject: question.agent, side: 'right', type: 'question', opener: question.opener });
      continue;
    }
    const type = cueType(tokens, i, titled[i] === 1);
    if (!type) continue;
    if (type === 'according') {
      frames.push({ cueFirst: i, cueLast: i + 1, subject: accordingSource(tokens, i + 2), side: 'right', type });
      i++;
      continue;
    }
    if (type === 'evidential') {
      frames.push({ cueFirst: i, cueLast: i, subject: null, side: 'left', type });
      continue;
    }
    const frame = verbFrame(tokens, i, type, frames.at(-1));
    // "talked about the economy": the particle is part of the cue, not of the content
    if (frame && cueLexicon().phrasal.get(tokens[i]!.normal)?.has(tokens[i + 1]?.normal ?? '')) frame.cueLast = i + 1;
    if (frame) frames.push(frame);
  }
  frames.push(...dashFrames(tokens), ...labelFrames(tokens), ...colonFrames(tokens, frames), ...headlineFrames(tokens), ...mediumFrames(tokens), ...nounFrames(tokens));
  return frames.sort((a, b) => a.cueFirst - b.cueFirst);
}

/** "She then addressed the supporters again: “…”": a colon lead-in with no cue word. */
function colonFrames(tokens: Token[], frames: Frame[]): Frame[] {
  const out: Frame[] = [];
  let f = 0;
  let sentenceStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.post.includes(':') && /:\s*(?:["“„«]|\n|$)/.test(t.post)) {
      while (f < frames.length && frames[f]!.cueFirst < sentenceStart) f++;
      const hasCue = f < frames.length && frames[f]!.cueFirst <= i;
      const subject = hasCue ? null : sentenceSubject(tokens, i + 1);
      const head = subject ? tokens[subject[1]]! : undefined;
      if (subject && head && (has(head, 'ProperNoun') || isSubjectPronoun(head))) {
        out.push({ cueFirst: i, cueLast: i, subject, side: 'left', type: 'quote-only', noCue: true });
      }
    }
    if (endsSentence(t)) sentenceStart = i + 1;
  }
  return out;
}

const evidentialNext = (cue: Token, a: Token | undefined, b: Token | undefined): boolean =>
  a !== undefined && ((a.normal === 'to' && has(b, 'Verb')) || a.normal === 'that' || a.normal === 'like' || a.normal === 'likely' || (has(a, 'Adjective') && !has(a, 'Noun')) ||
    // "seemed irritated", "appeared confused": a participle read as an adjective ("expected delays" is no view)
    (has(a, 'PastTense') && a.normal.endsWith('ed') && !cue.normal.startsWith('expect')));

/** "Pat Caddell: Democrat Voters Worried …": a name opening a line, then a colon. */
function headlineFrames(tokens: Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((i > 0 && !endsParagraph(tokens[i - 1]!)) || /["“„«]/.test(tokens[i]!.pre)) continue;
    // "Poll: …": a single capitalised word may be tagged anything
    const np = nounPhraseRight(tokens, i) ?? (/^\p{Lu}/u.test(tokens[i]!.text) ? ([i, i] as [number, number]) : null);
    if (!np || np[1] - np[0] > 5 || !tokens[np[1]]!.post.startsWith(':') || endsParagraph(tokens[np[1]]!)) continue;
    if (!has(tokens[np[1]], 'ProperNoun') && !/^\p{Lu}/u.test(tokens[np[1]]!.text)) continue;
    out.push({ cueFirst: np[1], cueLast: np[1], subject: np, side: 'left', type: 'speech', noCue: true });
  }
  return out;
}

/** "In a statement, …", "In an early-October CBS News poll, she led …": the medium as source. */
function mediumFrames(tokens: Token[]): Frame[] {
  const out: Frame[] = [];
  const media = cueLexicon().adjuncts;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.normal !== 'in' || (i > 0 && !endsSentence(tokens[i - 1]!))) continue;
    const np = nounPhraseRight(tokens, i + 1);
    if (!np || !tokens[np[1]]!.post.includes(',') || !media.has(tokens[np[1]]!.normal)) continue;
    out.push({ cueFirst: i, cueLast: i, subject: np, side: 'right', type: 'according', noCue: true });
  }
  return out;
}

/** Flags for tokens on a line written in Title Case (a headline), where capitals mean nothing. */
function titleCaseLines(tokens: Token[]): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!endsParagraph(tokens[i]!) && i < tokens.length - 1) continue;
    let words = 0;
    let capitals = 0;
    for (let k = start; k <= i; k++) {
      if (!/^\p{L}/u.test(tokens[k]!.text) || tokens[k]!.text.length < 4) continue;
      words++;
      if (/^\p{Lu}/u.test(tokens[k]!.text)) capitals++;
    }
    if (words >= 3 && capitals >= words * 0.8) flags.fill(1, start, i + 1);
    start = i + 1;
  }
  return flags;
}

const LABEL = /^\p{Lu}[\p{Lu}.'’-]{2,}$/u;
const LABEL_WORD = /^\p{Lu}[\p{Lu}.'’-]*$/u;

/** Transcripts: "WALLACE: Let's start …" at a paragraph's start names who speaks. */
function labelFrames(tokens: Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.post.startsWith(':') || !LABEL.test(t.text)) continue;
    // "JAKE TAPPER:", "SECRETARY ROE:", "MR. ROE:": up to two more capitalised words
    let j = i;
    while (j > 0 && i - j < 2 && LABEL_WORD.test(tokens[j - 1]!.text) && tokens[j - 1]!.post === ' ') j--;
    if (j > 0 && !endsParagraph(tokens[j - 1]!)) continue;
    out.push({ cueFirst: j, cueLast: i, subject: [j, i], side: 'right', type: 'quote-only', noCue: true, label: true });
  }
  return out;
}

const DASH_WORD = /^[―—]$/;
const DASH_SOURCE = /^\s*[―—]\s*$/;

/** "“…” ― Sonya Herridge": a name after a dash right after a closing mark (no cue word). */
function dashFrames(tokens: Token[]): Frame[] {
  const out: Frame[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1]!;
    // the dash is punctuation around a word, or a token of its own
    const dashToken = DASH_WORD.test(tokens[i]!.text);
    const dash = dashToken || prev.post.includes('―') || prev.post.includes('—') || tokens[i]!.pre.includes('―');
    if (!dash || !CLOSING_MARK.test(prev.post)) continue;
    const between = prev.post.replace(/^[^―—]*/, '');
    if (!dashToken && !DASH_SOURCE.test(between) && !tokens[i]!.pre.includes('―')) continue;
    const np = nounPhraseRight(tokens, dashToken ? i + 1 : i);
    if (np && has(tokens[np[1]], 'ProperNoun')) out.push({ cueFirst: i, cueLast: i, subject: np, side: 'right', type: 'quote-only', noCue: true });
  }
  return out;
}

function verbFrame(tokens: Token[], i: number, type: FrameType, previous: Frame | undefined): Frame | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const afterBreak = !prev || breaksAfter(prev);
  // "Commenting on the deal, the minister said …": an opening participle's source follows it
  if ((!prev || endsSentence(prev)) && t.normal.endsWith('ing')) {
    return { cueFirst: i, cueLast: i, subject: subjectAfterOpening(tokens, i), side: 'left', type };
  }
  // "…, saying", "emailed supporters saying": a participle whose subject is elsewhere
  const detached = afterBreak || (has(prev, 'Noun') && !has(prev, 'ProperNoun') && !has(prev, 'Pronoun')) ||
    has(prev, 'Preposition') || has(prev, 'Conjunction');
  // after a plain noun only speech participles report: "businessmen seeking to …" reports nothing
  if (detached && t.normal.endsWith('ing') && prev && !endsSentence(prev)) {
    if (type !== 'speech' && !afterBreak) return null;
    // "…,” the mayor said, adding that …": the source of the cue before, in the same sentence;
    // "Trump attacked Clinton, saying …": the subject of the sentence
    if (previous?.subject && sameSentence(tokens, previous.cueLast, i)) {
      return { cueFirst: i, cueLast: i, subject: previous.subject, side: 'left', type };
    }
    return { cueFirst: i, cueLast: i, subject: sentenceSubject(tokens, i), side: 'left', type };
  }
  // "Dick Dever, who was listed on the slate, told POLITICO": the name before the clause
  const appositive = afterBreak && prev?.post.trim() === ',' ? nounPhraseLeft(tokens, i - 1) : null;
  if (appositive && has(tokens[appositive[1]], 'ProperNoun')) return { cueFirst: i, cueLast: i, subject: appositive, side: 'left', type };
  // "…, told POLITICO" is no inversion; "“…?” asked the boy" is
  const quoteBefore = prev !== undefined && CLOSING_MARK.test(prev.post);
  if (afterBreak && (type === 'speech' || type === 'quote-only') && !breaksAfter(t) && (quoteBefore || !cueLexicon().listener.has(t.normal))) {
    // "“…,” said Blinken"
    const right = nounPhraseRight(tokens, i + 1);
    // "Roe, a professor, said he never saw …": a pronoun after the cue starts the content
    const pronoun = right !== null && right[0] === right[1] && isSubjectPronoun(tokens[right[0]]!);
    if (right && (!pronoun || quoteBefore)) return { cueFirst: i, cueLast: i, subject: right, side: 'right', type };
  }
  // "Roe met Doe on Friday to discuss the plan": an infinitive's source is the sentence's subject
  if (prev?.normal === 'to' && !breaksAfter(prev)) {
    return { cueFirst: i, cueLast: i, subject: sentenceSubject(tokens, i), side: 'left', type };
  }
  // "Wealth-X keeps its finances a secret but says …": the subject of the first verb
  let c = i - 1;
  while (c > 0 && isSkippable(tokens[c]!) && !breaksAfter(tokens[c]!)) c--;
  const conj = tokens[c];
  if (conj && (conj.normal === 'and' || conj.normal === 'but') && !breaksAfter(conj)) {
    return { cueFirst: i, cueLast: i, subject: sentenceSubject(tokens, i), side: 'left', type };
  }
  return { cueFirst: i, cueLast: i, subject: nounPhraseLeft(tokens, i - 1) ?? looseSubject(tokens, i - 1), side: 'left', type };
}

const LEADING = new Set(['but', 'and', 'so', 'yet', 'or', 'while', 'although', 'because', 'if', 'when', 'as']);

/**
 * A looser subject when no plain noun phrase ends at the cue: the words since the clause
 * began, when they hold no verb ("Those close to him say", "One says", "another says").
 */
function looseSubject(tokens: Token[], end: number): [number, number] | null {
  // "… my family.¶Commenting on the deal, …": nothing of the sentence before is a subject
  if (end < 0 || endsSentence(tokens[end]!)) return null;
  let first = end;
  while (first > 0 && end - first < 10) {
    const p = tokens[first - 1]!;
    if (breaksAfter(p) || (has(p, 'Verb') && !has(p, 'Adjective') && !has(p, 'Noun'))) break;
    first--;
  }
  while (first <= end && (LEADING.has(tokens[first]!.normal) || has(tokens[first], 'Preposition'))) first++;
  if (first > end) return null;
  const span = tokens.slice(first, end + 1);
  const wordy = span.every((t) => !has(t, 'Verb') || has(t, 'Adjective') || has(t, 'Noun'));
  const named = span.some((t) => isNominal(t) || has(t, 'Value') || has(t, 'Determiner'));
  return wordy && named && !has(tokens[end], 'Preposition') ? [first, end] : null;
}

function sameSentence(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (endsSentence(tokens[k]!)) return false;
  return b - a < 40;
}
