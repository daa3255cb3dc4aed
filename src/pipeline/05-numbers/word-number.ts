/**
 * Numbers written in words, or in words after digits: "one hundred and twenty-five",
 * "5 hundred and 12", "6 thousand 2 hundred", "six and a half million", "4 billion and
 * a half", "three hundred point zero five", "two oh six", "two lakh crore", "two dozen",
 * "a score of", "tens of thousands", "several hundred", "two-thirds", "a sixth",
 * "three quarters of a million", "half a billion", "twice as many".
 * Every word is looked up in the lexicon; each reader moves forward only.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { parseNumeric } from './numeric.js';
import { idiomAt } from './idioms.js';
import { joined, norm, times, type Words } from './tokens.js';

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
  return readVague(w, i) ?? readFraction(w, i) ?? readMultiple(w, i) ?? readCardinal(w, i) ?? readArticleUnit(w, i);
}

/** "a mile wide", "a square kilometre", "costs a dollar": the article counts one of the unit after it. */
function readArticleUnit(w: Words, i: number): WordNumber | null {
  const n = norm(w, i);
  if ((n !== 'a' && n !== 'an') || !joined(w.at(i), w.at(i + 1))) return null;
  // "₦617 a litre", "60 miles an hour": after an amount, "a" is "per".
  const prev = w.at(i - 1);
  if (prev && joined(prev, w.at(i)) && (/\d/.test(prev.text) || unitWord(prev.normal))) return null;
  const units = lexicon().numbersUnitsAfterArticle;
  const two = joined(w.at(i + 1), w.at(i + 2)) && units.has(`${norm(w, i + 1)} ${norm(w, i + 2)}`);
  // "a year and a half": a time unit only with the fraction that makes it an amount.
  const time = lexicon().numbersTimeUnits.has(norm(w, i + 1)) && norm(w, i + 2) === 'and' && fractionAt(w, i + 3, true) !== null && joined(w.at(i + 1), w.at(i + 2));
  return two || time || units.has(norm(w, i + 1)) ? { first: i, end: i + 1, value: 1, scale: 1 } : null;
}

type Prev = 'none' | 'unit' | 'teen' | 'tens' | 'digits' | 'hundred' | 'scale' | 'fraction' | 'decimal' | 'done';

/** The running state of a cardinal: what is summed so far and what may come next. */
interface Reading {
  /** Groups closed by a scale of a thousand or more ("two million" in "two million three"). */
  total: number;
  /** The open group ("three hundred and twelve"). */
  current: number;
  /** The largest scale word read. */
  scale: number;
  /** The last closed group and its scale: "two lakh crore" multiplies it again. */
  group: number;
  groupScale: number;
  /** The last scale word under a thousand ("dozen" in "a dozen and a half"). */
  wordScale: number;
  prev: Prev;
  /** One past the last token read. */
  end: number;
  /** The reading before a new group began: restored when a scale shows that group belongs to the next number. */
  saved: Omit<Reading, 'saved'> | null;
}

const start = (end: number): Reading => ({ total: 0, current: 0, scale: 1, group: 0, groupScale: Infinity, wordScale: 1, prev: 'none', end, saved: null });

/**
 * "one hundred and twenty-five", "a million", "five million", "5 hundred and 12" (with
 * `digits`: the value of a digit token at `i` and where it ends), "1.5 million".
 */
export function readCardinal(w: Words, i: number, digits?: { value: number; end: number }): WordNumber | null {
  const r = start(-1);
  let k = i;
  if (digits) {
    r.current = digits.value;
    r.prev = 'digits';
    r.end = k = digits.end;
  } else if (opensWithScale(w, i)) {
    r.current = 1;
    r.prev = 'unit';
    if (norm(w, i) === 'a' || norm(w, i) === 'an') k++;
  }
  while (k < w.to && r.prev !== 'done' && (k === i || joined(w.at(k - 1), w.at(k)))) {
    const used = step(w, k, r);
    if (used === 0) break;
    k += used;
  }
  if (r.end < 0) return null;
  return { first: i, end: r.end, value: r.total + r.current, scale: r.scale };
}

/** Read what token `k` adds to the reading; the number of tokens used (0: the number ended before `k`). */
function step(w: Words, k: number, r: Reading): number {
  const lex = lexicon();
  const n = norm(w, k);
  if (r.prev === 'unit' || r.prev === 'teen' || r.prev === 'tens') {
    const sequence = readSequence(w, k, r);
    if (sequence > 0) return sequence;
  }
  const v = lex.numbersCardinals.get(n);
  if (v !== undefined) return takeValue(r, k, v, v < 10 ? 'unit' : v < 20 ? 'teen' : 'tens');
  const s = lex.numbersWordScales.get(n) ?? (r.prev === 'digits' ? lex.numbersScales.get(n) : undefined);
  if (s !== undefined) return takeScale(r, k, s);
  if (n === 'and') return takeAnd(w, k, r);
  if (lex.numbersDecimalPoints.has(n)) return takePoint(w, k, r);
  const d = digitValue(w, k);
  if (d !== null) {
    // "1 1/2", "2 ½": a whole number and a fraction.
    if (d.fraction) return r.prev === 'digits' && Number.isInteger(r.current) ? finish(r, k, r.current + d.value, 'fraction') : 0;
    return takeValue(r, k, d.value, 'digits');
  }
  return 0;
}

function finish(r: Reading, k: number, current: number, prev: Prev): number {
  r.current = current;
  r.prev = prev;
  r.end = k + 1;
  return 1;
}

/** A value word or digits: after a scale a new group begins ("two million three hundred"). */
function takeValue(r: Reading, k: number, v: number, kind: Prev): number {
  const after = r.prev;
  if (after === 'unit' || after === 'teen' || after === 'digits' || after === 'fraction' || after === 'decimal') return 0;
  if (after === 'tens' && (v >= 10 || kind === 'digits')) return 0;
  if (kind === 'digits') {
    // "6 thousand 2 hundred", "5 hundred and 12": digits only under the scale before them.
    const limit = after === 'hundred' ? r.wordScale : after === 'scale' ? r.groupScale : 0;
    if (!Number.isInteger(v) || v >= limit) return 0;
  }
  if ((after === 'scale' || after === 'hundred') && !r.saved) r.saved = snapshot(r);
  return finish(r, k, r.current + v, kind);
}

/** "hundred", "dozen", "million", "lakh crore". */
function takeScale(r: Reading, k: number, s: number): number {
  if (r.prev === 'none' || r.prev === 'done') return 0;
  if (s < 1000) {
    if (r.prev === 'hundred' || r.prev === 'scale') return 0;
    // "two hundred and three hundred": the second hundred starts another number.
    if (r.saved && r.saved.prev === 'hundred' && s <= r.saved.wordScale) return restore(r);
    r.scale = Math.max(r.scale, s);
    r.wordScale = s;
    return finish(r, k, times(r.current || 1, s), 'hundred');
  }
  if (r.prev === 'scale') {
    if (s <= r.groupScale) return 0;
    // "two lakh crore", "a thousand million": the scales multiply.
    r.total = times(r.total - r.group, 1) + times(r.group, s);
    r.group = times(r.group, s);
    r.groupScale = s;
    r.scale = Math.max(r.scale, s);
    r.end = k + 1;
    return 1;
  }
  if (s >= r.groupScale) return r.saved ? restore(r) : 0;
  r.group = times(r.current || 1, s);
  r.total += r.group;
  r.groupScale = s;
  r.scale = Math.max(r.scale, s);
  r.saved = null;
  return finish(r, k, 0, 'scale');
}

/** "and" goes on with a fraction ("two and a half", "4 billion and a half") or a smaller group ("hundred and 12"). */
function takeAnd(w: Words, k: number, r: Reading): number {
  if (!joined(w.at(k), w.at(k + 1))) return 0;
  const f = fractionAt(w, k + 1, true);
  if (f) {
    if (r.prev === 'scale') {
      r.total = times(r.total + f.value * r.groupScale, 1);
      r.prev = 'done';
      r.end = f.end;
      return f.end - k;
    }
    if (r.prev === 'hundred') r.current = times(r.current + f.value * r.wordScale, 1);
    else if (r.prev === 'unit' || r.prev === 'teen' || r.prev === 'tens' || r.prev === 'digits') r.current = r.current + f.value;
    else return 0;
    r.prev = 'fraction';
    r.end = f.end;
    return f.end - k;
  }
  if (r.prev !== 'hundred' && r.prev !== 'scale') return 0;
  const next = norm(w, k + 1);
  if (!lexicon().numbersCardinals.has(next) && digitValue(w, k + 1) === null) return 0;
  r.saved ??= snapshot(r);
  return 1;
}

/** "three hundred point zero five", "seven point nought two"; not "at one point". */
function takePoint(w: Words, k: number, r: Reading): number {
  if (r.prev !== 'unit' && r.prev !== 'teen' && r.prev !== 'tens' && r.prev !== 'hundred') return 0;
  let digits = '';
  let j = k + 1;
  for (; j < w.to && joined(w.at(j - 1), w.at(j)); j++) {
    const d = digitWord(norm(w, j));
    if (d === null) break;
    digits += d;
  }
  if (digits === '') return 0;
  // "at one point two soldiers fled" is the idiom; "rose at one point eight degrees" a decimal.
  if (idiomAt(w, k) && !(joined(w.at(j - 1), w.at(j)) && unitWord(norm(w, j)))) return 0;
  const current = Number(`${r.current}.${digits}`);
  r.current = current;
  r.prev = r.total === 0 ? 'decimal' : 'done';
  r.end = j;
  return j - k;
}

/** "two oh six" (206), "nineteen oh five": a number said digit by digit after a zero word. */
function readSequence(w: Words, k: number, r: Reading): number {
  const lex = lexicon();
  if (r.total !== 0 || !lex.numbersZeroWords.has(norm(w, k)) || digitWord(norm(w, k + 1)) === null || !joined(w.at(k), w.at(k + 1))) return 0;
  let digits = String(r.current);
  let j = k;
  for (; j < w.to && (j === k || joined(w.at(j - 1), w.at(j))); j++) {
    const d = digitWord(norm(w, j));
    if (d === null) break;
    digits += d;
  }
  r.current = Number(digits);
  r.prev = 'done';
  r.end = j;
  return j - k;
}

/** A word that says what a number measures: a unit, percent, currency or scale word. */
function unitWord(n: string): boolean {
  const lex = lexicon();
  return lex.numbersMeasureUnits.has(n) || lex.numbersTimeUnits.has(n) || lex.numbersPercentWords.has(n) || lex.numbersCurrencyWords.has(n) || lex.numbersWordScales.has(n);
}

/** A word said as one digit: "oh", "nought", "five". */
function digitWord(n: string): string | null {
  if (lexicon().numbersZeroWords.has(n)) return '0';
  const v = lexicon().numbersCardinals.get(n);
  return v !== undefined && v < 10 ? String(v) : null;
}

/** A digit token with no sign, unit or suffix ("12", "1.5", "1/2"), or null. */
function digitValue(w: Words, k: number): { value: number; fraction: boolean } | null {
  const t = w.at(k);
  const n = t ? parseNumeric(t.text) : null;
  if (!n || n.scale !== 1 || n.unit !== undefined || n.currency !== undefined || n.special || n.to || n.hedge || n.commaDecimal || n.multiple) return null;
  return { value: n.value, fraction: n.fraction === true };
}

function snapshot(r: Reading): Omit<Reading, 'saved'> {
  const { saved: _, ...rest } = r;
  return rest;
}

/** Go back to the reading before the last group: that group starts the next number. */
function restore(r: Reading): number {
  Object.assign(r, r.saved, { saved: null, prev: 'done' });
  return 0;
}

/** "a million", "a dozen", "a score of people", "million-dollar": a scale word with no number before it. */
function opensWithScale(w: Words, i: number): boolean {
  const lex = lexicon();
  const n = norm(w, i);
  if ((n === 'a' || n === 'an') && joined(w.at(i), w.at(i + 1))) {
    const scale = norm(w, i + 1);
    if (!lex.numbersWordScales.has(scale)) return false;
    // "a score of people" but not "a score of 85" or "what a score".
    if (!lex.numbersScalesNeedingOf.has(scale)) return true;
    return norm(w, i + 2) === 'of' && w.at(i + 3) !== undefined && !w.at(i + 3)!.tags.has('Value');
  }
  // "the million-dollar question", "a billion-euro deal"
  const next = w.at(i + 1);
  return lex.numbersWordScales.has(n) && !lex.numbersScalesNeedingOf.has(n) && !!next && joined(w.at(i), next) && lex.numbersCurrencyWords.has(next.normal) && !hyphenBefore(w, i);
}

/** "multi-million-dollar", "1,2 million dollars": a word or digits glued before the scale. */
function hyphenBefore(w: Words, i: number): boolean {
  const prev = w.at(i - 1);
  return prev !== undefined && (/[-–]$/.test(prev.post) || (/\d/.test(prev.text) && joined(prev, w.at(i))));
}

/** A fraction written in words at `i`: its value and end. */
interface FractionWords {
  value: number;
  end: number;
  /** Opened by "a"/"an" ("a third"). */
  article: boolean;
  /** "half" with no article or number before it. */
  bare: boolean;
}

/**
 * "half", "a third", "two-thirds", "three quarters", "one-fifth"; with `loose` (after
 * "and": "seven and two thirds"), also "1/2" and "three quarter".
 */
export function fractionAt(w: Words, i: number, loose: boolean): FractionWords | null {
  const lex = lexicon();
  const n = norm(w, i);
  if (loose) {
    const d = digitValue(w, i);
    if (d?.fraction) return { value: d.value, end: i + 1, article: false, bare: false };
  }
  const own = lex.numbersFractions.get(n);
  if (own === 2 && !n.endsWith('s')) return { value: 0.5, end: i + 1, article: false, bare: true };
  const article = n === 'a' || n === 'an';
  const numerator = article ? 1 : lex.numbersCardinals.get(n);
  const word = norm(w, i + 1);
  const denominator = lex.numbersFractions.get(word);
  if (numerator === undefined || denominator === undefined || numerator === 0 || !joined(w.at(i), w.at(i + 1))) return null;
  if (denominator === 2 && numerator !== 1) return null;
  // "two-thirds", "one-third"; "par-five fourth hole" is no fraction.
  if (!loose && (numerator > 1) !== word.endsWith('s')) return null;
  return { value: numerator / denominator, end: i + 2, article, bare: false };
}

/**
 * "two-thirds", "a third of", "half of", "a sixth" (alone), and fractions of a scale,
 * which are counts: "half a billion", "a quarter billion", "three quarters of a million".
 */
function readFraction(w: Words, i: number): WordNumber | null {
  const f = fractionAt(w, i, false);
  if (!f) return null;
  let k = f.end;
  if (norm(w, k) === 'of' && joined(w.at(k - 1), w.at(k))) k++;
  if ((norm(w, k) === 'a' || norm(w, k) === 'an') && joined(w.at(k - 1), w.at(k))) k++;
  const scale = lexicon().numbersWordScales.get(norm(w, k));
  if (scale !== undefined && !lexicon().numbersScalesNeedingOf.has(norm(w, k)) && joined(w.at(k - 1), w.at(k))) {
    return { first: i, end: k + 1, value: times(f.value, scale), scale };
  }
  // "half a percent", "a third of a mile", "half an hour": a fraction of a unit, which the unit reader takes.
  if (k > f.end && joined(w.at(k - 1), w.at(k)) && (unitWord(norm(w, k)) || unitWord(`${norm(w, k)} ${norm(w, k + 1)}`)) && (f.bare || norm(w, k - 1) === 'a' || norm(w, k - 1) === 'an')) {
    return { first: i, end: k, value: f.value, scale: 1 };
  }
  const next = norm(w, f.end);
  if (f.bare && next !== 'of' && next !== 'the') return null;
  // "a year and a half": the half belongs to the amount before "and".
  if (f.article && norm(w, i - 1) === 'and') return null;
  // "a third of" and "a sixth" are fractions; "a third time" is an ordinal.
  if (f.article && next !== 'of' && !endsPhrase(w, f.end)) return null;
  return { first: i, end: f.end, value: f.value, scale: 1, kind: 'fraction' };
}

/** Nothing at `k` goes on the phrase: a sentence end, punctuation, a verb; "last year" too. */
function endsPhrase(w: Words, k: number): boolean {
  const t = w.at(k);
  if (!t || !joined(w.at(k - 1), t)) return true;
  if (t.tags.has('Adjective')) return w.at(k + 1)?.tags.has('Date') === true;
  return !t.tags.has('Noun') && !t.tags.has('Value');
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
      value = times(value, lexicon().numbersVaguePlurals.get(norm(w, last + 2))!);
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
