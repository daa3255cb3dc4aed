/**
 * The core of a number mention: the number itself with what is glued to it:
 * a currency before ("US$", "£"), scale words after ("1.5 million"), and the
 * percent, currency or unit words after ("40 per cent", "5bn yuan", "12 km").
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Bound, NumberKind } from '../../types.js';
import { type Numeric, parseNumeric } from './numeric.js';
import { capitalised, hyphenAfter, joined, norm, times, type Words } from './tokens.js';
import { readWordNumber } from './word-number.js';

export interface Core {
  /** Tokens [first, end) of the whole expression, unit words included. */
  first: number;
  end: number;
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
let spacedScales: Set<string> | undefined;

/** Read the core starting at token `i`, or null when no number starts there. */
export function readCore(w: Words, i: number): Core | null {
  let j = i;
  let currency: string | undefined;
  const sign = w.at(i)?.text ?? '';
  if ((lexicon().numbersCurrencySigns.has(sign) || lexicon().numbersCurrencyCodes.has(sign)) && joined(w.at(i), w.at(i + 1))) {
    currency = lexicon().numbersCurrencySigns.get(sign) ?? sign;
    j = i + 1;
  }
  // "minus 10 degrees"
  const minus = norm(w, j) === 'minus' && joined(w.at(j), w.at(j + 1)) && parseNumeric(w.at(j + 1)!.text) !== null;
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

function readNumber(w: Words, j: number, currency: string | undefined): Core | null {
  const t = w.at(j);
  if (!t) return null;
  const numeric = parseNumeric(t.text);
  if (numeric) {
    const leadingDot = /(^|\s)\.$/.test(t.pre) && /^\d+$/.test(t.text);
    // "-5C", "−0.3%": a minus sign written against the digits.
    const minus = /(^|[\s(])[-−]$/.test(t.pre);
    let value = leadingDot ? Number(`0.${t.text}`) : numeric.value;
    if (minus) value = -value;
    const core: Core = {
      first: j, end: j + 1, num: j, lead: leadingDot || minus ? 1 : 0, value, scale: numeric.scale,
      kind: numeric.fraction ? 'fraction' : 'count', numeric, vague: false, time: false,
    };
    if (numeric.currency !== undefined) core.currency = numeric.currency;
    // "1.5m people" is a million; "the 100m final", "2m tall" are metres.
    const next = w.at(j + 1);
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
    first: j, end: words.end, num: j, lead: 0, value: words.value, scale: words.scale,
    kind: words.kind ?? 'count', numeric: null, vague: words.vague === true, time: false,
  };
}

/** "1.5 million", "€40 million", "3 bn": a scale word after digits. */
function readScale(w: Words, core: Core): void {
  if (!core.numeric) return;
  // "11 1/2": a whole number and a fraction.
  const part = core.numeric.plain && joined(w.at(core.end - 1), w.at(core.end)) ? parseNumeric(w.at(core.end)!.text) : null;
  if (part?.fraction) {
    core.value += part.value;
    core.end++;
    core.numeric = { ...core.numeric, plain: false };
    return;
  }
  for (let k = core.end; k < w.to && joined(w.at(k - 1), w.at(k)); k++) {
    const s = lexicon().numbersScales.get(norm(w, k));
    spacedScales ??= new Set([...lexicon().numbersScales.keys()].filter((key) => key.length > 1));
    if (s === undefined || !spacedScales.has(norm(w, k))) break;
    core.value = times(core.value, s);
    core.scale *= s;
    core.end = k + 1;
  }
}

/** "40 per cent", "5 percentage points", "5bn yuan", "12 km", "700 square miles", "24 hours", "40-year-old". */
function readSuffix(w: Words, core: Core): void {
  if (core.kind !== 'count') return;
  const k = core.end;
  if (!joined(w.at(k - 1), w.at(k))) return;
  const a = norm(w, k);
  const b = norm(w, k + 1);
  const linked = joined(w.at(k), w.at(k + 1));
  const set = (last: number, kind: NumberKind, unit: string): void => {
    core.end = last + 1;
    core.kind = kind;
    core.unit = unit;
  };
  if (lexicon().numbersPercentWords.has(a)) return set(k, 'percent', '%');
  if (a === 'per' && b === 'cent' && linked) return set(k + 1, 'percent', '%');
  if (a === 'percentage' && (b === 'points' || b === 'point') && linked) return set(k + 1, 'percentage-points', 'percentage points');
  const code = w.at(k)!.text;
  // "5 million US dollars", "20 Swiss francs", "100 pounds sterling".
  const pair = linked ? lexicon().numbersCurrencyWords.get(`${a} ${b}`) : undefined;
  if (pair !== undefined) {
    core.end = k + 2;
    core.currency = pair;
    return;
  }
  const word = lexicon().numbersCurrencyWords.get(a);
  if (lexicon().numbersCurrencyCodes.has(code) || (word !== undefined && moneyWord(a, core))) {
    core.end = k + 1;
    core.currency = lexicon().numbersCurrencyCodes.has(code) ? code : word!;
    return;
  }
  // "3 pounds" too small for money: a weight.
  if ((a === 'pounds' || a === 'pound') && core.currency === undefined) return set(k, 'measure', 'lb');
  const two = linked ? lexicon().numbersMeasureUnits.get(`${a} ${b}`) : undefined;
  if (two !== undefined) return readRate(w, core, k + 1, two);
  const one = lexicon().numbersMeasureUnits.get(a);
  if (one !== undefined && !(hyphenAfter(w.at(k - 1)) && a === 'm')) return readRate(w, core, k, one);
  // "May 24 Second one-day international": a capital makes "Second" an ordinal.
  const time = capitalised(w.at(k)) && a === 'second' ? undefined : lexicon().numbersTimeUnits.get(a);
  if (time === undefined) return readCompound(w, core);
  core.time = true;
  // "a 40-year-old man", "29 years old": an age.
  if (b === 'old' && (hyphenAfter(w.at(k)) || linked)) return set(k + 1, 'measure', `${time} old`);
  set(k, 'measure', time);
}

/** The unit ends at `k`; "per day", "per hour" after it make a rate: "2 million barrels per day". */
function readRate(w: Words, core: Core, k: number, unit: string): void {
  core.kind = 'measure';
  core.end = k + 1;
  core.unit = unit;
  if (norm(w, k + 1) !== 'per' || !joined(w.at(k), w.at(k + 1)) || !joined(w.at(k + 1), w.at(k + 2))) return;
  const per = norm(w, k + 2);
  const time = lexicon().numbersTimeUnits.get(per);
  const other = lexicon().numbersMeasureUnits.get(per);
  if (time === undefined && other === undefined) return;
  core.unit = `${unit}/${other ?? per}`;
  core.end = k + 3;
}

/** "a 100-page report", "a two-front war": the hyphened noun is what is counted. */
function readCompound(w: Words, core: Core): void {
  const k = core.end;
  const t = w.at(k);
  if (!t || !hyphenAfter(w.at(core.end - 1)) || !t.tags.has('Noun') || t.tags.has('Plural') || !/^[a-z]+$/.test(t.text)) return;
  core.end = k + 1;
  core.unit = t.normal;
}

/** "won" and "pounds" are money only with a sizeable amount: "2.4 trillion won", not "the 12 won". */
function moneyWord(word: string, core: Core): boolean {
  if (word !== 'won' && word !== 'pounds' && word !== 'pound') return true;
  return core.value >= 1000 || core.scale > 1;
}

/** "100 or more", "40 or so", "a million-plus". */
function readAfter(w: Words, core: Core): void {
  const k = core.end;
  if (hyphenAfter(w.at(core.end - 1)) && (norm(w, k) === 'plus' || norm(w, k) === 'odd')) {
    core.end = k + 1;
    core.after = norm(w, k) === 'plus' ? { text: 'plus', bound: 'lower' } : { text: 'odd', bound: 'approx' };
    return;
  }
  if (norm(w, k) !== 'or' || !joined(w.at(core.end - 1), w.at(k)) || !joined(w.at(k), w.at(k + 1))) return;
  const text = `or ${norm(w, k + 1)}`;
  const bound = lexicon().numbersQualifiersAfter.get(text);
  if (bound === undefined) return;
  core.after = { text, bound };
  core.end = k + 2;
}
