/** Precision, recall and F1 counting. */

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

export function addCounts(into: Counts, more: Counts): void {
  into.tp += more.tp;
  into.predicted += more.predicted;
  into.gold += more.gold;
}

export function scores(c: Counts): Scores {
  const precision = c.predicted === 0 ? 0 : c.tp / c.predicted;
  const recall = c.gold === 0 ? 0 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export const fmt = (x: number): string => x.toFixed(3);
