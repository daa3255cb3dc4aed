/**
 * Numbers written in words: "one hundred and twenty-five", "two dozen",
 * "a million", "tens of thousands", "several hundred", "two-thirds", "a quarter of",
 * "half a million", "twice as many".
 */
import type { Token } from '../02-parse.js';
import {
  CARDINALS, FRACTIONS, MULTIPLES, VAGUE_COUNTS, VAGUE_PLURALS,
} from '../../lexicon/numbers-words.js';
import { COMPARING } from '../../lexicon/numbers-context.js';
import { joined, norm } from './tokens.js';

/** Scale words that may follow a number word ("two dozen", "five million"). */
const WORD_SCALES: ReadonlyMap<string, number> = new Map([
  ['billion', 1e9], ['dozen', 12], ['hundred', 100], ['million', 1e6], ['thousand', 1e3], ['trillion', 1e12],
]);

/** A number read from words, over tokens [first, last] of the sentence. */
export interface WordNumber {
  first: number;
  last: number;
  value: number;
  /** The largest scale word used (1 when none): lets "between one and two million" share it. */
  scale: number;
  kind?: 'fraction' | 'multiple';
  /** Vague quantities ("tens of thousands") are approximate with a lower bound. */
  vague?: boolean;
}

/** Read a number in words starting at `w[i]`, or null. */
export function readWordNumber(w: readonly Token[], i: number): WordNumber | null {
  return readVague(w, i) ?? readHalf(w, i) ?? readFraction(w, i) ?? readMultiple(w, i) ?? readCardinal(w, i);
}

/** "one hundred and twenty-five", "two dozen", "a million", "five million". */
export function readCardinal(w: readonly Token[], i: number): WordNumber | null {
  let k = i;
  let total = 0;
  let current = 0;
  let scale = 1;
  let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let last = -1;
  if ((norm(w, k) === 'a' || norm(w, k) === 'an') && WORD_SCALES.has(norm(w, k + 1)) && joined(w[k], w[k + 1])) {
    current = 1;
    prev = 'unit';
    k++;
  }
  for (; k < w.length; k++) {
    if (k > i && !joined(w[k - 1], w[k])) break;
    const n = norm(w, k);
    const v = CARDINALS.get(n);
    const s = WORD_SCALES.get(n);
    if (v !== undefined) {
      if (prev === 'unit' || prev === 'teen' || (prev === 'tens' && v >= 10)) break;
      current += v;
      prev = v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens';
    } else if (s !== undefined) {
      if (prev === 'none') break;
      scale = Math.max(scale, s);
      if (s < 1000) {
        current = (current || 1) * s;
        prev = 'hundred';
      } else {
        total += (current || 1) * s;
        current = 0;
        prev = 'scale';
      }
    } else if (n === 'and' && (prev === 'hundred' || prev === 'scale') && CARDINALS.has(norm(w, k + 1))) {
      continue;
    } else break;
    last = k;
  }
  if (last < 0) return null;
  return { first: i, last, value: total + current, scale };
}

/**
 * "dozens", "hundreds of thousands", "tens of thousands" (approx, at least 20,000),
 * "several hundred", "a few thousand".
 */
function readVague(w: readonly Token[], i: number): WordNumber | null {
  const n = norm(w, i);
  const base = VAGUE_PLURALS.get(n);
  if (base !== undefined) {
    let value = 2 * base;
    let last = i;
    while (norm(w, last + 1) === 'of' && (VAGUE_PLURALS.get(norm(w, last + 2)) ?? 0) > 100 && joined(w[last], w[last + 1])) {
      value *= VAGUE_PLURALS.get(norm(w, last + 2))!;
      last += 2;
    }
    // "tens" and "scores" alone are no number ("scores of" is, "tens of thousands" is).
    if ((n === 'tens' && last === i) || (n === 'scores' && norm(w, i + 1) !== 'of')) return null;
    return { first: i, last, value, scale: value, vague: true };
  }
  let k = i;
  if (n === 'a' && (norm(w, i + 1) === 'few' || norm(w, i + 1) === 'couple')) k++;
  const count = VAGUE_COUNTS.get(norm(w, k));
  if (count === undefined || (k === i && n !== 'several')) return null;
  if (norm(w, k + 1) === 'of') k++;
  let scale = WORD_SCALES.get(norm(w, k + 1));
  if (scale === undefined || !joined(w[k], w[k + 1])) return null;
  let last = k + 1;
  // "several hundred thousand"
  const more = WORD_SCALES.get(norm(w, last + 1));
  if (more !== undefined && more > scale && joined(w[last], w[last + 1])) {
    scale *= more;
    last++;
  }
  return { first: i, last, value: count * scale, scale, vague: true };
}

/** "half a million" (a count), "half of", "half the" (a fraction). */
function readHalf(w: readonly Token[], i: number): WordNumber | null {
  if (norm(w, i) !== 'half') return null;
  const art = norm(w, i + 1);
  if ((art === 'a' || art === 'an') && WORD_SCALES.has(norm(w, i + 2))) {
    const scaled = readCardinal(w, i + 1);
    if (scaled) return { first: i, last: scaled.last, value: scaled.value / 2, scale: scaled.scale };
  }
  if (art === 'of' || art === 'the') return { first: i, last: i, value: 0.5, scale: 1, kind: 'fraction' };
  return null;
}

/** "two-thirds", "three quarters", "a third of", "one-fifth". */
function readFraction(w: readonly Token[], i: number): WordNumber | null {
  const n = norm(w, i);
  const article = n === 'a' || n === 'an';
  const numerator = article ? 1 : CARDINALS.get(n);
  const denominator = FRACTIONS.get(norm(w, i + 1));
  if (numerator === undefined || denominator === undefined || !joined(w[i], w[i + 1])) return null;
  if (denominator === 2 && numerator !== 1) return null;
  // "two-thirds", "one-third"; "par-five fourth hole" is no fraction.
  if ((numerator > 1) !== norm(w, i + 1).endsWith('s')) return null;
  // "a third time" is an ordinal; "a third of" and "a quarter of" are fractions.
  if (article && norm(w, i + 2) !== 'of') return null;
  return { first: i, last: i + 1, value: numerator / denominator, scale: 1, kind: 'fraction' };
}

/** "twice as many", "threefold", "double the number". */
function readMultiple(w: readonly Token[], i: number): WordNumber | null {
  const n = norm(w, i);
  const v = MULTIPLES.get(n);
  if (v === undefined) return null;
  if (n.endsWith('fold')) return { first: i, last: i, value: v, scale: 1, kind: 'multiple' };
  const next = w[i + 1];
  const comparing = next !== undefined && (COMPARING.has(next.normal) || next.tags.has('Comparative'));
  if (n === 'twice' ? !comparing : next?.normal !== 'the') return null;
  return { first: i, last: i, value: v, scale: 1, kind: 'multiple' };
}
