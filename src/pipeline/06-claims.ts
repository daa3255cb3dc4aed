/**
 * Stage 6: who said what. Attribution frames (a cue and its source, quotes/frames.ts)
 * are found once over the token array; each quote is attached to a frame
 * (quotes/attribute.ts); every frame not used up by a direct quote gives an indirect
 * or mixed claim whose content comes from quotes/content.ts. Speakers are resolved to
 * the entities of 07-resolve (quotes/speaker.ts).
 *
 * Terms (quoted names and scare quotes nobody is said to have said) are left out of
 * `quotes`: they are not statements.
 */
import type { Claim, NumberMention, Quote, Speaker, Span } from '../types.js';
import type { QuoteSpan } from './05-quotes.js';
import type { DocContext } from './context.js';
import type { ResolvedEntity } from './07-resolve.js';
import { attributeAll, indexFrames, placeQuotes, type PlacedQuote, type QuoteAttribution } from './quotes/attribute.js';
import { frameContent, sentenceBounds } from './quotes/content.js';
import { type Frame, findFrames } from './quotes/frames.js';
import { SpeakerResolver } from './quotes/speaker.js';
import { findStatements, type Statement } from './quotes/statements.js';
import type { Token } from './02-parse.js';
import { firstAtOrAfter } from './sorted.js';

export interface Attributed {
  quotes: Quote[];
  claims: Claim[];
}

interface Draft {
  start: number;
  end: number;
  kind: Claim['kind'];
  frame: Frame | null;
}

/** Attribute every quote and build the claims: one per attribution, direct or indirect. */
export function attributeQuotes(
  ctx: DocContext,
  spans: QuoteSpan[],
  entities: ResolvedEntity[],
  numbers: NumberMention[],
): Attributed {
  const { tokens } = ctx.parsed;
  const frames = findFrames(tokens);
  const sentences = sentenceBounds(tokens);
  const placed = placeQuotes(tokens, spans);
  const attributions = attributeAll(tokens, placed, indexFrames(tokens, frames), sentences);
  const statements = findStatements(tokens, frames, placed, attributions, sentences);
  // a name inside a statement, like one inside quotation marks, is no antecedent for "he"
  const statementRanges = statements.flatMap((s) => s.pieces.map(([a, b]) => ({ start: tokens[a]!.start, end: tokens[b]!.end })));
  const resolver = new SpeakerResolver(ctx, entities, [...spans, ...statementRanges]);
  const speakerOf = resolveAll(ctx, resolver, frames);

  const quotes: Quote[] = [];
  placed.forEach((q, i) => {
    const a = attributions[i]!;
    if (a.role === 'term') return;
    const frame = a.frame;
    quotes.push({ ...ctx.span(q.start, q.end), kind: a.role, speaker: speakerOf(frame), cue: cueSpan(ctx, frame) });
  });
  for (const s of statements) {
    for (const [a, b] of s.pieces) quotes.push({ ...pieceSpan(ctx, a, b), kind: 'direct', speaker: speakerOf(s.frame), cue: cueSpan(ctx, s.frame) });
  }
  quotes.sort((a, b) => a.start - b.start);

  const inside = claimIndexes(entities, numbers);
  const drafts = [
    ...directDrafts(placed, attributions),
    ...statementDrafts(tokens, statements),
    ...indirectDrafts(tokens, frames, attributions, placed, sentences, statements),
  ];
  const claims = dropNested(drafts)
    .sort((a, b) => a.start - b.start)
    .map((d) => toClaim(ctx, d, speakerOf(d.frame), cueSpan(ctx, d.frame), inside));
  return { quotes, claims };
}

/** Resolve every frame's source in text order (earlier speakers are antecedents of later pronouns). */
function resolveAll(ctx: DocContext, resolver: SpeakerResolver, frames: Frame[]): (f: Frame | null) => Speaker | null {
  const memo = new Map<Frame, Speaker>();
  const ordered = frames.filter((f) => f.subject).sort((a, b) => a.subject![0] - b.subject![0]);
  for (const f of ordered) memo.set(f, resolver.resolve(ctx.parsed.tokens, f.subject![0], f.subject![1]));
  return (f) => (f ? memo.get(f) ?? null : null);
}

/** Where a statement paragraph ending at token `b` ends, with its closing full stop (normalised offset). */
function pieceEnd(tokens: Token[], b: number): number {
  return tokens[b]!.end + /^[.!?…)\]]*/.exec(tokens[b]!.post)![0].length;
}

function pieceSpan(ctx: DocContext, a: number, b: number): Span {
  return ctx.span(ctx.parsed.tokens[a]!.start, pieceEnd(ctx.parsed.tokens, b));
}

/** One direct claim per colon-introduced statement, over all its paragraphs. */
function statementDrafts(tokens: Token[], statements: Statement[]): Draft[] {
  return statements.map((s) => ({
    start: tokens[s.pieces[0]![0]]!.start,
    end: pieceEnd(tokens, s.pieces.at(-1)![1]),
    kind: 'direct',
    frame: s.frame,
  }));
}

function cueSpan(ctx: DocContext, f: Frame | null): Span | null {
  const { tokens } = ctx.parsed;
  return f && !f.noCue ? ctx.tokenSpan(tokens[f.cueFirst]!, tokens[f.cueLast]!) : null;
}

/** One claim per attributed direct quote; pieces of one attribution (split, continued) join. */
function directDrafts(placed: PlacedQuote[], attributions: QuoteAttribution[]): Draft[] {
  const drafts: Draft[] = [];
  let lastFrame: Frame | null = null;
  placed.forEach((q, i) => {
    const a = attributions[i]!;
    if (a.role !== 'direct') return;
    if (!a.frame) {
      // a statement nobody is named for is still a claim, with no speaker
      drafts.push({ start: q.start, end: q.end, kind: 'direct', frame: null });
      lastFrame = null;
      return;
    }
    const prev = drafts.at(-1);
    if (prev && a.frame === lastFrame && (a.how === 'inherit' || q.continues >= 0 || a.how === 'after')) prev.end = q.end;
    else drafts.push({ start: q.start, end: q.end, kind: 'direct', frame: a.frame });
    lastFrame = a.frame;
  });
  return drafts;
}

/** Claims from frames that no direct quote used up. */
function indirectDrafts(
  tokens: Token[],
  frames: Frame[],
  attributions: QuoteAttribution[],
  placed: PlacedQuote[],
  sentences: ReturnType<typeof sentenceBounds>,
  statements: Statement[],
): Draft[] {
  const used = new Set<Frame>(statements.map((s) => s.frame));
  attributions.forEach((a) => {
    if (a.frame && a.role === 'direct' && a.how !== 'inherit') used.add(a.frame);
  });
  const insideQuote = quotedTokens(tokens.length, placed, attributions);
  // a cue inside a statement is the speaker's, like one inside quotation marks
  for (const s of statements) for (const [a, b] of s.pieces) insideQuote.fill(1, a, b + 1);
  const claimable = (f: Frame) => (f.subject !== null || f.type === 'evidential' || f.type === 'question') && f.type !== 'quote-only' && !insideQuote[f.cueFirst];
  const contents = frames.map((f) => (claimable(f) ? frameContent(tokens, f, sentences) : null));
  // "In a separate readout, the State Department said …": the cue's own source wins
  const sources = new Set(frames.flatMap((f) => (f.subject && f.side === 'left' && !f.noCue ? [f.subject[0]] : [])));
  frames.forEach((f, i) => {
    const c = contents[i];
    if (c && f.noCue && f.type === 'according' && sources.has(c[0])) contents[i] = null;
  });
  // "…, the ministry said in a release.": where a trailing attribution starts, other contents stop
  const tails = new Set<number>();
  contents.forEach((c, i) => {
    if (c && c[1] < frames[i]!.cueFirst) tails.add(c[1] + 1);
  });
  const drafts: Draft[] = [];
  let qi = 0;
  frames.forEach((f, i) => {
    const content = contents[i];
    if (!content) return;
    if (f.type === 'evidential' && (used.has(f) || hasCueWithin(frames, content, f))) return;
    if (content[0] > f.cueFirst) content[1] = cutAtTail(tokens, content, tails);
    const start = tokens[content[0]]!.start;
    const end = tokens[content[1]]!.end;
    while (qi < placed.length && placed[qi]!.end <= start) qi++;
    const quoted = qi < placed.length && placed[qi]!.start < end && attributions[qi]!.role !== 'term';
    if (used.has(f)) return;
    drafts.push({ start, end, kind: quoted ? 'mixed' : 'indirect', frame: f });
  });
  return drafts;
}

/** Is there another frame with a source whose cue lies in the content? (An evidential yields to it.) */
function hasCueWithin(frames: Frame[], content: [number, number], self: Frame): boolean {
  // frames are sorted by cue: the first cue in the content, then on
  for (let k = firstAtOrAfter(frames, (f) => f.cueFirst, content[0]); k < frames.length && frames[k]!.cueFirst <= content[1]; k++) {
    if (frames[k] !== self && frames[k]!.subject !== null) return true;
  }
  return false;
}

/** Token flags: inside a quote that is a statement (a cue in there is the speaker's, not the writer's). */
function quotedTokens(n: number, placed: PlacedQuote[], attributions: QuoteAttribution[]): Uint8Array {
  const inside = new Uint8Array(n);
  placed.forEach((q, i) => {
    if (attributions[i]!.role !== 'term') inside.fill(1, q.first, q.last + 1);
  });
  return inside;
}

/** The content's last token, cut before a trailing attribution ("…, the ministry said"). */
function cutAtTail(tokens: Token[], content: [number, number], tails: Set<number>): number {
  for (let k = content[0] + 2; k < content[1]; k++) {
    if (tails.has(k + 1) && tokens[k]!.post.includes(',')) return k;
  }
  return content[1];
}

/** Drop a claim whose cue lies inside another claim's content ("X said the U.S. believes …"). */
function dropNested(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  let outer: Draft | null = null;
  for (const d of sorted) {
    if (outer && d.start >= outer.start && d.end <= outer.end && d.kind !== 'direct') continue;
    out.push(d);
    if (!outer || d.end > outer.end) outer = d;
  }
  return out;
}

/** Things with offsets, sorted by start, to list those inside a span by binary search. */
class SpanIndex<T> {
  private readonly items: { start: number; end: number; value: T }[];

  constructor(items: { start: number; end: number; value: T }[]) {
    this.items = items.sort((a, b) => a.start - b.start);
  }

  /** The values of the items that lie wholly inside [start, end). */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let k = firstAtOrAfter(this.items, (item) => item.start, start); k < this.items.length && this.items[k]!.start < end; k++) {
      if (this.items[k]!.end <= end) out.push(this.items[k]!.value);
    }
    return out;
  }
}

function toClaim(ctx: DocContext, d: Draft, speaker: Speaker | null, cue: Span | null, inside: ClaimIndexes): Claim {
  const content = ctx.span(d.start, d.end);
  return {
    content,
    kind: d.kind,
    speaker,
    cue,
    entities: [...new Set(inside.entities.within(content.start, content.end))],
    numbers: inside.numbers.within(content.start, content.end),
  };
}

interface ClaimIndexes {
  entities: SpanIndex<string>;
  numbers: SpanIndex<number>;
}

function claimIndexes(entities: ResolvedEntity[], numbers: NumberMention[]): ClaimIndexes {
  return {
    entities: new SpanIndex(entities.flatMap((e) => e.spans.map((m) => ({ start: m.start, end: m.end, value: e.id })))),
    numbers: new SpanIndex(numbers.map((n, i) => ({ start: n.start, end: n.end, value: i }))),
  };
}
