/**
 * Numbers written in words: "one hundred and twenty-five", "two dozen",
 * "a million", "tens of thousands", "several hundred", "two-thirds", "a quarter of",
 * "half a million", "twice as many".
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { joined, norm, type Words } from './tokens.js';

/** A number read from words, over tokens [first, end) of the sentence. */
export interface WordNumber {
  first: number;
  end: number;
  value: number;
  /** The largest scale word used (1 when none): lets "between one and two million" share it. */
  scale: number;
  kind?: 'fraction' | 'multiple';
  /** Vague quantities ("tens of thousands") are approximate with a lower bound. */
  vague?: boolean;
}

/** Read a number in words starting at token `i`, or null. */
export function readWordNumber(w: Words, i: number): WordNumber | null {
  return readVague(w, i) ?? readHalf(w, i) ?? readFraction(w, i) ?? readMultiple(w, i) ?? readCardinal(w, i);
}

/** "one hundred and twenty-five", "two dozen", "a million", "five million". */
export function readCardinal(w: Words, i: number): WordNumber | null {
  let k = i;
  let total = 0;
  let current = 0;
  let scale = 1;
  let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let last = -1;
  if ((norm(w, k) === 'a' || norm(w, k) === 'an') && lexicon().numbersWordScales.has(norm(w, k + 1)) && joined(w.at(k), w.at(k + 1))) {
    current = 1;
    prev = 'unit';
    k++;
  }
  for (; k < w.to; k++) {
    if (k > i && !joined(w.at(k - 1), w.at(k))) break;
    const n = norm(w, k);
    const v = lexicon().numbersCardinals.get(n);
    const s = lexicon().numbersWordScales.get(n);
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
    } else if (n === 'and' && (prev === 'hundred' || prev === 'scale') && lexicon().numbersCardinals.has(norm(w, k + 1))) {
      continue;
    } else break;
    last = k;
  }
  if (last < 0) return null;
  return { first: i, end: last + 1, value: total + current, scale };
}

/**
 * "dozens", "hundreds of thousands", "tens of thousands" (approx, at least 20,000),
 * "several hundred", "a few thousand".
 */
function readVague(w: Words, i: number): WordNumber | null {
  const n = norm(w, i);
  const base = lexicon().numbersVaguePlurals.get(n);
  if (base !== undefined) {
    let value = 2 * base;
    let last = i;
    while (norm(w, last + 1) === 'of' && (lexicon().numbersVaguePlurals.get(norm(w, last + 2)) ?? 0) > 100 && joined(w.at(last), w.at(last + 1))) {
      value *= lexicon().numbersVaguePlurals.get(norm(w, last + 2))!;
      last += 2;
    }
    // "tens" and "scores" alone are no number ("scores of" is, "tens of thousands" is).
    if ((n === 'tens' && last === i) || (n === 'scores' && norm(w, i + 1) !== 'of')) return null;
    return { first: i, end: last + 1, value, scale: value, vague: true };
  }
  let k = i;
  if (n === 'a' && (norm(w, i + 1) === 'few' || norm(w, i + 1) === 'couple')) k++;
  const count = lexicon().numbersVagueCounts.get(norm(w, k));
  if (count === undefined || (k === i && n !== 'several')) return null;
  if (norm(w, k + 1) === 'of') k++;
  let scale = lexicon().numbersWordScales.get(norm(w, k + 1));
  if (scale === undefined || !joined(w.at(k), w.at(k + 1))) return null;
  let last = k + 1;
  // "several hundred thousand"
  const more = lexicon().numbersWordScales.get(norm(w, last + 1));
  if (more !== undefined && more > scale && joined(w.at(last), w.at(last + 1))) {
    scale *= more;
    last++;
  }
  return { first: i, end: last + 1, value: count * scale, scale, vague: true };
}

/** "half a million" (a count), "half of", "half the" (a fraction). */
function readHalf(w: Words, i: number): WordNumber | null {
  if (norm(w, i) !== 'half') return null;
  const art = norm(w, i + 1);
  if ((art === 'a' || art === 'an') && lexicon().numbersWordScales.has(norm(w, i + 2))) {
    const scaled = readCardinal(w, i + 1);
    if (scaled) return { first: i, end: scaled.end, value: scaled.value / 2, scale: scaled.scale };
  }
  if (art === 'of' || art === 'the') return { first: i, end: i + 1, value: 0.5, scale: 1, kind: 'fraction' };
  return null;
}

/** "two-thirds", "three quarters", "a third of", "one-fifth". */
function readFraction(w: Words, i: number): WordNumber | null {
  const n = norm(w, i);
  const article = n === 'a' || n === 'an';
  const numerator = article ? 1 : lexicon().numbersCardinals.get(n);
  const denominator = lexicon().numbersFractions.get(norm(w, i + 1));
  if (numerator === undefined || denominator === undefined || !joined(w.at(i), w.at(i + 1))) return null;
  if (denominator === 2 && numerator !== 1) return null;
  // "two-thirds", "one-third"; "par-five fourth hole" is no fraction.
  if ((numerator > 1) !== norm(w, i + 1).endsWith('s')) return null;
  // "a third time" is an ordinal; "a third of" and "a quarter of" are fractions.
  if (article && norm(w, i + 2) !== 'of') return null;
  return { first: i, end: i + 2, value: numerator / denominator, scale: 1, kind: 'fraction' };
}

/** "twice as many", "threefold", "double the number". */
function readMultiple(w: Words, i: number): WordNumber | null {
  const n = norm(w, i);
  const v = lexicon().numbersMultiples.get(n);
  if (v === undefined) return null;
  if (n.endsWith('fold')) return { first: i, end: i + 1, value: v, scale: 1, kind: 'multiple' };
  const next = w.at(i + 1);
  const comparing = next !== undefined && (lexicon().numbersComparing.has(next.normal) || next.tags.has('Comparative'));
  if (n === 'twice' ? !comparing : next?.normal !== 'the') return null;
  return { first: i, end: i + 1, value: v, scale: 1, kind: 'multiple' };
}
