/** Quote and claim scoring on PolNeAR: filled in by the quote-attribution issue. */
import type { GoldDoc } from './corpus.js';
import type { Section } from './report.js';

export function evaluateQuotes(_docs: GoldDoc[]): Section[] {
  return [];
}
