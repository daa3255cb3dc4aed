/**
 * Quote and claim scoring on PolNeAR (issue: who said what), with exactly the
 * issue's definitions:
 * - a gold quote is found when one predicted quote (or, for the all-kinds figure,
 *   one claim's content) overlaps at least half of its characters;
 * - precision of quotes: share of predicted quotes that overlap any gold content;
 * - speaker accuracy: over found gold quotes that have a speaker, the predicted
 *   speaker is right when its `mention` overlaps the gold speaker span, or when its
 *   `name` and the gold speaker text share a capitalised word of three or more letters;
 * - precision of claims: share of predicted claims whose content overlaps a gold content.
 * Raw compromise's `.quotations()` stand in for both its quotes and its claims.
 */
import { extract } from '../../src/index.js';
import type { Speaker } from '../../src/types.js';
import type { GoldDoc, GoldQuote } from './corpus.js';
import { ratio } from './metrics.js';
import { rawQuotes } from './raw-compromise.js';
import type { Section } from './report.js';

/** A predicted quote or claim content, with its speaker when it has one. */
export interface PredictedSpan {
  start: number;
  end: number;
  speaker: Speaker | null;
}

/** Hits and totals; every figure of the section is a ratio of two of these. */
export interface QuoteTally {
  directGold: number;
  directFound: number;
  mixedGold: number;
  mixedFound: number;
  quotesPredicted: number;
  quotesCorrect: number;
  directWithSpeaker: number;
  directSpeakerRight: number;
  allGold: number;
  allFoundByClaims: number;
  indirectGold: number;
  indirectFoundByClaims: number;
  claimsPredicted: number;
  claimsCorrect: number;
  claimsWithSpeaker: number;
  claimsSpeakerRight: number;
}

const emptyTally = (): QuoteTally => ({
  directGold: 0, directFound: 0, mixedGold: 0, mixedFound: 0, quotesPredicted: 0, quotesCorrect: 0,
  directWithSpeaker: 0, directSpeakerRight: 0, allGold: 0, allFoundByClaims: 0, indirectGold: 0,
  indirectFoundByClaims: 0, claimsPredicted: 0, claimsCorrect: 0, claimsWithSpeaker: 0, claimsSpeakerRight: 0,
});

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The prediction that covers at least half of the gold span (the largest overlap), or null. */
export function findMatch(gold: GoldQuote, predicted: PredictedSpan[]): PredictedSpan | null {
  let best: PredictedSpan | null = null;
  let bestOverlap = 0;
  for (const p of predicted) {
    const o = overlap(p, gold);
    if (o > bestOverlap) [best, bestOverlap] = [p, o];
  }
  return best && bestOverlap * 2 >= gold.end - gold.start ? best : null;
}

const capitalisedWords = (s: string): Set<string> => new Set(s.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []);

/** The speaker test: mention overlap, or a shared capitalised word of 3+ letters. */
export function speakerIsRight(gold: GoldQuote, speaker: Speaker | null): boolean {
  if (!speaker || gold.speakerStart === null || gold.speakerEnd === null || gold.speaker === null) return false;
  const { mention } = speaker;
  if (mention && overlap(mention, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  const goldWords = capitalisedWords(gold.speaker);
  for (const w of capitalisedWords(speaker.name)) if (goldWords.has(w)) return true;
  return false;
}

/** Add one document's counts to the tally. */
export function tallyDoc(t: QuoteTally, gold: GoldQuote[], quotes: PredictedSpan[], claims: PredictedSpan[]): void {
  for (const g of gold) {
    const byQuote = findMatch(g, quotes);
    const byClaim = findMatch(g, claims);
    const hasSpeaker = g.speakerStart !== null;
    t.allGold++;
    if (byClaim) t.allFoundByClaims++;
    if (byClaim && hasSpeaker) {
      t.claimsWithSpeaker++;
      if (speakerIsRight(g, byClaim.speaker)) t.claimsSpeakerRight++;
    }
    if (g.kind === 'indirect') {
      t.indirectGold++;
      if (byClaim) t.indirectFoundByClaims++;
    } else if (g.kind === 'mixed') {
      t.mixedGold++;
      if (byQuote) t.mixedFound++;
    } else if (g.kind === 'direct') {
      t.directGold++;
      if (!byQuote) continue;
      t.directFound++;
      if (!hasSpeaker) continue;
      t.directWithSpeaker++;
      if (speakerIsRight(g, byQuote.speaker)) t.directSpeakerRight++;
    }
  }
  const hitsGold = (p: PredictedSpan) => gold.some((g) => overlap(p, g) > 0);
  t.quotesPredicted += quotes.length;
  t.quotesCorrect += quotes.filter(hitsGold).length;
  t.claimsPredicted += claims.length;
  t.claimsCorrect += claims.filter(hitsGold).length;
}

/** newsclaims' quotes and claims for one document. */
export function predictedQuotes(text: string): { quotes: PredictedSpan[]; claims: PredictedSpan[] } {
  const r = extract(text);
  return {
    quotes: r.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker })),
    claims: r.claims.map((c) => ({ start: c.content.start, end: c.content.end, speaker: c.speaker })),
  };
}

/** Score a corpus: newsclaims and raw compromise. */
export function scoreQuotes(docs: GoldDoc[]): { ours: QuoteTally; raw: QuoteTally } {
  const ours = emptyTally();
  const raw = emptyTally();
  for (const doc of docs) {
    const gold = doc.quotes ?? [];
    const p = predictedQuotes(doc.text);
    tallyDoc(ours, gold, p.quotes, p.claims);
    const r = rawQuotes(doc.text).map((s) => ({ start: s.start, end: s.end, speaker: null }));
    tallyDoc(raw, gold, r, r);
  }
  return { ours, raw };
}

/** The PolNeAR section of the eval report. */
export function evaluateQuotes(docs: GoldDoc[]): Section[] {
  const { ours: o, raw: r } = scoreQuotes(docs.filter((d) => d.quotes));
  const rows: Section['rows'] = [
    { metric: 'direct quotes found (recall)', newsclaims: ratio(o.directFound, o.directGold), raw: ratio(r.directFound, r.directGold), target: '≥ 0.95' },
    { metric: 'precision of quotes', newsclaims: ratio(o.quotesCorrect, o.quotesPredicted), raw: ratio(r.quotesCorrect, r.quotesPredicted), target: '≥ 0.95' },
    { metric: 'speaker accuracy, direct quotes', newsclaims: ratio(o.directSpeakerRight, o.directWithSpeaker), raw: null, target: '≥ 0.90' },
    { metric: 'all attributions found via claims', newsclaims: ratio(o.allFoundByClaims, o.allGold), raw: ratio(r.allFoundByClaims, r.allGold), target: '≥ 0.65' },
    { metric: 'precision of claims', newsclaims: ratio(o.claimsCorrect, o.claimsPredicted), raw: null, target: '≥ 0.85' },
    { metric: 'mixed quotes found by quotes (recall)', newsclaims: ratio(o.mixedFound, o.mixedGold), raw: ratio(r.mixedFound, r.mixedGold) },
    { metric: 'indirect found via claims (recall)', newsclaims: ratio(o.indirectFoundByClaims, o.indirectGold), raw: ratio(r.indirectFoundByClaims, r.indirectGold) },
    { metric: 'speaker accuracy, all found claims', newsclaims: ratio(o.claimsSpeakerRight, o.claimsWithSpeaker), raw: null },
  ];
  return [{ corpus: 'quotes', title: 'PolNeAR quotes and claims (who said what)', docs: docs.length, rows }];
}
