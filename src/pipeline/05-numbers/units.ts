/**
 * What follows a number and says what it counts: percent words ("40 per cent"),
 * money ("5 million US dollars", "300 USD", "40 MUSD", "50 cents", "$100 Australian"),
 * units ("12 km", "700 square miles", "2 million barrels per day", "24 hours",
 * "40-year-old", "a 100-page report"), a vague amount of a unit ("hundreds of millions
 * of dollars") and hedges after it ("100 or more"). Every word is looked up in the lexicon.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { currencyOf } from './numeric.js';
import type { Core } from './reading.js';
import { capitalised, hyphenAfter, joined, norm, times, type Words } from './tokens.js';

/** "40 per cent", "5 percentage points", "5bn yuan", "12 km", "700 square miles", "24 hours", "40-year-old". */
export function readSuffix(w: Words, core: Core): void {
  if (core.kind !== 'count') return;
  const lex = lexicon();
  let k = core.end;
  if (!joined(w.at(k - 1), w.at(k))) return;
  // "three more years", "5 additional km": a word between the number and its unit.
  const unitNext = lex.numbersTimeUnits.has(norm(w, k + 1)) || lex.numbersMeasureUnits.has(norm(w, k + 1));
  if (lex.numbersSubjectModifiers.has(norm(w, k)) && unitNext && joined(w.at(k), w.at(k + 1))) k++;
  const a = norm(w, k);
  const b = norm(w, k + 1);
  const linked = joined(w.at(k), w.at(k + 1));
  const percent = (linked ? lex.numbersPercentWords.get(`${a} ${b}`) : undefined) ?? lex.numbersPercentWords.get(a);
  if (percent !== undefined) {
    core.end = linked && lex.numbersPercentWords.has(`${a} ${b}`) ? k + 2 : k + 1;
    core.kind = percent;
    core.unit = percent === 'percent' ? '%' : 'percentage points';
    return;
  }
  if (readDollarCountry(w, core) || readMoney(w, core)) return;
  const two = linked ? lex.numbersMeasureUnits.get(`${a} ${b}`) : undefined;
  if (two !== undefined) return readRate(w, core, k + 1, two);
  const one = lex.numbersMeasureUnits.get(a);
  if (one !== undefined && !(hyphenAfter(w.at(k - 1)) && a === 'm')) {
    const money = lex.numbersCurrencyWords.get(a);
    if (money !== undefined) core.moneyCurrency = money;
    return readRate(w, core, k, one);
  }
  // "May 24 Second one-day international": a capital makes "Second" an ordinal.
  const time = capitalised(w.at(k)) && lex.numbersOrdinalWords.has(a) ? undefined : lex.numbersTimeUnits.get(a);
  if (time === undefined) return readHyphenNoun(w, core);
  core.time = true;
  core.kind = 'measure';
  // "a 40-year-old man", "29 years old": an age.
  const old = lex.numbersAgeWords.has(b) && (hyphenAfter(w.at(k)) || linked);
  core.end = old ? k + 2 : k + 1;
  core.unit = old ? `${time} old` : time;
}

/**
 * Money after the number: "5 million US dollars", "300 USD", "50 €", "40 MUSD", "60 EUR
 * million", "50 cents" (0.5 USD); "won" and "pounds" only with a sizeable amount.
 */
function readMoney(w: Words, core: Core): boolean {
  const lex = lexicon();
  const k = core.end;
  const t = w.at(k)!;
  const a = t.normal;
  const pair = joined(t, w.at(k + 1)) ? `${a} ${norm(w, k + 1)}` : '';
  const code = currencyOf(t.text, false);
  const scaled = codeScale(t.text);
  const word = lex.numbersCurrencyWords.get(pair) ?? lex.numbersCurrencyWords.get(a);
  const wordEnd = lex.numbersCurrencyWords.has(pair) ? k + 2 : k + 1;
  const sized = !lex.numbersCurrencyWordsSized.has(a) || core.value >= 1000 || core.scale > 1;
  if (code !== undefined) {
    core.currency = code;
    core.end = k + 1;
    // "60 EUR million"
    const s = lex.numbersWordScales.get(norm(w, k + 1)) ?? lex.numbersScales.get(norm(w, k + 1));
    if (s !== undefined && s >= 1000 && joined(t, w.at(k + 1))) {
      core.value = times(core.value, s);
      core.scale *= s;
      core.end = k + 2;
    }
  } else if (scaled) {
    core.currency = scaled.currency;
    core.value = times(core.value, scaled.scale);
    core.scale *= scaled.scale;
    core.end = k + 1;
  } else if (word !== undefined && sized) {
    core.currency = word;
    core.end = wordEnd;
    const part = lex.numbersCurrencySubunits.get(wordEnd === k + 2 ? pair : a);
    if (part !== undefined) {
      core.value = times(core.value, part);
      core.subunit = true;
    }
    const weight = lex.numbersMeasureUnits.get(a);
    if (weight !== undefined) core.weightUnit = weight;
  } else return false;
  return true;
}

/** "$100 Australian", "$5 million Canadian": whose dollars a bare "$" meant. */
function readDollarCountry(w: Words, core: Core): boolean {
  const sign = w.at(core.num)!.text.startsWith('$') || w.at(core.num - 1)?.text === '$';
  if (!sign || core.currency !== 'USD') return false;
  const k = core.end;
  const countries = lexicon().numbersDollarCountries;
  const two = joined(w.at(k), w.at(k + 1)) ? countries.get(`${norm(w, k)} ${norm(w, k + 1)}`) : undefined;
  const code = two ?? countries.get(norm(w, k));
  if (code === undefined) return false;
  core.currency = code;
  core.end = two !== undefined ? k + 2 : k + 1;
  return true;
}

/** "MUSD", "kEUR": a scale letter and an ISO code in one token. */
function codeScale(text: string): { currency: string; scale: number } | null {
  const scale = lexicon().numbersCurrencyCodeScales.get(text.slice(0, 1));
  const code = text.slice(1);
  return scale !== undefined && lexicon().numbersCurrencyCodes.has(code) ? { currency: code, scale } : null;
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
  const rate = `${unit}/${other ?? per}`;
  core.unit = lexicon().numbersRateUnits.get(rate) ?? rate;
  delete core.weightUnit;
  core.end = k + 3;
}

/** "a 100-page report", "a two-front war": the hyphened noun is what is counted. */
function readHyphenNoun(w: Words, core: Core): void {
  const k = core.end;
  const t = w.at(k);
  // compromise may tag the hyphened word a verb: "a two-state solution".
  const noun = t?.tags.has('Noun') || (t?.tags.has('Verb') && w.at(core.end + 1)?.tags.has('Noun') && joined(t, w.at(core.end + 1)));
  if (!t || !hyphenAfter(w.at(core.end - 1)) || !noun || t.tags.has('Plural') || !/^[a-z]+$/.test(t.text)) return;
  core.end = k + 1;
  core.unit = t.normal;
}

/** "hundreds of millions of dollars" (money), "thousands of miles" (a measure): a vague amount of a unit. */
export function readOfUnit(w: Words, core: Core): void {
  const k = core.end;
  if (!core.vague || core.kind !== 'count' || norm(w, k) !== 'of' || !joined(w.at(k - 1), w.at(k)) || !joined(w.at(k), w.at(k + 1))) return;
  const lex = lexicon();
  const a = norm(w, k + 1);
  const currency = lex.numbersCurrencyWords.get(a);
  const unit = lex.numbersMeasureUnits.get(a);
  if (currency !== undefined && !lex.numbersCurrencySubunits.has(a)) {
    core.currency = currency;
    if (unit !== undefined) core.weightUnit = unit;
  } else if (unit !== undefined) {
    core.kind = 'measure';
    core.unit = unit;
  } else return;
  core.end = k + 2;
}

/** "100 or more", "40 or so", "a million-plus". */
export function readAfter(w: Words, core: Core): void {
  const k = core.end;
  const hedges = lexicon().numbersQualifiersAfter;
  if (hyphenAfter(w.at(core.end - 1)) && hedges.has(norm(w, k))) {
    core.end = k + 1;
    core.after = { text: norm(w, k), bound: hedges.get(norm(w, k))! };
    return;
  }
  if (norm(w, k) !== 'or' || !joined(w.at(core.end - 1), w.at(k)) || !joined(w.at(k), w.at(k + 1))) return;
  const text = `or ${norm(w, k + 1)}`;
  const bound = hedges.get(text);
  if (bound === undefined) return;
  core.after = { text, bound };
  core.end = k + 2;
}
