/**
 * Number scoring on re3d (issue 5): recall of the gold `quantity` and `money`
 * spans with confidence >= 0.5 (the flat gold set the corpus README recommends).
 * A gold span counts when a reported number mention overlaps it; raw compromise's
 * `.numbers()` is scored the same way beside it. Precision cannot be scored: re3d
 * leaves many numbers unannotated (dates, durations), so only recall is honest here.
 */
import { extract } from '../../src/index.js';
import { EXTRACT_OPTIONS } from './options.js';
import type { GoldDoc, GoldEntity } from './corpus.js';
import { rawNumbers, type RawSpan } from './raw-compromise.js';
import type { Row, Section } from './report.js';

const TYPES = ['quantity', 'money'] as const;

/** The gold number spans of a document. */
export function goldNumbers(doc: GoldDoc): GoldEntity[] {
  return (doc.entities ?? []).filter((e) => (TYPES as readonly string[]).includes(e.type) && (e.confidence ?? 0) >= 0.5);
}

/** newsclaims' default number mentions as spans. */
export function predictedNumbers(text: string): RawSpan[] {
  return extract(text, EXTRACT_OPTIONS).numbers.map((n) => ({ type: 'number', start: n.start, end: n.end }));
}

interface Tally {
  gold: number;
  found: number;
}

/** Overlap recall per gold type (and over both), for one predictor. */
export function numberRecall(docs: GoldDoc[], predict: (text: string) => RawSpan[]): Record<string, Tally & { predicted: number }> {
  const out: Record<string, Tally & { predicted: number }> = {};
  for (const t of [...TYPES, 'all']) out[t] = { gold: 0, found: 0, predicted: 0 };
  for (const doc of docs) {
    const gold = goldNumbers(doc);
    const pred = predict(doc.text);
    out.all!.predicted += pred.length;
    for (const g of gold) {
      const hit = pred.some((p) => p.start < g.end && p.end > g.start);
      for (const key of [g.type, 'all']) {
        out[key]!.gold++;
        if (hit) out[key]!.found++;
      }
    }
  }
  return out;
}

const ratio = (t: Tally): number => (t.gold === 0 ? 0 : t.found / t.gold);

/** The re3d number section of the eval report. */
export function evaluateNumbers(docs: GoldDoc[]): Section[] {
  const ours = numberRecall(docs, predictedNumbers);
  const raw = numberRecall(docs, rawNumbers);
  const rows: Row[] = [];
  for (const t of [...TYPES, 'all']) {
    rows.push({
      metric: `${t} recall (overlap, ${ours[t]!.gold} gold)`,
      newsclaims: ratio(ours[t]!),
      raw: ratio(raw[t]!),
      ...(t === 'all' ? { target: '≥ 0.90' } : {}),
    });
  }
  // Not a precision (re3d leaves most numbers unannotated): how many mentions each reports per gold span.
  const perGold = (t: Tally & { predicted: number }): number => (t.gold === 0 ? 0 : t.predicted / t.gold);
  rows.push({ metric: 'mentions reported per gold span', newsclaims: perGold(ours.all!), raw: perGold(raw.all!) });
  return [{ corpus: 're3d', title: 'numbers (quantity + money), recall by overlap', docs: docs.length, rows }];
}
