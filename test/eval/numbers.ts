/** Number scoring on re3d quantity/money spans: filled in by the numbers issue. */
import type { GoldDoc } from './corpus.js';
import type { Section } from './report.js';

export function evaluateNumbers(_docs: GoldDoc[]): Section[] {
  return [];
}
