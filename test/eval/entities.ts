/**
 * Entity scoring (issue: entity accuracy). Exact match of start, end and type
 * (the CoNLL convention) over person, organization and place; gold `misc` and
 * other types are ignored. re3d keeps gold spans with confidence >= 0.5 whose
 * text starts with a capital letter or a digit. Loose recall: a gold span counts
 * when a prediction of the same type overlaps it.
 */
import { extract } from '../../src/index.js';
import { EXTRACT_OPTIONS } from './options.js';
import type { GoldDoc, GoldEntity } from './corpus.js';
import { type Counts, emptyCounts, scores, type Scores } from './metrics.js';
import { rawEntities, type RawSpan } from './raw-compromise.js';

export const TYPES = ['person', 'organization', 'place'] as const;
export type EntityTypeName = (typeof TYPES)[number];

export interface EntityReport {
  byType: Record<EntityTypeName | 'all', Scores & { looseRecall: number; gold: number; predicted: number }>;
}

/** The gold spans that count for a corpus. */
export function goldEntities(doc: GoldDoc): GoldEntity[] {
  return (doc.entities ?? []).filter((e) => {
    if (!(TYPES as readonly string[]).includes(e.type)) return false;
    if (doc.corpus !== 're3d') return true;
    return (e.confidence ?? 0) >= 0.5 && /^[A-Z0-9]/.test(e.text);
  });
}

/** newsclaims' mentions as typed spans. */
export function predictedEntities(text: string): RawSpan[] {
  const r = extract(text, EXTRACT_OPTIONS);
  return [
    ...r.people.flatMap((e) => e.mentions.map((m) => ({ type: 'person', start: m.start, end: m.end }))),
    ...r.organizations.flatMap((e) => e.mentions.map((m) => ({ type: 'organization', start: m.start, end: m.end }))),
    ...r.places.flatMap((e) => e.mentions.map((m) => ({ type: 'place', start: m.start, end: m.end }))),
  ];
}

interface Tally {
  exact: Counts;
  loose: number;
}

/** Score predictions against gold over a corpus; `onDoc` sees each document's counted gold and predictions. */
export function scoreEntities(
  docs: GoldDoc[],
  predict: (text: string) => RawSpan[],
  onDoc?: (doc: GoldDoc, gold: GoldEntity[], pred: RawSpan[]) => void,
): EntityReport {
  const tallies = new Map<string, Tally>();
  for (const t of [...TYPES, 'all']) tallies.set(t, { exact: emptyCounts(), loose: 0 });
  for (const doc of docs) {
    const gold = goldEntities(doc);
    const pred = predict(doc.text).filter((p) => (TYPES as readonly string[]).includes(p.type));
    const predKeys = new Set(pred.map((p) => `${p.type}:${p.start}:${p.end}`));
    onDoc?.(doc, gold, pred);
    for (const type of [...TYPES, 'all']) {
      const t = tallies.get(type)!;
      const g = type === 'all' ? gold : gold.filter((e) => e.type === type);
      const p = type === 'all' ? pred : pred.filter((e) => e.type === type);
      t.exact.gold += g.length;
      t.exact.predicted += p.length;
      for (const e of g) {
        if (predKeys.has(`${e.type}:${e.start}:${e.end}`)) t.exact.tp++;
        if (pred.some((x) => x.type === e.type && x.start < e.end && x.end > e.start)) t.loose++;
      }
    }
  }
  const byType = {} as EntityReport['byType'];
  for (const [type, t] of tallies) {
    byType[type as EntityTypeName | 'all'] = {
      ...scores(t.exact),
      looseRecall: t.exact.gold === 0 ? 0 : t.loose / t.exact.gold,
      gold: t.exact.gold,
      predicted: t.exact.predicted,
    };
  }
  return { byType };
}

/** A predictor that runs once per text (several sections score the same predictions). */
export function memoise(predict: (text: string) => RawSpan[]): (text: string) => RawSpan[] {
  const cache = new Map<string, RawSpan[]>();
  return (text) => {
    let spans = cache.get(text);
    if (!spans) cache.set(text, (spans = predict(text)));
    return spans;
  };
}

export { rawEntities };
