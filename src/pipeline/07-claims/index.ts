/**
 * Stage 7: claims, one per attribution. A direct quote (or a run of quote pieces with
 * one source) is a direct claim; a statement with no marks is a direct claim; every
 * frame not used up by a direct quote gives an indirect or mixed claim whose content
 * comes from content.ts. A claim lists the entities and numbers inside its content.
 */
import type { Claim, Span } from '../../types.js';
import { cueSpan, explainOn, pieceEnd, speakerOf } from '../06-quotes/index.js';
import { isBullet } from '../06-quotes/statements.js';
import { type Doc, fired, type Frame, type PlacedQuote, type QuoteAttribution, span, type Token, type TokenRange } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleExample } from '../rules.js';
import { firstAtOrAfter } from '../sorted.js';
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { frameContent } from './content.js';
import { cueLemma, isNegated } from './cue.js';

interface Draft {
  start: number;
  end: number;
  kind: Claim['kind'];
  frame: Frame | null;
  rule: RuleId;
}

/** How direct claims are made, as rule ids with examples (`--explain` shows them). */
export const CLAIM_RULES: readonly RuleExample[] = [
  { id: 'claim-direct-quote', example: '“We are ready,” Blinken said.' },
  { id: 'claim-statement', example: 'Foreign Secretary Jane Roe said:\n\nI welcome the agreement reached today.' },
  { id: 'content-next-source', example: 'Trump said the wall would be built, and Clinton said it would never happen.' },
];

/** Stage 7: the claims of the document. */
export function claimsStage(doc: Doc): void {
  const { tokens, placed, attributions, statements } = doc;
  const drafts = [
    ...directDrafts(placed, attributions),
    // a statement is one claim; a bulleted list, one claim per item
    ...statements.flatMap((s): Draft[] =>
      (s.pieces.every((p) => isBullet(tokens[p.first]!)) ? s.pieces.map((p) => [p]) : [s.pieces]).map((pieces) => ({
        start: tokens[pieces[0]!.first]!.start,
        end: pieceEnd(tokens, pieces.at(-1)!.end - 1),
        kind: 'direct',
        frame: s.frame,
        rule: 'claim-statement',
      })),
    ),
    ...indirectDrafts(doc),
  ];
  const inside = claimIndexes(doc);
  doc.claims = dropNested(drafts)
    .sort((a, b) => a.start - b.start)
    .map((d) => toClaim(doc, d, inside));
}

/**
 * Most words between two pieces of one speaker's quote that still make them one claim ("“Part one,”
 * he said. “Part two.”"); past it the words between are the writer's own ("…,” Roe wrote in a blog post
 * published Thursday, 21 months after …") and each piece is a claim of its own.
 */
const MAX_JOIN_GAP = 6;

/** One claim per attributed direct quote; pieces of one attribution (split, continued) join. */
function directDrafts(placed: PlacedQuote[], attributions: QuoteAttribution[]): Draft[] {
  const drafts: Draft[] = [];
  let lastFrame: Frame | null = null;
  let lastPiece: PlacedQuote | null = null;
  placed.forEach((q, i) => {
    const a = attributions[i]!;
    if (a.role !== 'direct') return;
    if (!a.frame) {
      // a statement nobody is named for is still a claim, with no speaker
      drafts.push({ start: q.start, end: q.end, kind: 'direct', frame: null, rule: 'claim-direct-quote' });
      lastFrame = null;
      lastPiece = q;
      return;
    }
    const prev = drafts.at(-1);
    const gap = lastPiece ? q.inner.first - lastPiece.inner.end : 0;
    if (prev && a.frame === lastFrame && (q.continues >= 0 || ((a.how === 'inherit' || a.how === 'after') && gap <= MAX_JOIN_GAP))) prev.end = q.end;
    else drafts.push({ start: q.start, end: q.end, kind: 'direct', frame: a.frame, rule: 'claim-direct-quote' });
    lastFrame = a.frame;
    lastPiece = q;
  });
  return drafts;
}

/** Claims from frames that no direct quote used up. */
function indirectDrafts(doc: Doc): Draft[] {
  const { tokens, frames, placed, attributions, statements } = doc;
  const used = new Set<Frame>(statements.map((s) => s.frame));
  attributions.forEach((a) => {
    if (a.frame && a.role === 'direct' && a.how !== 'inherit') used.add(a.frame);
  });
  const insideQuote = quotedTokens(tokens.length, placed, attributions);
  // a cue inside a statement is the speaker's, like one inside quotation marks
  for (const s of statements) for (const p of s.pieces) insideQuote.fill(1, p.first, p.end);
  const claimable = (f: Frame) => (f.subject !== null || f.type === 'evidential' || f.type === 'question') && f.type !== 'quote-only' && !insideQuote[f.cue.first];
  const contents = frames.map((f) => (claimable(f) ? frameContent(doc, f) : null));
  // "In a separate readout, the State Department said …": the cue's own source wins
  const sources = new Set(frames.flatMap((f) => (f.subject && f.side === 'left' && !f.noCue ? [f.subject.first] : [])));
  frames.forEach((f, i) => {
    const c = contents[i];
    if (c && f.noCue && f.type === 'according' && sources.has(c.content.first)) contents[i] = null;
  });
  // "…, the ministry said in a release.": where a trailing attribution starts, other contents stop
  const tails = new Set<number>();
  contents.forEach((c, i) => {
    if (c && c.content.end <= frames[i]!.cue.first) tails.add(c.content.end);
  });
  const drafts: Draft[] = [];
  let qi = 0;
  frames.forEach((f, i) => {
    const c = contents[i];
    if (!c) return;
    const content = c.content;
    if (f.type === 'evidential' && (used.has(f) || hasCueWithin(frames, content, f))) return;
    if (content.first > f.cue.first) content.end = cutAtNextSource(doc, contents, content, cutAtTail(tokens, content, tails));
    const start = tokens[content.first]!.start;
    const end = tokens[content.end - 1]!.end;
    while (qi < placed.length && placed[qi]!.end <= start) qi++;
    const quoted = qi < placed.length && placed[qi]!.start < end && attributions[qi]!.role !== 'term';
    if (used.has(f)) return;
    drafts.push({ start, end, kind: quoted ? 'mixed' : 'indirect', frame: f, rule: c.rule });
  });
  return drafts;
}

/** Is there another frame with a source whose cue lies in the content? (An evidential yields to it.) */
function hasCueWithin(frames: readonly Frame[], content: TokenRange, self: Frame): boolean {
  // frames are sorted by cue: the first cue in the content, then on
  for (let k = firstAtOrAfter(frames, (f) => f.cue.first, content.first); k < frames.length && frames[k]!.cue.first < content.end; k++) {
    if (frames[k] !== self && frames[k]!.subject !== null) return true;
  }
  return false;
}

/** Token flags: inside a quote that is a statement (a cue in there is the speaker's, not the writer's). */
function quotedTokens(n: number, placed: PlacedQuote[], attributions: QuoteAttribution[]): Uint8Array {
  const inside = new Uint8Array(n);
  placed.forEach((q, i) => {
    if (attributions[i]!.role !== 'term') inside.fill(1, q.inner.first, q.inner.end);
  });
  return inside;
}

/** Where the content ends, cut before a trailing attribution ("…, the ministry said"): its new `end`. */
function cutAtTail(tokens: readonly Token[], content: TokenRange, tails: Set<number>): number {
  for (let k = content.first + 2; k < content.end - 1; k++) {
    if (tails.has(k + 1) && tokens[k]!.post.includes(',')) return k + 1;
  }
  return content.end;
}

/**
 * Where the content ends when another source takes over inside it: "…, but the BBC's Jon
 * Sopel said …", "…, and Clinton said …" (a comma or a joining word before that source, whose
 * frame has content of its own; a source right after the cue, "said the U.S. believes …", is
 * reported speech inside it).
 */
function cutAtNextSource(doc: Doc, contents: readonly (unknown | null)[], content: TokenRange, end: number): number {
  const { tokens, frames } = doc;
  const joiners = lexicon().clauseJoiners;
  for (let k = firstAtOrAfter(frames, (f) => f.cue.first, content.first); k < frames.length && frames[k]!.cue.first < end; k++) {
    const g = frames[k]!;
    if (!g.subject || g.noCue || g.side !== 'left' || g.subject.first <= content.first || !contents[k]) continue;
    let at = g.subject.first;
    if (joiners.has(tokens[at - 1]!.normal)) at--;
    if (at > content.first + 1 && /[,;]/.test(tokens[at - 1]!.post)) {
      fired(doc, 'content-next-source');
      return at;
    }
  }
  return end;
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
  return dropUnattributedTwins(out);
}

/**
 * One content, one claim: a quotation nobody is named for that overlaps a claim with a
 * speaker is that claim's ("“Now it’s hard to see …” to hold up on their plans, Indyk said").
 */
function dropUnattributedTwins(sorted: Draft[]): Draft[] {
  return sorted.filter((d, i) => {
    if (d.frame) return true;
    const overlaps = (o: Draft | undefined) => o !== undefined && o.frame !== null && o.start < d.end && d.start < o.end;
    return !overlaps(sorted[i - 1]) && !overlaps(sorted[i + 1]);
  });
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

interface ClaimIndexes {
  entities: SpanIndex<string>;
  numbers: SpanIndex<number>;
}

function claimIndexes(doc: Doc): ClaimIndexes {
  return {
    entities: new SpanIndex(doc.entities.flatMap((e) => e.spans.map((m) => ({ start: m.start, end: m.end, value: e.id })))),
    numbers: new SpanIndex(doc.numbers.map((n, i) => ({ start: n.mention.start, end: n.mention.end, value: i }))),
  };
}

function toClaim(doc: Doc, d: Draft, inside: ClaimIndexes): Claim {
  fired(doc, d.rule);
  const content: Span = span(doc, d.start, d.end);
  const claim: Claim = {
    content,
    kind: d.kind,
    speaker: speakerOf(doc, d.frame),
    cue: cueSpan(doc, d.frame),
    cueLemma: cueLemma(doc, d.frame),
    negated: isNegated(doc, d.frame),
    entities: [...new Set(inside.entities.within(content.start, content.end))],
    numbers: inside.numbers.within(content.start, content.end),
  };
  if (doc.options.explain) explainOn(claim, d.rule, d.frame);
  return claim;
}
