/**
 * Claim error records for `--errors DIR` (file `quotes-claims.jsonl`), judged with the
 * section's own definitions (quotes.ts):
 * - `missed`: a gold quote no claim finds, with its kind, text, speaker and cue, and
 *   the nearest claim (largest overlap, else nearest in the text) and whether a
 *   predicted quote finds it;
 * - `spurious`: a claim whose content overlaps no gold content, with its speaker and cue;
 * - `wrong-speaker`: a gold quote with a speaker, found by a claim whose speaker is wrong;
 * - `content-mismatch`: a found attribution whose content does not come out exactly
 *   (quotes.ts, `attributionExact`), against the attribution's extent when the claim
 *   spans all its fragments, else against the fragment it found; sorted as `too long`,
 *   `too short` or `shifted`, with the extra and missing ends.
 */
import type { Speaker } from '../../src/types.js';
import type { GoldDoc, GoldQuote } from './corpus.js';
import { contextOf } from './errors.js';
import { attributionExact, attributions, findMatch, overlap, type PredictedSpan, speakerIsRight, trimContent } from './quotes.js';

/** A claim as an error record shows it. */
interface ClaimView {
  content: string;
  start: number;
  end: number;
  claimKind: string | null;
  speaker: string | null;
  speakerMention: string | null;
  speakerStart: number | null;
  cue: string | null;
  cueStart: number | null;
}

const viewOf = (text: string, p: PredictedSpan): ClaimView => ({
  content: text.slice(p.start, p.end),
  start: p.start,
  end: p.end,
  claimKind: p.kind ?? null,
  speaker: p.speaker?.name ?? null,
  speakerMention: mentionText(p.speaker),
  speakerStart: p.speaker?.mention?.start ?? null,
  cue: p.cue ?? null,
  cueStart: p.cueStart ?? null,
});

const mentionText = (s: Speaker | null): string | null => s?.mention?.text ?? null;

const goldView = (g: GoldQuote) => ({
  goldKind: g.kind,
  attributionId: g.attributionId ?? null,
  text: g.text,
  start: g.start,
  end: g.end,
  speaker: g.speaker,
  cue: g.cue,
});

/** Characters between two spans (0 when they touch or overlap). */
const gap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

/** The claim nearest a gold quote: the largest overlap, else the smallest gap. */
export function nearestClaim(g: GoldQuote, claims: PredictedSpan[]): { claim: PredictedSpan; overlap: number; gap: number } | null {
  let best: { claim: PredictedSpan; overlap: number; gap: number } | null = null;
  for (const c of claims) {
    const o = overlap(c, g);
    const d = gap(c, g);
    if (!best || o > best.overlap || (o === best.overlap && d < best.gap)) best = { claim: c, overlap: o, gap: d };
  }
  return best;
}

/** How a found claim's content differs from the gold span, once both are trimmed. */
export function contentMismatch(goldText: string, predText: string): {
  relation: 'too long' | 'too short' | 'shifted';
  extraBefore: string;
  extraAfter: string;
  missingBefore: string;
  missingAfter: string;
} {
  const g = trimContent(goldText);
  const p = trimContent(predText);
  const at = p.indexOf(g);
  if (at >= 0) return { relation: 'too long', extraBefore: p.slice(0, at), extraAfter: p.slice(at + g.length), missingBefore: '', missingAfter: '' };
  const inside = g.indexOf(p);
  if (inside >= 0) {
    return { relation: 'too short', extraBefore: '', extraAfter: '', missingBefore: g.slice(0, inside), missingAfter: g.slice(inside + p.length) };
  }
  return { relation: 'shifted', extraBefore: '', extraAfter: '', missingBefore: '', missingAfter: '' };
}

/** Every claim error of one document. */
export function quoteErrors(doc: GoldDoc, claims: PredictedSpan[], quotes: PredictedSpan[]): object[] {
  const gold = doc.quotes ?? [];
  const out: object[] = [];
  for (const g of gold) {
    const match = findMatch(g, claims);
    const context = contextOf(doc.text, g.start, g.end);
    if (!match) {
      const near = nearestClaim(g, claims);
      out.push({
        doc: doc.id,
        kind: 'missed',
        ...goldView(g),
        context,
        foundByQuote: findMatch(g, quotes) !== null,
        nearest: near ? { ...viewOf(doc.text, near.claim), overlap: near.overlap, gap: near.gap } : null,
      });
      continue;
    }
    if (g.speakerStart !== null && !speakerIsRight(g, match.speaker)) {
      out.push({
        doc: doc.id,
        kind: 'wrong-speaker',
        ...goldView(g),
        context,
        speakerContext: g.speakerEnd === null ? null : contextOf(doc.text, g.speakerStart, g.speakerEnd, 60),
        predicted: viewOf(doc.text, match),
      });
    }
  }
  for (const fragments of attributions(gold)) {
    if (attributionExact(doc.text, fragments, claims) !== false) continue;
    const found = fragments.find((g) => findMatch(g, claims) !== null)!;
    const match = findMatch(found, claims)!;
    const first = fragments[0]!;
    const last = fragments[fragments.length - 1]!;
    const whole = fragments.length > 1 && fragments.every((g) => overlap(match, g) > 0);
    const span = whole ? { start: first.start, end: last.end } : found;
    const goldText = doc.text.slice(span.start, span.end);
    const predText = doc.text.slice(match.start, match.end);
    out.push({
      doc: doc.id,
      kind: 'content-mismatch',
      ...goldView(found),
      text: goldText,
      start: span.start,
      end: span.end,
      fragments: fragments.length,
      against: whole ? 'extent' : 'fragment',
      predicted: viewOf(doc.text, match),
      ...contentMismatch(goldText, predText),
    });
  }
  for (const c of claims) {
    if (gold.some((g) => overlap(c, g) > 0)) continue;
    out.push({ doc: doc.id, kind: 'spurious', ...viewOf(doc.text, c), context: contextOf(doc.text, c.start, c.end) });
  }
  return out;
}
