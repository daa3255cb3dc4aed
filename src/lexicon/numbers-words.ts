/**
 * Number words as data (issue 5). Policy: lowercase English words, as compromise
 * normalises them; each table sorted by key.
 */

/** Cardinal words below a hundred: "twenty" → 20. */
export const CARDINALS: ReadonlyMap<string, number> = new Map([
  ['eight', 8], ['eighteen', 18], ['eighty', 80], ['eleven', 11], ['fifteen', 15], ['fifty', 50],
  ['five', 5], ['forty', 40], ['four', 4], ['fourteen', 14], ['nine', 9], ['nineteen', 19], ['ninety', 90],
  ['one', 1], ['seven', 7], ['seventeen', 17], ['seventy', 70], ['six', 6], ['sixteen', 16], ['sixty', 60],
  ['ten', 10], ['thirteen', 13], ['thirty', 30], ['three', 3], ['twelve', 12], ['twenty', 20], ['two', 2],
  ['zero', 0],
]);

/** Scale words, written out or abbreviated after a space ("1.5 million", "3 bn"). */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['b', 1e9], ['billion', 1e9], ['bln', 1e9], ['bn', 1e9], ['dozen', 12], ['hundred', 100], ['k', 1e3],
  ['m', 1e6], ['mil', 1e6], ['million', 1e6], ['mln', 1e6], ['mn', 1e6], ['thousand', 1e3], ['tn', 1e12],
  ['trillion', 1e12], ['trn', 1e12],
]);

/** Scale suffixes glued to digits ("12k", "£5m", "$3.2bn", "2.4tn"). */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['b', 1e9], ['bln', 1e9], ['bn', 1e9], ['k', 1e3], ['m', 1e6], ['mln', 1e6], ['mn', 1e6], ['tn', 1e12],
  ['trn', 1e12],
]);

/**
 * Vague plurals, read as an approximate lower bound of twice the base
 * ("tens of thousands" → at least 20,000; "hundreds" → at least 200).
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['billions', 1e9], ['dozens', 12], ['hundreds', 100], ['millions', 1e6], ['scores', 20], ['tens', 10],
  ['thousands', 1e3], ['trillions', 1e12],
]);

/** Vague multipliers before a scale word ("several hundred", "a few thousand"): the low reading. */
export const VAGUE_COUNTS: ReadonlyMap<string, number> = new Map([
  ['couple', 2], ['few', 3], ['several', 3],
]);

/** Denominators of fractions ("two-thirds", "a quarter of", "one in five" is handled apart). */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['eighth', 8], ['eighths', 8], ['fifth', 5], ['fifths', 5], ['fourth', 4], ['fourths', 4], ['half', 2],
  ['halves', 2], ['quarter', 4], ['quarters', 4], ['sixth', 6], ['sixths', 6], ['tenth', 10], ['tenths', 10],
  ['third', 3], ['thirds', 3],
]);

/** Multiplying words ("twice as many", "a threefold rise", "double the number"). */
export const MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['double', 2], ['fivefold', 5], ['fourfold', 4], ['hundredfold', 100], ['quadruple', 4], ['tenfold', 10],
  ['threefold', 3], ['treble', 3], ['triple', 3], ['twice', 2], ['twofold', 2],
]);

/** Ordinal words (reported only with `allNumbers`). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['eighth', 8], ['fifth', 5], ['first', 1], ['fourth', 4], ['ninth', 9], ['second', 2], ['seventh', 7],
  ['sixth', 6], ['tenth', 10], ['third', 3],
]);
