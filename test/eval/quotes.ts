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
 * Issue 13 adds, over claims:
 * - end to end: a gold quote with a speaker counts when a claim finds it and that
 *   claim's speaker is right, over all gold quotes with a speaker, found or not (all
 *   kinds; indirect; direct);
 * - exact content, per attribution (PolNeAR's `attributionId` groups the fragments of one
 *   attribution, `"Part one," he said. "Part two."`): of the attributions a claim finds
 *   (any fragment found), the share whose content comes out exactly, comparing spans
 *   once quotation marks, punctuation and spaces are trimmed from both ends of both.
 *   Exactly means one claim equal to the attribution's extent (first fragment's start to
 *   last fragment's end, the one span that can hold it), or each fragment found by a
 *   claim equal to it. A single-fragment attribution is thus simply "equals its span".
 *   The same share per gold fragment (claim equal to the fragment) is shown beside it.
 * Raw compromise's `.quotations()` stand in for both its quotes and its claims.
 */
import { extract } from '../../src/index.js';
import { lexicon } from '../../src/lexicon/generated/lexicon.js';
import { EXTRACT_OPTIONS } from './options.js';
import type { Span, Speaker } from '../../src/types.js';
import type { GoldDoc, GoldQuote } from './corpus.js';
import { isClauseContent } from './content-shape.js';
import { ratio } from './metrics.js';
import { rawQuotes } from './raw-compromise.js';
import type { Section } from './report.js';

/** A predicted quote or claim content, with its speaker when it has one. */
export interface PredictedSpan {
  start: number;
  end: number;
  speaker: Speaker | null;
  /** The cue as written, and where (for the error files). */
  cue?: string | null;
  cueStart?: number;
  cueEnd?: number;
  kind?: string;
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
  /** Indirect gold whose content is a clause (that-, wh- or bare clause: content-shape.ts), and those found. */
  indirectClauseGold: number;
  indirectClauseFound: number;
  claimsPredicted: number;
  claimsCorrect: number;
  claimsWithSpeaker: number;
  claimsSpeakerRight: number;
  /** End to end (issue 13): gold quotes with a speaker, and those found by a claim with the right speaker. */
  e2eGold: number;
  e2eRight: number;
  e2eDirectGold: number;
  e2eDirectRight: number;
  e2eIndirectGold: number;
  e2eIndirectRight: number;
  /** Found gold quotes (via claims) whose claim content equals the gold span once trimmed. */
  contentExact: number;
  /** Attributions found via claims (any fragment), and those whose content comes out exactly. */
  attributionsFound: number;
  attributionsExact: number;
}

export const emptyTally = (): QuoteTally => ({
  directGold: 0, directFound: 0, mixedGold: 0, mixedFound: 0, quotesPredicted: 0, quotesCorrect: 0,
  directWithSpeaker: 0, directSpeakerRight: 0, allGold: 0, allFoundByClaims: 0, indirectGold: 0,
  indirectFoundByClaims: 0, indirectClauseGold: 0, indirectClauseFound: 0, claimsPredicted: 0, claimsCorrect: 0, claimsWithSpeaker: 0, claimsSpeakerRight: 0,
  e2eGold: 0, e2eRight: 0, e2eDirectGold: 0, e2eDirectRight: 0, e2eIndirectGold: 0, e2eIndirectRight: 0, contentExact: 0,
  attributionsFound: 0, attributionsExact: 0,
});

export const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
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

/** Capitalised words of 3+ letters, a possessive ending dropped ("Quintanilla's question" is Quintanilla's). */
const capitalisedWords = (s: string): Set<string> => new Set((s.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? []).map((w) => w.replace(/['’]s?$/u, '')));

/**
 * The gold speaker's words. In a few PolNeAR attributions the annotator swapped the source and
 * the cue ("“…,” said Hester": speaker "said", cue "Hester"); when the speaker span opens with a
 * speech verb or "according", the cue text is the speaker's name.
 */
function goldSpeakerText(gold: GoldQuote): string {
  const first = gold.speaker!.split(/\s+/)[0]!.toLowerCase();
  const swapped = gold.cue !== null && (lexicon().cuesSpeech.has(first) || first === 'according');
  return swapped ? gold.cue! : gold.speaker!;
}

/** The speaker test: mention overlap, or a shared capitalised word of 3+ letters. */
export function speakerIsRight(gold: GoldQuote, speaker: Speaker | null): boolean {
  if (!speaker || gold.speakerStart === null || gold.speakerEnd === null || gold.speaker === null) return false;
  const { mention } = speaker;
  if (mention && overlap(mention, { start: gold.speakerStart, end: gold.speakerEnd }) > 0) return true;
  const goldWords = capitalisedWords(goldSpeakerText(gold));
  for (const w of capitalisedWords(speaker.name)) if (goldWords.has(w)) return true;
  return false;
}

/** Quotation marks, punctuation and spaces at either end, which exact content ignores. */
const EDGES = /^[\p{P}\p{Z}\s`´]+|[\p{P}\p{Z}\s`´]+$/gu;

/** A content span as exact content compares it: `"We will win," ` is `We will win`. */
export const trimContent = (s: string): string => s.replace(EDGES, '');

/** Issue 13's exact content: both spans equal once their ends are trimmed. */
export function contentIsExact(text: string, gold: { start: number; end: number }, p: PredictedSpan): boolean {
  return trimContent(text.slice(gold.start, gold.end)) === trimContent(text.slice(p.start, p.end));
}

/** The fragments of each attribution, in text order (a fragment without an id is its own attribution). */
export function attributions(gold: GoldQuote[]): GoldQuote[][] {
  const groups = new Map<string, GoldQuote[]>();
  gold.forEach((g, i) => {
    const key = g.attributionId ?? `#${i}`;
    const list = groups.get(key);
    if (list) list.push(g);
    else groups.set(key, [g]);
  });
  return [...groups.values()].map((fragments) => fragments.sort((a, b) => a.start - b.start));
}

/** Exact content of one attribution: null when no claim finds it, else whether its content comes out exactly. */
export function attributionExact(text: string, fragments: GoldQuote[], claims: PredictedSpan[]): boolean | null {
  const matches = fragments.map((g) => findMatch(g, claims));
  if (matches.every((m) => m === null)) return null;
  const extent = { start: fragments[0]!.start, end: fragments[fragments.length - 1]!.end };
  if (matches.some((m) => m !== null && contentIsExact(text, extent, m))) return true;
  return matches.every((m, i) => m !== null && contentIsExact(text, fragments[i]!, m));
}

/** Add one document's counts to the tally. */
export function tallyDoc(t: QuoteTally, gold: GoldQuote[], quotes: PredictedSpan[], claims: PredictedSpan[], text: string): void {
  for (const g of gold) {
    const byQuote = findMatch(g, quotes);
    const byClaim = findMatch(g, claims);
    const hasSpeaker = g.speakerStart !== null;
    t.allGold++;
    if (byClaim) t.allFoundByClaims++;
    if (byClaim && contentIsExact(text, g, byClaim)) t.contentExact++;
    if (byClaim && hasSpeaker) {
      t.claimsWithSpeaker++;
      if (speakerIsRight(g, byClaim.speaker)) t.claimsSpeakerRight++;
    }
    if (hasSpeaker) {
      const right = byClaim !== null && speakerIsRight(g, byClaim.speaker);
      t.e2eGold++;
      if (right) t.e2eRight++;
      if (g.kind === 'direct') {
        t.e2eDirectGold++;
        if (right) t.e2eDirectRight++;
      } else if (g.kind === 'indirect') {
        t.e2eIndirectGold++;
        if (right) t.e2eIndirectRight++;
      }
    }
    if (g.kind === 'indirect') {
      t.indirectGold++;
      if (byClaim) t.indirectFoundByClaims++;
      if (isClauseContent(g.text)) {
        t.indirectClauseGold++;
        if (byClaim) t.indirectClauseFound++;
      }
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
  for (const fragments of attributions(gold)) {
    const exact = attributionExact(text, fragments, claims);
    if (exact === null) continue;
    t.attributionsFound++;
    if (exact) t.attributionsExact++;
  }
  const hitsGold = (p: PredictedSpan) => gold.some((g) => overlap(p, g) > 0);
  t.quotesPredicted += quotes.length;
  t.quotesCorrect += quotes.filter(hitsGold).length;
  t.claimsPredicted += claims.length;
  t.claimsCorrect += claims.filter(hitsGold).length;
}

const cueOf = (cue: Span | null): Pick<PredictedSpan, 'cue' | 'cueStart' | 'cueEnd'> =>
  cue ? { cue: cue.text, cueStart: cue.start, cueEnd: cue.end } : { cue: null };

/** newsclaims' quotes and claims for one document. */
export function predictedQuotes(text: string): { quotes: PredictedSpan[]; claims: PredictedSpan[] } {
  const r = extract(text, EXTRACT_OPTIONS);
  return {
    quotes: r.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker, ...cueOf(q.cue), kind: q.kind })),
    claims: r.claims.map((c) => ({ start: c.content.start, end: c.content.end, speaker: c.speaker, ...cueOf(c.cue), kind: c.kind })),
  };
}

/** newsclaims' predictions for one document, as the scorers see them. */
export type QuotePredictions = ReturnType<typeof predictedQuotes>;

/** Score a corpus: newsclaims and raw compromise; `onDoc` sees newsclaims' predictions (for the error files). */
export function scoreQuotes(
  docs: GoldDoc[],
  onDoc?: (doc: GoldDoc, p: QuotePredictions) => void,
): { ours: QuoteTally; raw: QuoteTally } {
  const ours = emptyTally();
  const raw = emptyTally();
  for (const doc of docs) {
    const gold = doc.quotes ?? [];
    const p = predictedQuotes(doc.text);
    tallyDoc(ours, gold, p.quotes, p.claims, doc.text);
    onDoc?.(doc, p);
    const r = rawQuotes(doc.text).map((s) => ({ start: s.start, end: s.end, speaker: null }));
    tallyDoc(raw, gold, r, r, doc.text);
  }
  return { ours, raw };
}

/** The PolNeAR section of the eval report (targets: issue 13's "target on dev"). */
export function evaluateQuotes(docs: GoldDoc[], onDoc?: (doc: GoldDoc, p: QuotePredictions) => void): Section[] {
  const { ours: o, raw: r } = scoreQuotes(
    docs.filter((d) => d.quotes),
    onDoc,
  );
  const rows: Section['rows'] = [
    { metric: 'direct quotes found (recall)', newsclaims: ratio(o.directFound, o.directGold), raw: ratio(r.directFound, r.directGold), target: '≥ 0.95' },
    { metric: 'precision of quotes', newsclaims: ratio(o.quotesCorrect, o.quotesPredicted), raw: ratio(r.quotesCorrect, r.quotesPredicted), target: '≥ 0.95' },
    { metric: 'speaker accuracy, direct quotes', newsclaims: ratio(o.directSpeakerRight, o.directWithSpeaker), raw: null, target: '≥ 0.90' },
    { metric: 'all attributions found via claims', newsclaims: ratio(o.allFoundByClaims, o.allGold), raw: ratio(r.allFoundByClaims, r.allGold), target: '≥ 0.85' },
    { metric: 'precision of claims', newsclaims: ratio(o.claimsCorrect, o.claimsPredicted), raw: null, target: '≥ 0.95' },
    { metric: 'mixed quotes found by quotes (recall)', newsclaims: ratio(o.mixedFound, o.mixedGold), raw: ratio(r.mixedFound, r.mixedGold) },
    { metric: 'indirect found via claims (recall)', newsclaims: ratio(o.indirectFoundByClaims, o.indirectGold), raw: ratio(r.indirectFoundByClaims, r.indirectGold), target: '≥ 0.80' },
    { metric: '  of them with clause content', newsclaims: ratio(o.indirectClauseFound, o.indirectClauseGold), raw: ratio(r.indirectClauseFound, r.indirectClauseGold) },
    { metric: 'speaker accuracy, all found claims', newsclaims: ratio(o.claimsSpeakerRight, o.claimsWithSpeaker), raw: null },
    { metric: 'end to end, all kinds (found + speaker)', newsclaims: ratio(o.e2eRight, o.e2eGold), raw: null, target: '≥ 0.80' },
    { metric: 'end to end, indirect', newsclaims: ratio(o.e2eIndirectRight, o.e2eIndirectGold), raw: null, target: '≥ 0.72' },
    { metric: 'end to end, direct', newsclaims: ratio(o.e2eDirectRight, o.e2eDirectGold), raw: null, target: '≥ 0.96' },
    { metric: 'exact content, of found attributions', newsclaims: ratio(o.attributionsExact, o.attributionsFound), raw: ratio(r.attributionsExact, r.attributionsFound), target: '≥ 0.70' },
    { metric: 'exact content, of found gold fragments', newsclaims: ratio(o.contentExact, o.allFoundByClaims), raw: ratio(r.contentExact, r.allFoundByClaims) },
  ];
  return [{ corpus: 'quotes', title: 'PolNeAR quotes and claims (who said what)', docs: docs.length, rows }];
}
