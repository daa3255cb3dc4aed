/**
 * Reading one token written with digits: "8,000", "1,234.56", "$3.2bn", "£5m",
 * "12k", "2.4tn", "40%", "20C", "5.3pc", "5,000-7,000", "60-plus", "1990s", "3rd".
 * One anchored regex with no nested quantifiers: linear in the token's length.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
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
  /** "1/2", "3/4". */
  fraction?: boolean;
  /** "60-plus" (lower) or "40-odd" (approx). */
  hedge?: 'plus' | 'odd';
}

const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
let digitPattern: RegExp | undefined;

/** The digit-token pattern: a currency sign glued before (the signs of numbers-currency-signs.txt that are symbols), the number, a short suffix. */
function digitsPattern(): RegExp {
  const signs = [...lexicon().numbersCurrencySigns.keys()].filter((k) => /[^A-Za-z.]/.test(k)).sort((a, b) => b.length - a.length);
  const escaped = signs.map((k) => k.replace(/[$.]/g, (c) => `\\${c}`)).join('|');
  return new RegExp(`^(${escaped})?${NUMBER}([a-zA-Z°%/]{0,5})$`);
}
/** "1/2", "3/4": only small denominators, so "9/11" and "12/25" stay what they are. */
const SLASHED = /^(\d)\/(2|3|4|5|8|10)$/;
const DASH = /[-–—]/;
/** Longer tokens are not numbers a reader would check (and keep the regex cheap). */
const MAX_LENGTH = 32;

/** Parse a digit token, or null when it is not one. */
export function parseNumeric(text: string): Numeric | null {
  if (text.length > MAX_LENGTH) return null;
  const vulgar = lexicon().numbersVulgarFractions.get(text.slice(-1));
  if (vulgar !== undefined && /^\d{0,3}$/.test(text.slice(0, -1))) {
    return { value: Number(text.slice(0, -1)) + vulgar, scale: 1, plain: false };
  }
  if (!/\d/.test(text)) return null;
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
  if (rest === 'plus' || rest === 'odd') return { ...left, hedge: rest };
  const right = parseSingle(text.slice(at + 1));
  if (!right || right.special || left.special) return null;
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

function parseSingle(text: string): Numeric | null {
  digitPattern ??= digitsPattern();
  const m = digitPattern.exec(text);
  if (!m) return null;
  const [, sign, digits = '', suffix = ''] = m;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const out: Numeric = { value, scale: 1, plain: sign === undefined && suffix === '' && /^\d+$/.test(digits) };
  if (sign) out.currency = lexicon().numbersCurrencySigns.get(sign) ?? 'USD';
  if (suffix === '') return out;
  return applySuffix(out, suffix.toLowerCase(), digits) ? out : null;
}

/** Read a glued suffix into `n`; false when the suffix makes it no number at all ("G7" never gets here). */
function applySuffix(n: Numeric, suffix: string, digits: string): boolean {
  const scale = lexicon().numbersScaleSuffixes.get(suffix);
  if (scale !== undefined) {
    n.scale = scale;
    n.value = times(n.value, scale);
    return true;
  }
  if (suffix === '%' || lexicon().numbersPercentWords.has(suffix)) {
    n.unit = '%';
    return true;
  }
  const unit = lexicon().numbersGluedUnits.get(suffix);
  if (unit !== undefined && n.currency === undefined) {
    n.unit = unit;
    return true;
  }
  if (/^(?:st|nd|rd|th)$/.test(suffix)) n.special = 'ordinal';
  else if (suffix === 's' && /^\d{4}$|^\d0$/.test(digits)) n.special = 'decade';
  else if (/^(?:am|pm|a\.m|p\.m|gmt|hrs|h)$/.test(suffix)) n.special = 'time';
  else return false;
  return true;
}
