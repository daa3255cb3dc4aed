/**
 * The core of a number mention: the number itself with what is glued to it:
 * a currency before ("US$", "£"), scale words after ("1.5 million"), and the
 * percent, currency or unit words after ("40 per cent", "5bn yuan", "12 km").
 */
import type { Token } from '../02-parse.js';
import type { Bound, NumberKind } from '../../types.js';
import { SCALES } from '../../lexicon/numbers-words.js';
import { CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from '../../lexicon/numbers-units.js';
import { PERCENT_WORDS } from '../../lexicon/numbers-context.js';
import { QUALIFIERS_AFTER } from '../../lexicon/numbers-qualifiers.js';
import { type Numeric, parseNumeric } from './numeric.js';
import { capitalised, hyphenAfter, joined, norm, times } from './tokens.js';
import { readWordNumber } from './word-number.js';

export interface Core {
  /** Tokens [first, last] of the whole expression, unit words included. */
  first: number;
  last: number;
  /** The token holding the (first) number. */
  num: number;
  /** Characters of the token's `pre` that belong to the number: 1 for ".75" and "-5C". */
  lead: number;
  value: number;
  scale: number;
  kind: NumberKind;
  unit?: string;
  currency?: string;
  /** Read from digits (null when written in words). */
  numeric: Numeric | null;
  vague: boolean;
  /** A duration ("24 hours"). */
  time: boolean;
  /** "or more", "-plus", "or so" after the number. */
  after?: { text: string; bound: Bound };
}

/** Separate scale words after digits; "m", "k" and "b" alone are too ambiguous ("100 m"). */
const SPACED_SCALES = new Set([...SCALES.keys()].filter((k) => k.length > 1));

/** Read the core starting at `w[i]`, or null when no number starts there. */
export function readCore(w: readonly Token[], i: number): Core | null {
  let j = i;
  let currency: string | undefined;
  const sign = w[i]?.text ?? '';
  if ((CURRENCY_SIGNS.has(sign) || CURRENCY_CODES.has(sign)) && joined(w[i], w[i + 1])) {
    currency = CURRENCY_SIGNS.get(sign) ?? sign;
    j = i + 1;
  }
  // "minus 10 degrees"
  const minus = norm(w, j) === 'minus' && joined(w[j], w[j + 1]) && parseNumeric(w[j + 1]!.text) !== null;
  const core = readNumber(w, minus ? j + 1 : j, currency);
  if (!core) return null;
  if (minus) {
    core.value = -core.value;
    core.first = j;
  }
  if (currency !== undefined) {
    if (core.currency === undefined) core.currency = currency;
    core.first = i;
  }
  readScale(w, core);
  readSuffix(w, core);
  readAfter(w, core);
  if (core.currency !== undefined) {
    core.kind = 'money';
    core.unit = core.currency;
  }
  return core;
}

function readNumber(w: readonly Token[], j: number, currency: string | undefined): Core | null {
  const t = w[j];
  if (!t) return null;
  const numeric = parseNumeric(t.text);
  if (numeric) {
    const leadingDot = /(^|\s)\.$/.test(t.pre) && /^\d+$/.test(t.text);
    // "-5C", "−0.3%": a minus sign written against the digits.
    const minus = /(^|[\s(])[-−]$/.test(t.pre);
    let value = leadingDot ? Number(`0.${t.text}`) : numeric.value;
    if (minus) value = -value;
    const core: Core = {
      first: j, last: j, num: j, lead: leadingDot || minus ? 1 : 0, value, scale: numeric.scale,
      kind: numeric.fraction ? 'fraction' : 'count', numeric, vague: false, time: false,
    };
    if (numeric.currency !== undefined) core.currency = numeric.currency;
    // "1.5m people" is a million; "the 100m final", "2m tall" are metres.
    const next = w[j + 1];
    if (numeric.scale === 1e6 && (numeric.currency ?? currency) === undefined && /m$/i.test(t.text) && !/mn$/i.test(t.text) && !next?.tags.has('Plural')) {
      core.value = numeric.value / 1e6;
      core.scale = 1;
      core.unit = 'm';
      core.kind = 'measure';
    }
    if (numeric.unit !== undefined) {
      core.unit = numeric.unit;
      core.kind = numeric.unit === '%' ? 'percent' : 'measure';
    }
    if (numeric.hedge) core.after = numeric.hedge === 'plus' ? { text: 'plus', bound: 'lower' } : { text: 'odd', bound: 'approx' };
    return core;
  }
  const words = readWordNumber(w, j);
  if (!words) return null;
  return {
    first: j, last: words.last, num: j, lead: 0, value: words.value, scale: words.scale,
    kind: words.kind ?? 'count', numeric: null, vague: words.vague === true, time: false,
  };
}

/** "1.5 million", "€40 million", "3 bn": a scale word after digits. */
function readScale(w: readonly Token[], core: Core): void {
  if (!core.numeric) return;
  // "11 1/2": a whole number and a fraction.
  const part = core.numeric.plain && joined(w[core.last], w[core.last + 1]) ? parseNumeric(w[core.last + 1]!.text) : null;
  if (part?.fraction) {
    core.value += part.value;
    core.last++;
    core.numeric = { ...core.numeric, plain: false };
    return;
  }
  for (let k = core.last + 1; k < w.length && joined(w[k - 1], w[k]); k++) {
    const s = SCALES.get(norm(w, k));
    if (s === undefined || !SPACED_SCALES.has(norm(w, k))) break;
    core.value = times(core.value, s);
    core.scale *= s;
    core.last = k;
  }
}

/** "40 per cent", "5 percentage points", "5bn yuan", "12 km", "700 square miles", "24 hours", "40-year-old". */
function readSuffix(w: readonly Token[], core: Core): void {
  if (core.kind !== 'count') return;
  const k = core.last + 1;
  if (!joined(w[k - 1], w[k])) return;
  const a = norm(w, k);
  const b = norm(w, k + 1);
  const linked = joined(w[k], w[k + 1]);
  const set = (last: number, kind: NumberKind, unit: string): void => {
    core.last = last;
    core.kind = kind;
    core.unit = unit;
  };
  if (PERCENT_WORDS.has(a)) return set(k, 'percent', '%');
  if (a === 'per' && b === 'cent' && linked) return set(k + 1, 'percent', '%');
  if (a === 'percentage' && (b === 'points' || b === 'point') && linked) return set(k + 1, 'percentage-points', 'percentage points');
  const code = w[k]!.text;
  // "5 million US dollars", "20 Swiss francs", "100 pounds sterling".
  const pair = linked ? CURRENCY_WORDS.get(`${a} ${b}`) : undefined;
  if (pair !== undefined) {
    core.last = k + 1;
    core.currency = pair;
    return;
  }
  const word = CURRENCY_WORDS.get(a);
  if (CURRENCY_CODES.has(code) || (word !== undefined && moneyWord(a, core))) {
    core.last = k;
    core.currency = CURRENCY_CODES.has(code) ? code : word!;
    return;
  }
  // "3 pounds" too small for money: a weight.
  if ((a === 'pounds' || a === 'pound') && core.currency === undefined) return set(k, 'measure', 'lb');
  const two = linked ? MEASURE_UNITS.get(`${a} ${b}`) : undefined;
  if (two !== undefined) return readRate(w, core, k + 1, two);
  const one = MEASURE_UNITS.get(a);
  if (one !== undefined && !(hyphenAfter(w[k - 1]) && a === 'm')) return readRate(w, core, k, one);
  // "May 24 Second one-day international": a capital makes "Second" an ordinal.
  const time = capitalised(w[k]) && a === 'second' ? undefined : TIME_UNITS.get(a);
  if (time === undefined) return readCompound(w, core);
  core.time = true;
  // "a 40-year-old man", "29 years old": an age.
  if (b === 'old' && (hyphenAfter(w[k]) || linked)) return set(k + 1, 'measure', `${time} old`);
  set(k, 'measure', time);
}

/** The unit ends at `k`; "per day", "per hour" after it make a rate: "2 million barrels per day". */
function readRate(w: readonly Token[], core: Core, k: number, unit: string): void {
  core.kind = 'measure';
  core.last = k;
  core.unit = unit;
  if (norm(w, k + 1) !== 'per' || !joined(w[k], w[k + 1]) || !joined(w[k + 1], w[k + 2])) return;
  const per = norm(w, k + 2);
  const time = TIME_UNITS.get(per);
  const other = MEASURE_UNITS.get(per);
  if (time === undefined && other === undefined) return;
  core.unit = `${unit}/${other ?? per}`;
  core.last = k + 2;
}

/** "a 100-page report", "a two-front war": the hyphened noun is what is counted. */
function readCompound(w: readonly Token[], core: Core): void {
  const k = core.last + 1;
  const t = w[k];
  if (!t || !hyphenAfter(w[core.last]) || !t.tags.has('Noun') || t.tags.has('Plural') || !/^[a-z]+$/.test(t.text)) return;
  core.last = k;
  core.unit = t.normal;
}

/** "won" and "pounds" are money only with a sizeable amount: "2.4 trillion won", not "the 12 won". */
function moneyWord(word: string, core: Core): boolean {
  if (word !== 'won' && word !== 'pounds' && word !== 'pound') return true;
  return core.value >= 1000 || core.scale > 1;
}

/** "100 or more", "40 or so", "a million-plus". */
function readAfter(w: readonly Token[], core: Core): void {
  const k = core.last + 1;
  if (hyphenAfter(w[core.last]) && (norm(w, k) === 'plus' || norm(w, k) === 'odd')) {
    core.last = k;
    core.after = norm(w, k) === 'plus' ? { text: 'plus', bound: 'lower' } : { text: 'odd', bound: 'approx' };
    return;
  }
  if (norm(w, k) !== 'or' || !joined(w[core.last], w[k]) || !joined(w[k], w[k + 1])) return;
  const text = `or ${norm(w, k + 1)}`;
  const bound = QUALIFIERS_AFTER.get(text);
  if (bound === undefined) return;
  core.after = { text, bound };
  core.last = k + 1;
}
