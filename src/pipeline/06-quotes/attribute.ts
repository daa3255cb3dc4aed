/**
 * Attach each quotation-mark span to its attribution frame:
 * - after the quote: "“…,” it said", "“…,” said Blinken", "“…,” Smith, an aide, said";
 * - before it: "Blinken said: “…”", "According to X, “…”", and a colon lead-in closing
 *   the paragraph before ("The New York Times reports:");
 * - around it, for quoted words inside reported speech: Blinken stated that … “legitimate” …;
 * - no frame of its own: a quote that follows an attributed quote in the same paragraph,
 *   or opens the next one, continues it ("Part one," he said. "Part two.").
 * The quote's kind comes from where it stands: a whole sentence or after a lead-in is
 * direct; quoted words running to the end of reported speech are mixed; a few quoted
 * words inside the writer's sentence are partial. A partial quote that names a thing
 * (the “two plus two” meeting) or that nobody is said to have said is a term.
 */
import { type Doc, fired, type Frame, type PlacedQuote, type QuoteAttribution, type QuoteRole, type Token } from '../doc.js';
import { firstAtOrAfter } from '../sorted.js';
import { endsParagraph, endsSentence, has, hasAny, isFunctionWord, joinedByHyphen } from '../tokens.js';
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { hasFiniteVerb, isFiniteAt } from './clauses.js';
import { leadInEnd } from './lead-in.js';
import { breaksAfter, isNominal } from './predicates.js';
import { nounPhraseRight } from './noun-phrases.js';
import { inPerson } from './sources.js';

/** How far after a quote its cue may stand: past a long appositive ("…,” Roe, a tax lawyer and senior fellow at …, told me). */
const AFTER_WINDOW = 40;
/** How many quotes or frames back a quote may look for its source (keeps hostile input linear). */
const LOOKBACK = 50;
const BEFORE_WINDOW = 10;
/** Quoted words up to this many, inside a sentence, may be a term. */
const TERM_WORDS = 4;

/** Place quote spans on tokens (both sorted; one pass). */
export function placeQuotes(tokens: readonly Token[], spans: { start: number; end: number; continues: number }[]): PlacedQuote[] {
  const out: PlacedQuote[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.end <= s.end) end++;
    out.push({ start: s.start, end: s.end, inner: { first: k, end }, continues: s.continues });
  }
  return out;
}

/** The last token of the sentence holding token `i`. */
const sentenceLast = (doc: Doc, i: number): number => doc.sentences[doc.tokens[i]!.sentence]!.end - 1;
/** The first token of the sentence holding token `i`. */
const sentenceFirst = (doc: Doc, i: number): number => doc.sentences[doc.tokens[i]!.sentence]!.first;

/** Attribute every quote to a frame of the index (see the module comment). */
export function attributeAll(doc: Doc, quotes: PlacedQuote[], index: FrameIndex): QuoteAttribution[] {
  const { tokens } = doc;
  const frameAt = index.at;
  const out: QuoteAttribution[] = [];
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.inner.first >= q.inner.end) {
      out.push({ role: 'term', frame: null, how: 'none' });
      continue;
    }
    // "“Thumper”" alone on its line: a title heading a section, not words someone said
    if (isHeading(tokens, q)) {
      fired(doc, 'quote-heading');
      out.push({ role: 'term', frame: null, how: 'none' });
      continue;
    }
    const prevEnd = i > 0 ? quotes[i - 1]!.inner.end : 0;
    const nextStart = i + 1 < quotes.length ? quotes[i + 1]!.inner.first : tokens.length;
    const label = frameAt.get(q.inner.first);
    if (label?.label) {
      out.push({ role: 'direct', frame: label, how: 'before' });
      continue;
    }
    const lead = tokens[q.inner.first - 1];
    const startsSentence = !lead || endsSentence(tokens, lead) || lead.post.includes(':');
    const after = findAfter(doc, q, frameAt, nextStart);
    const before = findBefore(tokens, q, frameAt, prevEnd);
    const leadIn = before !== null && /[:,]/.test(lead?.post ?? '');
    // "in his 2012 book, “An American Son.”": a title right after a word for a work, not words someone said
    if (afterWorkNoun(tokens, q)) {
      fired(doc, 'quote-work-title');
      out.push({ role: 'term', frame: null, how: 'none' });
      continue;
    }
    // "“Super Fun Run” is divided into levels": a title as the sentence's subject, not words someone said
    if (startsSentence && !after && isTitleSubject(tokens, q)) {
      fired(doc, 'quote-title');
      out.push({ role: 'term', frame: null, how: 'none' });
      continue;
    }
    if (startsSentence || leadIn || isStatement(tokens, q)) {
      // "“…,” he said" ends with a comma inside the marks: the cue follows
      const frame = COMMA_CLOSE.test(tokens[q.inner.end - 1]!.post) ? (after ?? before) : (before ?? after);
      if (frame) out.push({ role: 'direct', frame, how: frame === after ? 'after' : 'before' });
      else out.push(inherit(doc, quotes, out, i, index));
      continue;
    }
    out.push(inside(doc, q, frameAt, after ?? before));
  }
  for (let i = 0; i + 1 < quotes.length; i++) if (out[i]!.how === 'none' && out[i]!.role === 'direct') out[i] = next(doc, quotes, out, i, index);
  if (index.made.length > 0) doc.frames = mergeByCue(doc.frames, index.made);
  return out;
}

/** Two lists of frames sorted by cue, merged into one (the frames made for lead sentences join the others once). */
function mergeByCue(a: readonly Frame[], b: readonly Frame[]): Frame[] {
  const out: Frame[] = [];
  let j = 0;
  for (const f of a) {
    while (j < b.length && b[j]!.cue.first < f.cue.first) out.push(b[j++]!);
    out.push(f);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * A quote paragraph nobody is named for, right before a quote paragraph attributed after its
 * closing mark, is that speaker's ("Roe is upbeat. ¶ “We will win.” ¶ “We have the votes,” Roe says.").
 */
function next(doc: Doc, quotes: PlacedQuote[], done: QuoteAttribution[], i: number, index: FrameIndex): QuoteAttribution {
  const { tokens } = doc;
  const q = quotes[i]!;
  const n = quotes[i + 1]!;
  const opensParagraph = q.inner.first === 0 || endsParagraph(tokens[q.inner.first - 1]!);
  const closesParagraph = endsParagraph(tokens[q.inner.end - 1]!);
  const nextOpens = endsParagraph(tokens[n.inner.first - 1]!) && index.paragraph[n.inner.first] === index.paragraph[q.inner.first]! + 1;
  const a = done[i + 1]!;
  return opensParagraph && closesParagraph && nextOpens && a.how === 'after' && a.frame ? { role: 'direct', frame: a.frame, how: 'next' } : done[i]!;
}

const COMMA_CLOSE = /^[,?!—–-]/;
/** A full stop right after the closing mark, or inside it ("price.”", British "price”."). */
const STOP_CLOSE = /^["”’']?[.!?]/;
const STOP = /[.!?]/;

/** Quoted words that hold a sentence of their own (eight words or more, with a full stop). */
function isStatement(tokens: readonly Token[], q: PlacedQuote): boolean {
  if (q.inner.end - q.inner.first < 8) return false;
  // "… said the plan was “a disaster for every family in the state.”" is mixed, not a statement
  const capital = /^\p{Lu}/u.test(tokens[q.inner.first]!.text);
  for (let k = q.inner.first; k < q.inner.end; k++) if (STOP.test(tokens[k]!.post) && (capital || k < q.inner.end - 1)) return true;
  return false;
}

/** A cue right after the quote with its source between: "“…,” it said". */
function findAfter(doc: Doc, q: PlacedQuote, frameAt: Map<number, Frame>, nextStart: number): Frame | null {
  const { tokens } = doc;
  const closing = tokens[q.inner.end - 1]!;
  const from = q.inner.end;
  // "“…”¶— Jane Roe, after the speech": a dash line under the quote names its source
  if (frameAt.get(from)?.rule === 'frame-dash') return frameAt.get(from)!;
  if (endsParagraph(closing)) return null;
  // "“….” He said …" starts a new sentence; "“…?” she asked" does not
  const newSentence = STOP_CLOSE.test(closing.post) && !/^[a-z]/.test(tokens[from]?.text ?? '');
  for (let k = from; k < tokens.length && k < nextStart && k - from < AFTER_WINDOW; k++) {
    const f = frameAt.get(k);
    // a colon lead-in introduces what follows the colon, never a quote before it
    if (f?.rule === 'frame-colon') continue;
    const tail = f?.subject ? tokens[Math.max(k, f.subject.end - 1)]! : undefined;
    // "“Stop!” Smith said last week.": only a time, medium or listener after the cue, so no new content
    const alone = (g: Frame) => endsSentence(tokens, tail!) || tail!.index === tokens.length - 1 || leadInEnd(tokens, g, sentenceLast(doc, k)) > sentenceLast(doc, k);
    // "“… who knows?” Roe told the station …": after ? or ! a name and its cue right there attribute it
    const tight = (g: Frame) => (g.side === 'right' && k === from) || (g.side === 'left' && g.subject!.first === from && g.subject!.end >= g.cue.first);
    if (f && f.subject && tail && (!newSentence || alone(f) || (/^[?!]/.test(closing.post) && tight(f)))) {
      if (f.side === 'right' && k === from) return f;
      // "“…,” Tulsa police Chief Chuck Jordan said": a few words may precede the noun phrase found
      if (f.side === 'left' && f.subject.first >= from && f.subject.first - from <= 3 && !breaksBetween(tokens, from, f.subject.first)) return f;
      // "“…,” the White House press secretary, Josh Earnest, said": the source closes an appositive chain
      if (f.side === 'left' && f.subject.first > from && appositiveChain(tokens, from, f.subject.first)) return f;
    }
    if (endsSentence(tokens, tokens[k]!)) break;
  }
  return null;
}

/**
 * Words from `from` to `to` that name a source in pieces separated by commas, with no verb
 * of their own outside a relative clause ("the press secretary, Josh Earnest,", "Harry Roe,
 * 30, of Leeds, who was polled,"), and at least one comma or "and".
 */
function appositiveChain(tokens: readonly Token[], from: number, to: number): boolean {
  let comma = false;
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (endsSentence(tokens, t) || /["“”;:()—–]| -/.test(t.post)) return false;
    // (a relative clause set off by a comma: ", who was among those polled,")
    if (lexicon().clauseRelatives.has(t.normal) && k > from && tokens[k - 1]!.post.includes(',')) relative = true;
    else if (!relative && isFiniteAt(tokens, k) && !modifier(tokens, k)) return false;
    // ("“…,” Jane Roe and Tom Brown wrote": names joined by "and" too)
    comma ||= t.post.includes(',') || (t.normal === 'and' && k > from);
  }
  return comma;
}

/** "the bespectacled, 71-year-old diplomat", "a retired worker": a participle before a noun or after an article. */
const modifier = (tokens: readonly Token[], k: number): boolean =>
  has(tokens[k], 'PastTense') && !hasAny(tokens[k], ['Copula', 'Modal']) &&
  (has(tokens[k], 'Adjective') || hasAny(tokens[k - 1], ['Determiner', 'Adjective', 'Possessive']) || isNominal(tokens[k + 1] ?? tokens[k]!));

function breaksBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (breaksAfter(tokens, tokens[k]!)) return true;
  return false;
}

/** A cue before the quote with only a lead-in between: "Blinken said: “…”". */
function findBefore(tokens: readonly Token[], q: PlacedQuote, frameAt: Map<number, Frame>, prevEnd: number): Frame | null {
  const lead = tokens[q.inner.first - 1];
  // only a colon, a comma, the cue itself or "that" may stand right before the quote
  if (!lead || !(/[:,]/.test(lead.post) || frameAt.has(q.inner.first - 1) || lead.normal === 'that')) return null;
  if (endsSentence(tokens, lead) && !lead.post.includes(':')) return null;
  for (let k = q.inner.first - 1; k >= prevEnd && q.inner.first - k <= BEFORE_WINDOW; k--) {
    const f = frameAt.get(k) ?? (tokens[k]!.normal === 'to' ? frameAt.get(k - 1) : undefined);
    if (f && f.subject) return f;
    if (k < q.inner.first - 1 && endsSentence(tokens, tokens[k]!) && !(endsParagraph(tokens[k]!) && tokens[k]!.post.includes(':'))) break;
    // (the second half of a hyphenated word is no verb: "its in-state director")
    if (k < q.inner.first - 1 && has(tokens[k], 'Verb') && !has(tokens[k], 'Noun') && !frameAt.has(k) && !(k > 0 && joinedByHyphen(tokens[k - 1]!, tokens[k]!))) break;
  }
  return null;
}

/** A quote with no frame of its own takes the latest source before it: in its paragraph, or
 * in the paragraph before when it opens its own ("…,” Collins told MSNBC. ¶ “So the best way …”). */
function inherit(doc: Doc, quotes: PlacedQuote[], done: QuoteAttribution[], i: number, index: FrameIndex): QuoteAttribution {
  const { tokens } = doc;
  const q = quotes[i]!;
  const para = index.paragraph;
  const opensParagraph = q.inner.first === 0 || endsParagraph(tokens[q.inner.first - 1]!);
  const lowest = para[q.inner.first]! - (opensParagraph || q.continues >= 0 ? 1 : 0);
  let best: Frame | null = null;
  let bestAt = -1;
  for (let j = i - 1; j >= 0 && i - j <= LOOKBACK; j--) {
    const p = quotes[j]!;
    const paragraphOf = para[p.inner.first];
    if (paragraphOf !== undefined && paragraphOf < lowest) break;
    const a = done[j]!;
    if (a.frame && a.role !== 'term') {
      [best, bestAt] = [a.frame, p.inner.first];
      break;
    }
  }
  const from = lastFrameBefore(index.sorted, q.inner.first);
  // a frame counts only past the sentence of the quote's own attribution ("…,” added Weaver,
  // speaking after the senator spoke. “…”: "spoke" is not the next quote's source)
  const after = best ? sentenceLast(doc, Math.max(best.cue.first, best.subject ? best.subject.end - 1 : 0)) : -1;
  for (let k = from; k >= 0 && from - k <= LOOKBACK; k--) {
    const f = index.sorted[k]!;
    if (para[f.cue.first]! < lowest || f.cue.first <= after) break;
    // "“… just like I said. …” ¶ “Next part.”": a cue inside a quote is the quoted speaker's words
    if (!f.subject || f.label || insideQuote(quotes, done, i, f.cue.first)) continue;
    if (f.cue.first > bestAt) [best, bestAt] = [f, f.cue.first];
    break;
  }
  if (best) return { role: 'direct', frame: best, how: 'inherit' };
  const lead = leadSentence(doc, quotes, i, index);
  return lead ? { role: 'direct', frame: lead, how: 'before' } : { role: 'direct', frame: null, how: 'none' };
}

/**
 * "Charles Roe once summed up the danger with a metaphor. “It’s termites in the woodwork.”": a quote
 * nobody is named for, right after a sentence of its paragraph whose subject is a person's name and
 * which holds no quotation and no cue of its own, is that person's. The frame made for it (no cue
 * word) joins the document's frames after attribution, so its source is resolved like any other.
 */
function leadSentence(doc: Doc, quotes: PlacedQuote[], i: number, index: FrameIndex): Frame | null {
  const { tokens } = doc;
  const q = quotes[i]!;
  const last = tokens[q.inner.first - 1];
  if (!last || endsParagraph(last) || !endsSentence(tokens, last)) return null;
  const first = sentenceFirst(doc, last.index);
  if (i > 0 && quotes[i - 1]!.end > tokens[first]!.start) return null;
  const cueBefore = index.sorted[lastFrameBefore(index.sorted, q.inner.first)];
  if (cueBefore && cueBefore.cue.first >= first) return null;
  // the sentence opens with the person's name ("Charles Roe, a former adviser, once …")
  const subject = nounPhraseRight(tokens, first);
  if (!subject || subject.end > last.index || !inPerson(doc, tokens[subject.end - 1]!) || !hasFiniteVerb(tokens, subject.end, last.index)) return null;
  fired(doc, 'quote-lead-sentence');
  const frame: Frame = { cue: { first: subject.end, end: subject.end + 1 }, subject, noCue: true, side: 'left', type: 'speech', cueRule: 'quote-lead-sentence', rule: 'quote-lead-sentence' };
  index.made.push(frame);
  return frame;
}

/** Does token `at` lie inside one of the quotes before quote `i` that is a statement (not a term)? */
function insideQuote(quotes: PlacedQuote[], done: QuoteAttribution[], i: number, at: number): boolean {
  const j = firstAtOrAfter(quotes, (q) => q.inner.first, at + 1) - 1;
  return j >= 0 && j < i && quotes[j]!.inner.end > at && done[j]!.role !== 'term';
}

/** Index of the last frame whose cue is before token `at`, or -1. */
function lastFrameBefore(sorted: readonly Frame[], at: number): number {
  return firstAtOrAfter(sorted, (f) => f.cue.first, at) - 1;
}

/** Frames by cue token, sorted, and the paragraph number of every token. */
export interface FrameIndex {
  at: Map<number, Frame>;
  sorted: readonly Frame[];
  paragraph: Int32Array;
  /** Frames made for quotes after a lead sentence (no cue word), in text order; they join the document's frames at the end. */
  made: Frame[];
}

/** Build the frame index for a document (frames sorted by cue). */
export function indexFrames(tokens: readonly Token[], frames: readonly Frame[]): FrameIndex {
  const paragraph = new Int32Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) paragraph[i] = paragraph[i - 1]! + (endsParagraph(tokens[i - 1]!) ? 1 : 0);
  return { at: new Map(frames.map((f) => [f.cue.first, f])), sorted: frames, paragraph, made: [] };
}

/** A quote inside a sentence: partial, mixed or a term; its frame is the sentence's. */
function inside(doc: Doc, q: PlacedQuote, frameAt: Map<number, Frame>, after: Frame | null): QuoteAttribution {
  const { tokens } = doc;
  const s = sentenceFirst(doc, q.inner.first);
  const e = sentenceLast(doc, q.inner.end - 1);
  let frame: Frame | null = after;
  for (let k = q.inner.first - 1; !frame && k >= s; k--) {
    const f = frameAt.get(k);
    if (f?.subject) frame = f;
  }
  for (let k = q.inner.end; !frame && k <= e; k++) {
    const f = frameAt.get(k);
    if (f?.subject) frame = f;
  }
  const words = q.inner.end - q.inner.first;
  const runsToEnd = q.inner.end - 1 >= e || endsSentence(tokens, tokens[q.inner.end - 1]!) || (after !== null && after.cue.first >= q.inner.end);
  const role: QuoteRole = runsToEnd && words > TERM_WORDS ? 'mixed' : 'partial';
  if (!frame || (words <= TERM_WORDS && isTerm(tokens, q))) return { role: 'term', frame: null, how: 'none' };
  return { role, frame, how: 'around' };
}

/** Longest title heading a section, in words ("“Until Dawn: Rush of Blood”"), and longest line it heads. */
const HEADING_WORDS = 6;
const HEADING_LINE = 12;

/** A quote of Title Case words with no stop, opening a short line: a heading ("“Thumper” ($20)"). */
function isHeading(tokens: readonly Token[], q: PlacedQuote): boolean {
  const before = tokens[q.inner.first - 1];
  const closing = tokens[q.inner.end - 1]!;
  if (q.inner.end - q.inner.first > HEADING_WORDS || (before && !endsParagraph(before)) || STOP.test(closing.post) || /,/.test(closing.post)) return false;
  let k = q.inner.end - 1;
  while (k < tokens.length - 1 && k - q.inner.first < HEADING_LINE && !endsParagraph(tokens[k]!)) k++;
  return (endsParagraph(tokens[k]!) || k === tokens.length - 1) && k - q.inner.first < HEADING_LINE && isTitled(tokens, q);
}

/** A few Title Case words in marks with nothing after the closing mark but the sentence going on. */
function isTitleSubject(tokens: readonly Token[], q: PlacedQuote): boolean {
  const closing = tokens[q.inner.end - 1]!;
  const next = tokens[q.inner.end];
  // ("“Top secret” is the highest level of classification": a term a copula defines, in any case)
  return q.inner.end - q.inner.first <= TERM_WORDS && !/[^\s"”’']/.test(closing.post) && next !== undefined && !endsSentence(tokens, closing) && (isTitled(tokens, q) || has(next, 'Copula'));
}

/** Longest title after a word for a work, in words ("Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard"). */
const WORK_TITLE_WORDS = 14;

/** Is the quotation a Title Case title right after a word for a work and at most a comma ("her memoir, “Tough Choices.”")? */
function afterWorkNoun(tokens: readonly Token[], q: PlacedQuote): boolean {
  const before = tokens[q.inner.first - 1];
  return before !== undefined && lexicon().workNouns.has(before.normal) && /^,?\s*["“'‘]*$/u.test(before.post) && q.inner.end - q.inner.first <= WORK_TITLE_WORDS && isTitleCase(tokens, q);
}

/** Every word in capitals, short or a function word ("The Extraordinary Communities that Arise in Disaster"). */
const isTitleCase = (tokens: readonly Token[], q: PlacedQuote): boolean => tokens.slice(q.inner.first, q.inner.end).every((t) => isTitledWord(t) || isFunctionWord(t));

/** A word in capitals or a short one ("Rush of Blood"). */
const isTitledWord = (t: Token): boolean => /^[\p{Lu}0-9]/u.test(t.text) || t.text.length <= 3;

/** Every word in capitals or short ("Rush of Blood"). */
const isTitled = (tokens: readonly Token[], q: PlacedQuote): boolean => tokens.slice(q.inner.first, q.inner.end).every(isTitledWord);

/** A name, not words someone said: Title Case words, or a nominal phrase used before a noun. */
function isTerm(tokens: readonly Token[], q: PlacedQuote): boolean {
  const words = tokens.slice(q.inner.first, q.inner.end);
  if (isTitled(tokens, q)) return true;
  const nominal = words.every((t) => !has(t, 'Adjective') && !has(t, 'Verb') && !has(t, 'Adverb'));
  const next = tokens[q.inner.end];
  // "their “two plus two” meeting": compromise may read the noun after it as a gerund
  const nounNext = next !== undefined && (has(next, 'Noun') || has(next, 'Gerund')) && !has(next, 'Pronoun');
  return nominal && nounNext && !/[,.;:!?]/.test(tokens[q.inner.end - 1]!.post);
}
