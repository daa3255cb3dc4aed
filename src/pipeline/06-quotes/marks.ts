/**
 * Quotation-mark spans in the normalised text, in one linear pass per paragraph.
 *
 * - straight `"` and curly `“ ”` (and `„ « »`) double quotes; the direction of a mark
 *   comes from its neighbours, so a mistyped curly quote still pairs;
 * - nested double quotes stay inside the outer span;
 * - a quote opened in a paragraph and not closed continues when the next paragraph
 *   opens with a mark (the news convention for quotes over several paragraphs); each
 *   paragraph gives one piece, linked to the piece before by `continues`;
 * - an opening mark never closed, with no quote paragraph after it, is dropped.
 */

/** A quote in offsets of the normalised text, before attribution. */
export interface QuoteSpan {
  /** Offsets including the quotation marks (an unclosed piece ends at its paragraph's end). */
  start: number;
  end: number;
  /** Set by attribution; the scanner leaves every span "direct". */
  kind: 'direct' | 'partial' | 'mixed';
  /** Index of the piece this one continues (a quote running over paragraphs), or -1. */
  continues: number;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);
/** Deeper nesting than this is broken input; marks past it are ignored. */
const MAX_DEPTH = 3;

const isSpace = (ch: string | undefined): boolean => ch === undefined || ch === ' ' || ch === '\n';
const OPEN_BEFORE = /[\s([{—–-]/;

/** Is the mark at `i` opening (true) or closing (false)? */
function opens(text: string, i: number, paraStart: number): boolean {
  const ch = text[i]!;
  const before = i > paraStart ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (OPENERS.has(ch)) return !(before !== undefined && !OPEN_BEFORE.test(before) && isSpace(after));
  if (CLOSERS.has(ch)) return before === undefined || (OPEN_BEFORE.test(before) && !isSpace(after));
  // straight quote: opening at a paragraph start or after a space/bracket, unless a space follows it
  if (before === undefined || OPEN_BEFORE.test(before)) return !isSpace(after);
  return false;
}

const isMark = (ch: string): boolean => ch === '"' || OPENERS.has(ch) || CLOSERS.has(ch);

/** Find quotation-mark spans; see the module comment. */
export function scanQuoteMarks(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let paraStart = 0;
  // An unclosed piece from the paragraph before, waiting for a quote paragraph.
  let pending: QuoteSpan | null = null;
  while (paraStart <= text.length) {
    let paraEnd = text.indexOf('\n', paraStart);
    if (paraEnd < 0) paraEnd = text.length;
    const lead = firstNonSpace(text, paraStart, paraEnd);
    if (lead < paraEnd) {
      if (pending && !(isMark(text[lead]!) && opens(text, lead, paraStart))) drop(spans, pending);
      pending = scanParagraph(text, paraStart, paraEnd, spans, pending);
    }
    paraStart = paraEnd + 1;
  }
  if (pending) drop(spans, pending);
  return spans;
}

/** Remove an unclosed piece that nothing continued (and the pieces it continued stay). */
function drop(spans: QuoteSpan[], pending: QuoteSpan): void {
  if (pending.continues < 0 && spans.at(-1) === pending) spans.pop();
}

function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && text[i] === ' ') i++;
  return i;
}

/** Scan one paragraph; returns the unclosed piece that may continue into the next. */
function scanParagraph(text: string, from: number, to: number, spans: QuoteSpan[], pending: QuoteSpan | null): QuoteSpan | null {
  let depth = 0;
  let open = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (!isMark(ch)) continue;
    if (opens(text, i, from)) {
      if (depth === 0) open = i;
      if (depth < MAX_DEPTH) depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) spans.push(piece(open, i + 1, spans, pending, open === firstNonSpace(text, from, to)));
      if (depth === 0) pending = null;
    }
  }
  if (depth === 0) return null;
  const end = trimEnd(text, open, to);
  if (end - open < 2) return null;
  const span = piece(open, end, spans, pending, open === firstNonSpace(text, from, to));
  spans.push(span);
  return span;
}

function piece(start: number, end: number, spans: QuoteSpan[], pending: QuoteSpan | null, atParaStart: boolean): QuoteSpan {
  const continues = pending && atParaStart ? spans.indexOf(pending) : -1;
  return { start, end, kind: 'direct', continues };
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && text[end - 1] === ' ') end--;
  return end;
}
