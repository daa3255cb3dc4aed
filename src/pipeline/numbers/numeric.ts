/**
 * Reading one token written with digits: "8,000", "1,234.56", "$3.2bn", "£5m",
 * "12k", "2.4tn", "40%", "20C", "5.3pc", "5,000-7,000", "60-plus", "1990s", "3rd".
 * One anchored regex with no nested quantifiers: linear in the token's length.
 */
import { SCALE_SUFFIXES } from '../../lexicon/numbers-words.js';
import { CURRENCY_SIGNS, GLUED_UNITS } from '../../lexicon/numbers-units.js';
import { PERCENT_WORDS } from '../../lexicon/numbers-context.js';
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

const SIGNS = '(?:US\\$|AU?\\$|CA?\\$|HK\\$|NZ\\$|R\\$|S\\$|\\$|£|€|¥|₩|₹|₽)';
const NUMBER = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)';
const DIGITS = new RegExp(`^(${SIGNS})?${NUMBER}([a-zA-Z°%/]{0,5})$`);
/** "1/2", "3/4": only small denominators, so "9/11" and "12/25" stay what they are. */
const SLASHED = /^(\d)\/(2|3|4|5|8|10)$/;
/** Vulgar fractions, alone or after digits: "½", "1½". */
const VULGAR: ReadonlyMap<string, number> = new Map([['¼', 0.25], ['½', 0.5], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);
const DASH = /[-–—]/;
/** Longer tokens are not numbers a reader would check (and keep the regex cheap). */
const MAX_LENGTH = 32;

/** Parse a digit token, or null when it is not one. */
export function parseNumeric(text: string): Numeric | null {
  if (text.length > MAX_LENGTH) return null;
  const vulgar = VULGAR.get(text.slice(-1));
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
  const m = DIGITS.exec(text);
  if (!m) return null;
  const [, sign, digits = '', suffix = ''] = m;
  const value = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  const out: Numeric = { value, scale: 1, plain: sign === undefined && suffix === '' && /^\d+$/.test(digits) };
  if (sign) out.currency = CURRENCY_SIGNS.get(sign) ?? 'USD';
  if (suffix === '') return out;
  return applySuffix(out, suffix.toLowerCase(), digits) ? out : null;
}

/** Read a glued suffix into `n`; false when the suffix makes it no number at all ("G7" never gets here). */
function applySuffix(n: Numeric, suffix: string, digits: string): boolean {
  const scale = SCALE_SUFFIXES.get(suffix);
  if (scale !== undefined) {
    n.scale = scale;
    n.value = times(n.value, scale);
    return true;
  }
  if (suffix === '%' || PERCENT_WORDS.has(suffix)) {
    n.unit = '%';
    return true;
  }
  const unit = GLUED_UNITS.get(suffix);
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
