/**
 * Reading one token written with digits: "8,000", "1,234.56", "$3.2bn", "£5m",
 * "12k", "2.4tn", "40%", "20C", "5.3pc", "5,000-7,000", "60-plus", "1990s", "3rd",
 * "EUR200", "200EUR", "100₽", "23,45,678.90" (Indian), "2.222,22" (European),
 * "3.5-mile", "$99-a-year". Every suffix and prefix is looked up in the lexicon.
 * Two anchored regexes with no overlapping quantifiers: linear in the token's length.
 * A malformed number ("1,2,3,4") or one a double cannot hold exactly is no number.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Bound } from '../../types.js';
import { times } from './tokens.js';

/** What a digit token says on its own. */
export interface Numeric {
  value: number;
  /** Multiplier read from a glued scale ("bn"), 1 when none. */
  scale: number;
  currency?: string;
  /** A glued unit: "%", "km", "C". */
  unit?: string;
  /** Digits only, no separator, decimal point or glued sign: a year or a name candidate. */
  plain: boolean;
  /** Set for "3rd", "1990s", "5pm": not a quantity. */
  special?: 'ordinal' | 'decade' | 'time';
  /** Second number of an in-token range ("5,000-7,000"). */
  to?: Numeric;
  /** "1/2", "3/4", "⅓". */
  fraction?: boolean;
  /** "60-plus" (lower) or "40-odd" (approx). */
  hedge?: { text: string; bound: Bound };
  /** "7,50": a decimal comma, a number only when a currency, unit or percent says so. */
  commaDecimal?: boolean;
  /** The glued suffix in lower case ("m" in "20m"): "20m" may be metres, "2mm" millions of money. */
  suffix?: string;
  /** "3x", "2.5×": a multiple. */
  multiple?: boolean;
}

/** A currency prefix (1-4 non-digits), the digits with their separators, a suffix. */
const TOKEN = /^([^\d\s.,+\-−]{1,4})?(\.?\d[\d.,]*)([^\d\s.,]\S{0,9})?$/;
/** "1/2", "3/4", "1⁄2": only small denominators, so "9/11" and "12/25" stay what they are. */
const SLASHED = /^(\d)[/⁄](2|3|4|5|8|10)$/;
const DASH = /[-–—]/;
/** Longer tokens are not numbers a reader would check (and keep the regexes cheap). */
const MAX_LENGTH = 32;
/** Integers with more digits than this may not survive as a double: checked exactly. */
const SAFE_DIGITS = 15;

/** Digit groupings, each anchored: what the digits mean and whether the value is plain. */
const FORMATS: readonly { re: RegExp; clean: (s: string) => string; commaDecimal?: true }[] = [
  { re: /^\d+$/, clean: (s) => s },
  { re: /^\d*\.\d+$/, clean: (s) => s },
  // English thousands: "1,234,567.89"
  { re: /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/, clean: (s) => s.replace(/,/g, '') },
  // Indian lakh grouping: "23,45,678.90", "1,00,000"
  { re: /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/, clean: (s) => s.replace(/,/g, '') },
  // European: "2.222,22", "1.234.567"
  { re: /^\d{1,3}(?:\.\d{3})+,\d+$/, clean: (s) => s.replace(/\./g, '').replace(',', '.') },
  { re: /^\d{1,3}(?:\.\d{3}){2,}$/, clean: (s) => s.replace(/\./g, '') },
  // A decimal comma alone: "7,50", "2,5" (needs a currency, unit or percent beside it)
  { re: /^\d+,\d{1,2}$/, clean: (s) => s.replace(',', '.'), commaDecimal: true },
];

/** Parse a digit token, or null when it is not one. */
export function parseNumeric(text: string): Numeric | null {
  if (text.length > MAX_LENGTH) return null;
  const vulgar = lexicon().numbersVulgarFractions.get(text.slice(-1));
  if (vulgar !== undefined && /^\d{0,3}$/.test(text.slice(0, -1))) {
    const whole = text.length > 1;
    return { value: Number(text.slice(0, -1)) + vulgar, scale: 1, plain: false, ...(whole ? {} : { fraction: true }) };
  }
  if (!/\d/.test(text)) return null;
  // "-4", "−£250": a minus written inside the token.
  const minus = /^[-−]./.test(text) ? parseNumeric(text.slice(1)) : null;
  if (minus) return minus.special || minus.to ? null : { ...minus, value: -minus.value, plain: false };
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const value = Number(slashed[1]) / Number(slashed[2]);
    return value < 1 ? { value, scale: 1, plain: false, fraction: true } : null;
  }
  const dash = DASH.exec(text);
  if (dash && dash.index > 0) return parseDashed(text, dash.index);
  return parseSingle(text);
}

function parseDashed(text: string, at: number): Numeric | null {
  const left = parseSingle(text.slice(0, at));
  if (!left) return null;
  const rest = text.slice(at + 1).toLowerCase();
  const hedge = lexicon().numbersQualifiersAfter.get(rest);
  if (hedge !== undefined) return { ...left, hedge: { text: rest, bound: hedge } };
  const right = parseSingle(text.slice(at + 1));
  if (!right) return left.special ? null : hyphenedUnit(left, rest);
  if (right.special || left.special) return null;
  // "$5m-$7m", "5-7m": the scale and sign written once apply to both ends.
  const scale = left.scale === 1 ? right.scale : left.scale;
  const from: Numeric = { ...left, value: times(left.value / left.scale, scale), scale, to: right };
  const currency = left.currency ?? right.currency;
  if (currency) from.currency = currency;
  const unit = left.unit ?? right.unit;
  if (unit) from.unit = unit;
  from.plain = false;
  return from;
}

/** "3.5-mile", "40-year-old", "$99-a-year": a unit word (or a rate) hyphened to the digits. */
function hyphenedUnit(left: Numeric, rest: string): Numeric | null {
  if (left.unit !== undefined) return null;
  const parts = rest.split(/[-–—]/);
  const lex = lexicon();
  if (parts.length === 2) {
    const [a = '', b = ''] = parts;
    // "6-foot-2": feet, then inches.
    const unit = lex.numbersMeasureUnits.get(a);
    const per = unit !== undefined && /^\d{1,2}$/.test(b) ? perImplied(unit) : undefined;
    if (per !== undefined && Number(b) < per && left.currency === undefined) return { ...left, unit: unit!, value: times(left.value + Number(b) / per, 1), plain: false };
    // "$99-a-year": an amount per unit of time stays the amount.
    if (left.currency !== undefined) return lex.numbersRateWords.has(a) && lex.numbersTimeUnits.has(b) ? { ...left, plain: false } : null;
    const time = lex.numbersTimeUnits.get(a);
    return time !== undefined && lex.numbersAgeWords.has(b) ? { ...left, unit: `${time} old`, plain: false } : null;
  }
  if (parts.length !== 1 || left.currency !== undefined) return null;
  const unit = lex.numbersMeasureUnits.get(rest) ?? lex.numbersTimeUnits.get(rest);
  return unit === undefined ? null : { ...left, unit, plain: false };
}

/** The value of the digits with their separators, or null when they are malformed or too long for a double. */
function readDigits(digits: string): { value: number; commaDecimal: boolean } | null {
  const format = FORMATS.find((f) => f.re.test(digits));
  if (!format) return null;
  const clean = format.clean(digits);
  const value = Number(clean);
  if (!Number.isFinite(value)) return null;
  const whole = clean.split('.')[0] ?? '';
  // "99999999999999999999999" would come out as 1e23: no wrong value, no value.
  if (whole.length > SAFE_DIGITS && BigInt(whole) !== BigInt(Math.trunc(value))) return null;
  return { value, commaDecimal: format.commaDecimal === true };
}

function parseSingle(text: string): Numeric | null {
  const m = TOKEN.exec(text);
  if (!m) return null;
  const [, prefix, digits = '', suffix = ''] = m;
  const read = readDigits(digits);
  if (!read) return null;
  const out: Numeric = { value: read.value, scale: 1, plain: prefix === undefined && suffix === '' && /^\d+$/.test(digits) };
  if (read.commaDecimal) out.commaDecimal = true;
  // "%5": a percent sign written first.
  if (prefix !== undefined && lexicon().numbersPercentWords.get(prefix) === 'percent' && suffix === '') return { ...out, unit: '%', plain: false };
  if (prefix !== undefined) {
    const currency = currencyOf(prefix, true);
    if (currency === undefined) return null;
    out.currency = currency;
  }
  if (suffix === '') return out;
  out.suffix = suffix.toLowerCase();
  return applySuffix(out, suffix, digits) ? out : null;
}

/**
 * The ISO code of a currency sign or code written against digits: "$", "US$", "₾",
 * "EUR", "usd", "aud$" (a code and a dollar sign); undefined when it is none.
 */
export function currencyOf(text: string, glued: boolean): string | undefined {
  // Signs and codes are at most four characters ("aud$"): most words end here.
  if (text.length > 4 || text === '') return undefined;
  const lex = lexicon();
  const sign = lex.numbersCurrencySigns.get(text);
  if (sign !== undefined) return sign;
  const upper = text.toUpperCase();
  // Codes are upper case when they stand apart; glued ones may be lower case ("200eur").
  const caseOk = text === upper || (glued && text === text.toLowerCase());
  if (caseOk && lex.numbersCurrencyCodes.has(upper)) return upper;
  if (glued && text.endsWith('$') && lex.numbersCurrencyCodes.has(upper.slice(0, -1))) return upper.slice(0, -1);
  return undefined;
}

/** Read a glued suffix into `n`; false when the suffix makes it no number at all ("G7" never gets here). */
function applySuffix(n: Numeric, raw: string, digits: string): boolean {
  const lex = lexicon();
  const suffix = raw.toLowerCase();
  const scale = lex.numbersScaleSuffixes.get(suffix);
  // "12k", "£2500m"; "i7 4790k" is a model number, no 4.79 million.
  if (scale !== undefined && (n.currency !== undefined || n.value < 1000)) {
    n.scale = scale;
    n.value = times(n.value, scale);
    return true;
  }
  const percent = lex.numbersPercentWords.get(suffix);
  if (percent !== undefined) {
    n.unit = percent === 'percent' ? '%' : 'percentage points';
    return true;
  }
  if (n.currency === undefined && applyCurrencySuffix(n, raw)) return true;
  const unit = lex.numbersGluedUnits.get(suffix);
  if (unit === undefined && n.currency === undefined && applyUnitAndRest(n, suffix)) return true;
  if (unit !== undefined && n.currency === undefined) {
    n.unit = unit;
    return true;
  }
  // "$2mm": finance writes millions so.
  if (n.currency !== undefined && lex.numbersMoneyScaleSuffixes.has(suffix)) {
    n.scale = lex.numbersMoneyScaleSuffixes.get(suffix)!;
    n.value = times(n.value, n.scale);
    return true;
  }
  if (lex.numbersMultipleSuffixes.has(suffix) && n.currency === undefined) {
    n.multiple = true;
    return true;
  }
  const special = lex.numbersSpecialSuffixes.get(suffix);
  if (special === undefined || (special === 'decade' && !/^\d{4}$|^\d0$/.test(digits))) return false;
  n.special = special;
  return true;
}

/** "5'11" (feet and inches), "1m80": a unit glued to the digits, then a number in the unit it implies. */
function applyUnitAndRest(n: Numeric, suffix: string): boolean {
  const m = /^(\D+)(\d{1,2})$/.exec(suffix);
  const unit = m ? lexicon().numbersGluedUnits.get(m[1]!) : undefined;
  const per = unit !== undefined ? perImplied(unit) : undefined;
  if (!m || unit === undefined || per === undefined || Number(m[2]) >= per) return false;
  n.unit = unit;
  n.value = times(n.value + Number(m[2]) / per, 1);
  return true;
}

/** How many of the unit implied after `unit` make one `unit` ("ft": 12 inches), if one is. */
function perImplied(unit: string): number | undefined {
  const implied = lexicon().numbersImpliedUnits.get(unit);
  return implied === undefined ? undefined : lexicon().numbersCompoundUnits.get(`${unit} ${implied}`);
}

/** "200EUR", "100₽", "5m€", "3bnUSD", "50¢": a currency (after an optional scale) glued after the digits. */
function applyCurrencySuffix(n: Numeric, raw: string): boolean {
  for (let cut = 0; cut < raw.length; cut++) {
    const currency = currencyOf(raw.slice(cut), true);
    if (currency === undefined) continue;
    const scale = cut === 0 ? 1 : lexicon().numbersScaleSuffixes.get(raw.slice(0, cut).toLowerCase());
    if (scale === undefined) return false;
    n.currency = currency;
    // "50¢": a sign of the currency's fraction.
    const part = lexicon().numbersCurrencySubunits.get(raw.slice(cut)) ?? 1;
    n.scale = scale;
    n.value = times(n.value, scale * part);
    return true;
  }
  return false;
}
