/**
 * Hedges around a number, as data (issue 5). Policy: lowercase phrases as compromise
 * normalises them, sorted; each maps to how it bounds the value.
 */
import type { Bound } from '../types.js';

/**
 * Written before the number. "as many as 8,000" is an upper bound, "at least 12"
 * a lower one, "approximately 10,000" an approximation; "nearly"/"almost" say the
 * true value is just below, so they bound it from above.
 */
export const QUALIFIERS_BEFORE: ReadonlyMap<string, Bound> = new Map<string, Bound>([
  ['a maximum of', 'upper'], ['a minimum of', 'lower'], ['about', 'approx'], ['above', 'lower'],
  ['almost', 'upper'], ['an estimated', 'approx'], ['an estimated total of', 'approx'],
  ['approaching', 'upper'], ['approx', 'approx'], ['approximately', 'approx'], ['around', 'approx'],
  ['as few as', 'lower'], ['as little as', 'lower'], ['as many as', 'upper'], ['as much as', 'upper'],
  ['at least', 'lower'], ['at most', 'upper'], ['below', 'upper'], ['circa', 'approx'],
  ['close to', 'approx'], ['estimated', 'approx'], ['exactly', 'exact'], ['fewer than', 'upper'],
  ['in excess of', 'lower'], ['just over', 'lower'], ['just under', 'upper'], ['less than', 'upper'],
  ['more than', 'lower'], ['nearly', 'upper'], ['no fewer than', 'lower'], ['no less than', 'lower'],
  ['no more than', 'upper'], ['not more than', 'upper'], ['over', 'lower'], ['precisely', 'exact'],
  ['roughly', 'approx'], ['some', 'approx'], ['some estimated', 'approx'], ['under', 'upper'],
  ['up to', 'upper'], ['upward of', 'lower'], ['upwards of', 'lower'], ['well over', 'lower'],
  ['well under', 'upper'],
]);

/** Written after the number: "100 or more", "40 or so", "10 or fewer". */
export const QUALIFIERS_AFTER: ReadonlyMap<string, Bound> = new Map<string, Bound>([
  ['or fewer', 'upper'], ['or less', 'upper'], ['or more', 'lower'], ['or so', 'approx'], ['plus', 'lower'],
]);

/** Longest qualifier in words, to bound the look-back. */
export const MAX_QUALIFIER_WORDS = 4;
