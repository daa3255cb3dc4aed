/**
 * The content of an indirect attribution, in tokens of one sentence:
 * - after the cue: "X said (that) CONTENT", "X told reporters CONTENT",
 *   "X said in a statement that CONTENT", "according to X, CONTENT";
 * - before it: "CONTENT, X said.", "CONTENT, said X.", "CONTENT, according to X."
 * Thought verbs ("believes", "shows") need a clause after them: "that", or a verb.
 */
import type { Token } from '../02-parse.js';
import type { Frame } from './frames.js';
import { nounPhraseRight } from './noun-phrases.js';
import { cueLexicon } from './lexicon.js';
import { questionContent } from './question-frames.js';
import { breaksAfter, endsSentence, has, isNominal, isSkippable } from './tokens.js';

/** Sentence bounds per token, by this module's own rule: a sentence ends at . ! ? or a paragraph break. */
export interface Sentences {
  start: Int32Array;
  end: Int32Array;
}

/** Longer "sentences" are cut: no reported statement runs this long, and hostile input stays linear. */
const MAX_SENTENCE = 200;

/** Compute sentence bounds for every token in one pass each way. */
export function sentenceBounds(tokens: Token[]): Sentences {
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) {
    const s = start[i - 1]!;
    start[i] = endsSentence(tokens[i - 1]!) || i - s >= MAX_SENTENCE ? i : s;
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    end[i] = i < tokens.length - 1 && start[i + 1] === start[i] ? end[i + 1]! : i;
  }
  return { start, end };
}

const ADJUNCT_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'to', 'with', 'via', 'through', 'over']);
const MIN_CONTENT = 3;

/** Skip what stands between a cue and its content; returns the content's first token. */
function skipLeadIn(tokens: Token[], frame: Frame, sentEnd: number): { at: number; that: boolean } {
  let k = frame.side === 'right' && frame.subject ? frame.subject[1] + 1 : frame.cueLast + 1;
  const lex = cueLexicon();
  let that = false;
  if (lex.listener.has(tokens[frame.cueFirst]!.normal)) {
    // "told them", "told reporters", "told Fox News"
    const np = has(tokens[k], 'Pronoun') ? ([k, k] as [number, number]) : listener(tokens, k);
    if (np && np[1] <= sentEnd) k = np[1] + 1;
  }
  // After "that" the content has begun: "stated that approximately 10,000 troops" keeps its hedge.
  for (let guard = 0; k <= sentEnd && guard < 12 && !that; guard++) {
    const t = tokens[k]!;
    if (isSkippable(t) || has(t, 'Date')) k++;
    else if (timePhraseEnd(tokens, k) > k) k = timePhraseEnd(tokens, k);
    else if (ADJUNCT_PREPOSITIONS.has(t.normal) && adjunctEnd(tokens, k, sentEnd, lex.adjuncts) > k) {
      k = adjunctEnd(tokens, k, sentEnd, lex.adjuncts);
    } else if (t.normal === 'that' && !that) {
      that = true;
      k++;
    } else break;
  }
  return { at: k, that };
}

/**
 * Where the content of a frame would start: past a listener, a medium, a time and
 * "that" ("told reporters in a statement on Monday that …"). Past `sentEnd` when nothing is left.
 */
export function leadInEnd(tokens: Token[], frame: Frame, sentEnd: number): number {
  const { at, that } = skipLeadIn(tokens, frame, sentEnd);
  return that ? at - 1 : at;
}

/**
 * "said last week that …", "told reporters this morning …": the index after a time phrase at
 * `k`, or `k`. Not when a verb follows ("said last year was hard": the phrase is the subject).
 */
function timePhraseEnd(tokens: Token[], k: number): number {
  const { time, timeOpeners } = cueLexicon();
  const next = tokens[k + 1];
  let end = k;
  if (timeOpeners.has(tokens[k]!.normal) && next && (time.has(next.normal) || has(next, 'Date'))) end = k + 2;
  else if (time.has(tokens[k]!.normal)) end = k + 1;
  return end > k && !has(tokens[end], 'Verb') ? end : k;
}

/** "told reporters the deal …": the listener's noun phrase ends where a new one begins. */
function listener(tokens: Token[], k: number): [number, number] | null {
  const np = nounPhraseRight(tokens, k);
  if (!np) return null;
  for (let j = k + 1; j <= np[1]; j++) if (has(tokens[j], 'Determiner')) return j - 1 >= k ? [k, j - 1] : null;
  return np;
}

/** "in a statement", "on Twitter", "in an interview with CNN": the index after it, or `k`. */
function adjunctEnd(tokens: Token[], k: number, sentEnd: number, adjuncts: Set<string>): number {
  // "on Friday", "on Sept. 28"
  let date = k + 1;
  while (date <= sentEnd && (has(tokens[date], 'Date') || (date > k + 1 && has(tokens[date], 'Value')))) date++;
  if (date > k + 1) return date;
  const np = nounPhraseRight(tokens, k + 1);
  if (!np || np[1] > sentEnd) return k;
  const head = tokens[np[1]]!;
  const isMedium = adjuncts.has(head.normal) || has(head, 'Date') || has(head, 'ProperNoun');
  if (!isMedium) return k;
  let end = np[1] + 1;
  if (tokens[end]?.normal === 'with' || tokens[end]?.normal === 'on') {
    const more = nounPhraseRight(tokens, end + 1);
    if (more && more[1] <= sentEnd) end = more[1] + 1;
  }
  return end;
}

/** Does the span look like a clause: a noun phrase, then a verb within a few words? */
function hasClause(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from]!;
  const opener = isNominal(first) || first.normal === 'there' || has(first, 'Pronoun') || has(first, 'Determiner') || has(first, 'Adjective') || has(first, 'Possessive') || has(first, 'Value');
  if (!opener) return false;
  for (let k = from + 1; k <= to && k < from + 8; k++) if (has(tokens[k], 'Verb')) return true;
  return false;
}

const RELATIVE = new Set(['which', 'what', 'who', 'whom']);

/** The content tokens [first, last] of a frame, or null when it has none. */
export function frameContent(tokens: Token[], frame: Frame, sentences: Sentences): [number, number] | null {
  const content = plainContent(tokens, frame, sentences);
  // "the rules, which officials said will apply …", "what Smith says the plan would do":
  // the relative word stands for what was said, so the content starts there
  const rel = frame.side === 'left' && frame.subject && !frame.noCue ? frame.subject[0] - 1 : -1;
  if (rel < 0 || !RELATIVE.has(tokens[rel]!.normal) || rel < sentences.start[frame.cueFirst]!) return content;
  return [rel, content && content[0] > frame.cueLast ? content[1] : frame.cueLast];
}

function plainContent(tokens: Token[], frame: Frame, sentences: Sentences): [number, number] | null {
  const sentStart = sentences.start[frame.cueFirst]!;
  const sentEnd = sentences.end[frame.cueFirst]!;
  if (frame.type === 'evidential') return [sentStart, sentEnd];
  if (frame.type === 'question') return frame.opener === undefined ? null : questionContent(tokens, frame.opener, sentEnd);
  // "Commenting on the deal, the minister said …": the participle's content ends at its comma
  if (frame.side === 'left' && frame.subject && frame.subject[0] > frame.cueLast) {
    return frame.subject[0] - 1 > frame.cueLast ? [frame.cueLast + 1, frame.subject[0] - 1] : null;
  }
  if (frame.nominal) {
    const np = nounPhraseRight(tokens, frame.cueLast + 1);
    return np && np[1] <= sentEnd ? np : null;
  }
  const before = frame.type === 'stance' ? null : contentBefore(tokens, frame, sentStart, 1);
  const { at, that } = skipLeadIn(tokens, frame, sentEnd);
  // "The museum, Mr. Obama said, would make visitors …": the source sits inside its content
  const sourceEnd = frame.side === 'right' && frame.subject ? frame.subject[1] : frame.cueLast;
  const commaAfter = tokens[sourceEnd]!.post.includes(',') || (at - 1 > sourceEnd && tokens[at - 1]!.post.includes(','));
  if (before && commaAfter && at <= sentEnd && frame.type !== 'according') return [sentStart, sentEnd];
  // "CONTENT, according to X, a former aide.": what follows the source's comma is its apposition
  if (frame.type === 'according' && long(before) && commaAfter && !continuesClause(tokens, at)) return before;
  if (sentEnd - at + 1 >= (that ? 2 : MIN_CONTENT) && !onlyTime(tokens, at, sentEnd)) {
    const infinitive = tokens[at]!.normal === 'to' && has(tokens[at + 1], 'Verb');
    if (frame.type === 'thought' && !that && !infinitive && !hasClause(tokens, at, sentEnd)) return long(before);
    if (frame.type === 'according' && !tokens[at - 1]?.post.includes(',')) return long(before);
    return [at, sentEnd];
  }
  return long(before);
}

const TIME_WORDS = new Set(['earlier', 'later', 'this', 'last', 'next', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'ago', 'today', 'yesterday', 'weekend']);

/** "…told POLITICO earlier this week.": nothing but a time phrase is left. */
function onlyTime(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!has(tokens[k], 'Date') && !TIME_WORDS.has(tokens[k]!.normal)) return false;
  return true;
}

/** "The plan, according to X, would cost …": the sentence goes on with its verb after the source. */
function continuesClause(tokens: Token[], at: number): boolean {
  const verb = (t: Token | undefined) => has(t, 'Verb') && !has(t, 'Gerund');
  // "…, according to X, also said" / "…, according to X, more than twice …"
  return verb(tokens[at]) || (has(tokens[at], 'Adverb') && verb(tokens[at + 1]));
}

const long = (c: [number, number] | null): [number, number] | null => (c && c[1] - c[0] + 1 >= MIN_CONTENT ? c : null);

/** "CONTENT, X said." / "CONTENT, according to X.": the content before the source. */
function contentBefore(tokens: Token[], frame: Frame, sentStart: number, min: number): [number, number] | null {
  const lead = frame.side === 'left' && frame.subject ? frame.subject[0] : frame.cueFirst;
  // "Once we know more, we want to tell …": a verb between the source and its cue, so the
  // words before the source are another clause, not what was said
  if (frame.side === 'left' && frame.subject) {
    for (let k = frame.subject[1] + 1; k < frame.cueFirst; k++) if (has(tokens[k], 'Verb') && !has(tokens[k], 'Adjective') && !has(tokens[k], 'Noun')) return null;
  }
  // "…,” retired Air Force general Lloyd Newton said": a few words may precede the noun phrase found
  for (let k = lead - 1; k >= sentStart && k >= lead - 3; k--) {
    const t = tokens[k]!;
    if (t.post.includes(',')) return k - sentStart + 1 >= min ? [sentStart, k] : null;
    // "…, Blinken said the U.S. believes": another clause stands between
    if (breaksAfter(t) || (has(t, 'Verb') && !has(t, 'Adjective') && !has(t, 'Noun'))) return null;
  }
  return null;
}
