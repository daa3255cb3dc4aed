/**
 * Statements with no quotation marks after a colon lead-in, the layout of government
 * press releases (where the marks were a block quote that plain text lost):
 *
 *     Foreign Secretary Jane Roe said:
 *
 *     I welcome the agreement reached today. It is an important step.
 *
 *     We will continue to work with our partners …
 *
 * The lead-in is a cue with a source and nothing after it but a listener, a medium or a
 * time ("told reporters:", "said in a statement:", "added on Monday:"), ending its
 * paragraph with a colon. The first paragraph after it is the statement; the next ones
 * continue it while they speak in the first person and attribute nothing to anyone else.
 * A paragraph that opens with a quotation mark (the quote rules handle it), a line with
 * no closing full stop (a heading: "Notes to editors"), a new lead-in or a quote of its
 * own ends the statement, and so does a limit: it never swallows the rest of an article.
 *
 * A bulleted list after the lead-in is the speaker's, item by item.
 *
 * Transcripts with no marks work the same way: "JANE ROE: We will …" is a turn of Jane
 * Roe's when two or more paragraphs open with such a label.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, Frame, PlacedQuote, QuoteAttribution, Statement, Token, TokenRange } from '../doc.js';
import { firstAtOrAfter } from '../sorted.js';
import { endsParagraph, has } from '../tokens.js';
import { leadInEnd } from './lead-in.js';

/** At most this many paragraphs make one statement. */
const MAX_PARAGRAPHS = 6;
/** A statement paragraph has at least this many words ("Thank you." is no statement). */
const MIN_WORDS = 3;

const COLON_BREAK = /:\s*\n/;
const OPENING_MARK = /["“„«]/;
// ". ", ".\n", ".”" … a paragraph that ends a sentence (headings do not)
const FINAL_STOP = /^[)\]]?[.!?…]/;

/** "I", "we'll", "our" (not the acronym "US"). */
export const isFirstPerson = (t: Token): boolean => lexicon().firstPerson.has(t.normal.replace(/['’].*$/, '')) && t.text !== 'US';

/** Find every colon-introduced statement (frames sorted by cue; quotes with their attributions). */
export function findStatements(doc: Doc, quotes: PlacedQuote[], attributions: QuoteAttribution[]): Statement[] {
  const { tokens, frames } = doc;
  const quoteAt = quoteStarts(quotes, attributions);
  // a transcript's speaker label ("JANE ROE: …") opens a turn of its own
  for (const f of frames) if (f.label) quoteAt.set(f.cue.first, null);
  const out: Statement[] = [];
  for (const f of frames) {
    const last = leadIn(doc, f);
    if (last < 0) continue;
    const pieces = paragraphsAfter(tokens, last + 1, frames, quoteAt, false);
    if (pieces.length > 0) out.push({ frame: f, pieces });
  }
  return [...out, ...labelStatements(tokens, frames, quoteAt)].sort((a, b) => a.pieces[0]!.first - b.pieces[0]!.first);
}

/**
 * Transcripts with no quotation marks: "JANE ROE: We will …" is Jane Roe's turn, when at
 * least two paragraphs open with a label (one "EMAIL: …" or "LOOK: …" line is no transcript).
 * First-person paragraphs with no label continue the turn.
 */
function labelStatements(tokens: readonly Token[], frames: readonly Frame[], quoteAt: Map<number, PlacedQuote | null>): Statement[] {
  const labels = frames.filter((f) => f.label && !OPENING_MARK.test(tokens[f.cue.first]!.pre) && !endsParagraph(tokens[f.cue.end - 1]!));
  if (labels.length < 2) return [];
  const out: Statement[] = [];
  for (const f of labels) {
    const a = f.cue.end;
    let b = a;
    while (b < tokens.length - 1 && !endsParagraph(tokens[b]!)) b++;
    if (a >= tokens.length || !isStatementParagraph(tokens, a, b, quoteAt)) continue;
    out.push({ frame: f, pieces: [{ first: a, end: b + 1 }, ...paragraphsAfter(tokens, b + 1, frames, quoteAt, true)] });
  }
  return out;
}

/** The last token of a lead-in ("Jane Roe said:" ending its paragraph), or -1. */
function leadIn(doc: Doc, f: Frame): number {
  if (!f.subject || f.noCue || f.label || (f.type !== 'speech' && f.type !== 'quote-only')) return -1;
  const { tokens } = doc;
  const last = doc.sentences[tokens[f.cue.first]!.sentence]!.end - 1;
  const t = tokens[last]!;
  if (!endsParagraph(t) || !COLON_BREAK.test(t.post) || last + 1 >= tokens.length) return -1;
  // nothing but a listener, a medium or a time between the cue and the colon
  return leadInEnd(tokens, f, last) > last ? last : -1;
}

/** Where a quotation that is no mere term begins (and, added later, where a transcript label stands). */
function quoteStarts(quotes: PlacedQuote[], attributions: QuoteAttribution[]): Map<number, PlacedQuote | null> {
  const at = new Map<number, PlacedQuote | null>();
  quotes.forEach((q, i) => {
    if (attributions[i]!.role !== 'term' && q.inner.first < q.inner.end) at.set(q.inner.first, q);
  });
  return at;
}

/** The statement's paragraphs from token `from` on (see the module comment). */
function paragraphsAfter(tokens: readonly Token[], from: number, frames: readonly Frame[], quoteAt: Map<number, PlacedQuote | null>, continuing: boolean): TokenRange[] {
  const pieces: TokenRange[] = [];
  let a = from;
  while (a < tokens.length && pieces.length < MAX_PARAGRAPHS) {
    let b = a;
    while (b < tokens.length - 1 && !endsParagraph(tokens[b]!)) b++;
    if (!isStatementParagraph(tokens, a, b, quoteAt)) break;
    // a bulleted list after the lead-in is the speaker's, item by item ("Roe also said:\n\n- …\n- …")
    const listed = !continuing && pieces.length > 0 && isBullet(tokens[from]!) && isBullet(tokens[a]!) && !reportsOthers(tokens, a, b, frames);
    if ((continuing || pieces.length > 0) && !listed && !(speaksFirstPerson(tokens, a, b) && !reportsOthers(tokens, a, b, frames))) break;
    pieces.push({ first: a, end: b + 1 });
    a = b + 1;
  }
  return pieces;
}

/** A paragraph of running text, tokens a to b, with no quotation of its own and no new lead-in. */
function isStatementParagraph(tokens: readonly Token[], a: number, b: number, quoteAt: Map<number, PlacedQuote | null>): boolean {
  if (OPENING_MARK.test(tokens[a]!.pre) || b - a + 1 < MIN_WORDS) return false;
  const tail = tokens[b]!.post;
  if (!FINAL_STOP.test(tail.trimStart()) || COLON_BREAK.test(tail)) return false;
  for (let k = a; k <= b; k++) if (quoteAt.has(k)) return false;
  return true;
}

/** A list item: a paragraph opened by a bullet ("- ", "• ", "* "). */
const BULLET = /^\s*[-•*–·▪]\s+$/;
export const isBullet = (t: Token): boolean => BULLET.test(t.pre);

function speaksFirstPerson(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (isFirstPerson(tokens[k]!)) return true;
  return false;
}

/** Does the paragraph report someone else's words ("The minister said …"): the writer speaks again. */
function reportsOthers(tokens: readonly Token[], a: number, b: number, frames: readonly Frame[]): boolean {
  for (let k = firstAtOrAfter(frames, (f) => f.cue.first, a); k < frames.length && frames[k]!.cue.first <= b; k++) {
    const f = frames[k]!;
    if (!f.subject || f.type !== 'speech' || f.noCue) continue;
    const head = tokens[f.subject.end - 1]!;
    if (!isFirstPerson(head) && !has(head, 'QuestionWord')) return true;
  }
  return false;
}
