/**
 * Stage 6: quotes and who said them. Attribution frames (a cue and its source,
 * frames.ts) are found once over the token array; quotation-mark spans (marks.ts) are
 * placed on the tokens and each is attached to a frame (attribute.ts); statements with
 * no marks after a colon lead-in are found (statements.ts); every frame's source is
 * resolved to the entities of stage 4 (speaker.ts). Claims (stage 7) are built from what
 * this stage leaves on the document.
 *
 * Terms (quoted names and scare quotes nobody is said to have said) are left out of
 * `quotes`: they are not statements.
 */
import type { Quote, Speaker, Span } from '../../types.js';
import { type Doc, type Frame, fired, span, type Token, type TokenRange, tokenSpan } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleExample } from '../rules.js';
import { attributeAll, indexFrames, placeQuotes } from './attribute.js';
import { findFrames } from './frames.js';
import { scanQuoteMarks } from './marks.js';
import { SpeakerResolver } from './speaker.js';
import { findStatements } from './statements.js';

/** How a quote was attributed, as rule ids with examples (`--explain` shows them). */
export const QUOTE_RULES: readonly RuleExample[] = [
  { id: 'quote-after', example: '“We are ready,” Blinken said.' },
  { id: 'quote-before', example: 'Blinken said: “We are ready.”' },
  { id: 'quote-around', example: 'Blinken said the meeting was “a success for both sides”.' },
  { id: 'quote-inherit', example: '“We are ready,” Blinken said. “We have always been.”' },
  { id: 'quote-title', example: 'The game is out.\n\n“Super Fun Run” is divided into levels with a clear end point and a boss in each world.' },
  { id: 'quote-work-title', example: 'Jane Roe said so in her 2012 book, “An Ordinary Life.” So they stayed.' },
  { id: 'quote-lead-sentence', example: 'Charles Roe once summed up the danger with a metaphor. “It is termites in the woodwork.”' },
  { id: 'quote-next', example: 'The vote is near.\n\n“We will win the state.”\n\n“We have the votes,” Roe said.' },
  { id: 'quote-unattributed', example: 'The crowd grew.\n\n“We are ready for anything that comes.”' },
  { id: 'quote-heading', example: 'Here are the games.\n\n“Batman Arkham VR”\n\nYou are Batman.' },
  { id: 'quote-statement', example: 'Foreign Secretary Jane Roe said:\n\nI welcome the agreement reached today.' },
];

/** Stage 6: frames, quotes, statements and speakers. */
export function quotesStage(doc: Doc): void {
  const { tokens } = doc;
  doc.frames = findFrames(doc);
  if (doc.trace) for (const f of doc.frames) doc.trace.push(f.cueRule, f.rule);
  const spans = scanQuoteMarks(doc.text);
  doc.placed = placeQuotes(tokens, spans);
  doc.attributions = attributeAll(doc, doc.placed, indexFrames(tokens, doc.frames));
  doc.statements = findStatements(doc, doc.placed, doc.attributions);
  // a name inside a statement, like one inside quotation marks, is no antecedent for "he"
  const statementRanges = doc.statements.flatMap((s) => s.pieces.map((p) => ({ start: tokens[p.first]!.start, end: tokens[p.end - 1]!.end })));
  const resolver = new SpeakerResolver(doc, doc.entities, [...spans, ...statementRanges]);
  // in text order: earlier speakers are antecedents of later pronouns
  const withSource = doc.frames.filter((f) => f.subject).sort((a, b) => a.subject!.first - b.subject!.first);
  const quoted = quotedOffsets([...spans, ...statementRanges]);
  for (const f of withSource) doc.speakers.set(f, resolver.resolve(f.subject!, quoted(tokens[f.subject!.first]!.start)));

  const quotes: Quote[] = [];
  doc.placed.forEach((q, i) => {
    const a = doc.attributions[i]!;
    if (a.role === 'term') return;
    const rule: RuleId = a.how === 'none' ? 'quote-unattributed' : `quote-${a.how}`;
    quotes.push(quoteOf(doc, span(doc, q.start, q.end), a.role, a.frame, rule));
  });
  for (const s of doc.statements) {
    for (const piece of s.pieces) quotes.push(quoteOf(doc, pieceSpan(doc, piece), 'direct', s.frame, 'quote-statement'));
  }
  doc.quotes = quotes.sort((a, b) => a.start - b.start);
}

function quoteOf(doc: Doc, at: Span, kind: Quote['kind'], frame: Frame | null, rule: RuleId): Quote {
  fired(doc, rule);
  const quote: Quote = { ...at, kind, speaker: speakerOf(doc, frame), cue: cueSpan(doc, frame) };
  if (doc.options.explain) explainOn(quote, rule, frame);
  return quote;
}

/** With `explain`: the attribution rule, and the rules that read the cue and found the frame. */
export function explainOn(record: { rule?: string; cueRule?: string; frameRule?: string }, rule: RuleId, frame: Frame | null): void {
  record.rule = rule;
  if (frame) {
    record.cueRule = frame.cueRule;
    record.frameRule = frame.rule;
  }
}

/** Is an offset inside one of the ranges (quotation marks, statements)? Asked in increasing order. */
function quotedOffsets(ranges: { start: number; end: number }[]): (offset: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let r = 0;
  return (offset) => {
    while (r < sorted.length && sorted[r]!.end <= offset) r++;
    for (let k = r; k < sorted.length && sorted[k]!.start <= offset; k++) if (sorted[k]!.end > offset) return true;
    return false;
  };
}

/** The resolved speaker of a frame, or null. */
export function speakerOf(doc: Doc, frame: Frame | null): Speaker | null {
  return frame ? (doc.speakers.get(frame) ?? null) : null;
}

/** The cue's span (none for frames with no cue word). */
export function cueSpan(doc: Doc, frame: Frame | null): Span | null {
  return frame && !frame.noCue ? tokenSpan(doc, frame.cue) : null;
}

/** Where a statement paragraph ends, with its closing full stop (normalised offset). */
export function pieceEnd(tokens: readonly Token[], last: number): number {
  return tokens[last]!.end + /^[.!?…)\]]*/.exec(tokens[last]!.post)![0].length;
}

function pieceSpan(doc: Doc, piece: TokenRange): Span {
  return span(doc, doc.tokens[piece.first]!.start, pieceEnd(doc.tokens, piece.end - 1));
}
