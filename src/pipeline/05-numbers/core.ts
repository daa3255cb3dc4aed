/**
 * The core of a number mention: the number itself with what is glued to it: a sign
 * ("minus two", "−4"), a currency before ("US$", "£", "EUR"), scale words after ("1.5
 * million"), the percent, currency or unit words after ("40 per cent", "5bn yuan", "12
 * km", "60 EUR million"), and a second unit that completes it ("6 ft 1 in", "4 dollars
 * 25 cents"). Every word is looked up in the lexicon (src/lexicon/numbers-*.txt).
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import { currencyOf, parseNumeric } from './numeric.js';
import type { Core } from './reading.js';
import { joined, norm, times, type Words } from './tokens.js';
import { readAfter, readOfUnit, readSuffix } from './units.js';
import { fractionAt, readCardinal, readWordNumber } from './word-number.js';

export type { Core } from './reading.js';

let starts: { words: Set<string>; afterArticle: Set<string> } | undefined;

/** The words a number in words may start with, and those that may follow "a" in one: built once from the lexicon. */
function startWords(): { words: Set<string>; afterArticle: Set<string> } {
  if (starts) return starts;
  const lex = lexicon();
  const keys = (m: ReadonlyMap<string, unknown> | ReadonlySet<string>): string[] => [...m.keys()].map((k) => k.split(' ')[0]!);
  const afterArticle = new Set([
    ...keys(lex.numbersWordScales), ...keys(lex.numbersFractions), ...keys(lex.numbersVagueCounts),
    ...keys(lex.numbersUnitsAfterArticle), ...keys(lex.numbersTimeUnits),
  ]);
  const words = new Set([
    ...keys(lex.numbersCardinals), ...keys(lex.numbersWordScales), ...keys(lex.numbersVaguePlurals), ...keys(lex.numbersVagueCounts),
    ...keys(lex.numbersFractions), ...keys(lex.numbersMultiples), ...keys(lex.numbersSignWords),
  ]);
  starts = { words, afterArticle };
  return starts;
}

/**
 * A cheap test that a number may start at token `i` (digits, a number word, a currency
 * sign or code, "a" before a scale, fraction or unit): most tokens are no number.
 */
export function mayStart(w: Words, i: number): boolean {
  const t = w.at(i)!;
  if (/\d/.test(t.text) || lexicon().numbersVulgarFractions.has(t.text.slice(-1))) return true;
  const { words, afterArticle } = startWords();
  if (words.has(t.normal)) return true;
  if (t.normal === 'a' || t.normal === 'an') return afterArticle.has(norm(w, i + 1));
  return currencyOf(t.text, false) !== undefined;
}

/** Read the core starting at token `i`, or null when no number starts there; `second`: no compound after it. */
export function readCore(w: Words, i: number, second = false): Core | null {
  // "minus two", "negative 0.5 percent", "minus $5 million"
  const sign = joined(w.at(i), w.at(i + 1)) ? lexicon().numbersSignWords.get(norm(w, i)) : undefined;
  let j = sign === undefined ? i : i + 1;
  const currency = w.at(j) && joined(w.at(j), w.at(j + 1)) ? currencyOf(w.at(j)!.text, false) : undefined;
  if (currency !== undefined) j++;
  const core = readNumber(w, j, currency);
  if (!core) return null;
  core.first = Math.min(core.first, i);
  if (sign !== undefined) core.value = sign * core.value;
  if (currency !== undefined && core.currency === undefined) core.currency = currency;
  readSuffix(w, core);
  readOfUnit(w, core);
  readAfter(w, core);
  if (!second) readSecondPart(w, core);
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
  if (!numeric) {
    const words = readWordNumber(w, j);
    if (!words) return null;
    return {
      first: j, end: words.end, num: j, lead: 0, value: words.value, scale: words.scale,
      kind: words.kind ?? 'count', numeric: null, vague: words.vague === true, time: false,
    };
  }
  // "7,50 €", "2,5 kg": a decimal comma only where money, a unit or a percent says so.
  if (numeric.commaDecimal && numeric.currency === undefined && numeric.unit === undefined && currency === undefined && !unitAfter(w, j)) return null;
  const leadingDot = /(^|\s)\.$/.test(t.pre) && /^\d+$/.test(t.text);
  const lead = leadingDot ? 1 : minusLead(w, j);
  const core: Core = {
    first: j, end: j + 1, num: j, lead, value: leadingDot ? Number(`0.${t.text}`) : numeric.value, scale: numeric.scale,
    kind: numeric.fraction ? 'fraction' : numeric.multiple ? 'multiple' : 'count', numeric, vague: false, time: false,
  };
  if (numeric.currency !== undefined) core.currency = numeric.currency;
  if (numeric.unit !== undefined) {
    core.unit = numeric.unit;
    core.kind = numeric.unit === '%' ? 'percent' : numeric.unit === 'percentage points' ? 'percentage-points' : 'measure';
  }
  if (numeric.hedge) core.after = numeric.hedge;
  // "%5": a percent sign written first.
  if (/(^|\s)%$/.test(t.pre) && core.kind === 'count' && core.currency === undefined) {
    core.unit = '%';
    core.kind = 'percent';
    core.lead = 1;
    return core;
  }
  readMore(w, core);
  settleSuffix(w, core, currency);
  if (lead > 0 && !leadingDot) core.value = -core.value;
  return core;
}

/** Digits read on: "2 345 678" (groups of three), then words: "5 hundred and 12", "1.5 million", "2 1/2". */
function readMore(w: Words, core: Core): void {
  const n = core.numeric!;
  if (n.scale !== 1 || n.unit !== undefined || n.special || n.to || n.fraction || n.hedge || n.multiple) return;
  const groups = n.plain ? readGroups(w, core.num) : null;
  if (groups) {
    core.value = groups.value;
    core.end = groups.end;
    core.numeric = { ...n, plain: false };
  }
  const more = readCardinal(w, core.num, { value: core.value, end: core.end });
  if (more && more.end > core.end) {
    core.value = more.value;
    core.scale = more.scale;
    core.end = more.end;
    core.numeric = { ...core.numeric!, plain: false };
  }
}

/** "2 345 678", "60 000": groups of three digits after single spaces; never after a month or inside a code. */
function readGroups(w: Words, j: number): { value: number; end: number } | null {
  const t = w.at(j)!;
  if (!/^[1-9]\d{0,2}$/.test(t.text)) return null;
  const prev = w.at(j - 1);
  if (prev && joined(prev, t) && (/^\+?\d+$/.test(prev.text) || prev.tags.has('Month') || lexicon().numbersMonths.has(prev.normal))) return null;
  let digits = t.text;
  let k = j;
  while (k + 1 < w.to && /^\d{3}$/.test(w.at(k + 1)!.text) && w.at(k)!.post === ' ' && w.at(k + 1)!.pre === '') digits += w.at(++k)!.text;
  const next = w.at(k + 1);
  if (k === j || (next && /^\d/.test(next.text) && joined(w.at(k), next))) return null;
  return { value: Number(digits), end: k + 1 };
}

/**
 * "20m": millions of people or money, else metres ("the 100m final", "2m tall");
 * "2mm": millimetres, or millions of money ("$2mm").
 */
function settleSuffix(w: Words, core: Core, currency: string | undefined): void {
  const n = core.numeric!;
  if (n.suffix === undefined || core.end !== core.num + 1) return;
  const lex = lexicon();
  const next = w.at(core.end);
  const money = (n.currency ?? currency) !== undefined || (joined(w.at(core.num), next) && next !== undefined && isMoneyWord(next.text, next.normal));
  // "5M" is millions: only a lower-case suffix may be a unit.
  const unit = n.scale > 1 && w.at(core.num)!.text.endsWith(n.suffix) ? lex.numbersGluedUnits.get(n.suffix) : undefined;
  if (unit !== undefined && !money && !next?.tags.has('Plural')) {
    core.value = n.value / n.scale;
    core.scale = 1;
    core.unit = unit;
    core.kind = 'measure';
  }
  const scale = n.unit !== undefined ? lex.numbersMoneyScaleSuffixes.get(n.suffix) : undefined;
  if (scale !== undefined && money) {
    core.value = times(core.value, scale);
    core.scale = scale;
    delete core.unit;
    core.kind = 'count';
  }
}

function isMoneyWord(text: string, normal: string): boolean {
  return currencyOf(text, false) !== undefined || lexicon().numbersCurrencyWords.has(normal);
}

/** True when a currency, percent or unit follows token `j` ("7,50 €", "2,5 kg", "3,5 %", "1,2 million euros"). */
function unitAfter(w: Words, j: number): boolean {
  const lex = lexicon();
  let next = w.at(j + 1);
  if (!next || !joined(w.at(j), next)) return false;
  if (lex.numbersWordScales.has(next.normal) && joined(next, w.at(j + 2))) next = w.at(j + 2)!;
  return isMoneyWord(next.text, next.normal) || lex.numbersPercentWords.has(next.normal) || next.text === '%' || lex.numbersMeasureUnits.has(next.normal);
}

/**
 * How many characters before token `j` are a minus sign: "-5C", "−4" (1); "is - 2 3/4",
 * "at − 5" after a verb or preposition (the sign and a space); a sentence opening
 * "- 2 3/4" that is no list item (no line break before it, no plural noun after it).
 */
function minusLead(w: Words, j: number): number {
  const t = w.at(j)!;
  if (/(^|[\s(])[-−]$/.test(t.pre)) return 1;
  const prev = w.at(j - 1);
  const spaced = /^\s*[-−]\s+$/;
  if (prev && t.pre === '' && /^\s+[-−]\s+$/.test(prev.post)) {
    const sign = prev.post.trimStart();
    return prev.tags.has('Copula') || prev.tags.has('Preposition') || sign.startsWith('−') ? sign.length : 0;
  }
  if (j !== w.from || !spaced.test(t.pre)) return 0;
  const at = t.start - t.pre.length;
  const lineStart = at > 0 && /\n/.test(w.doc.text.slice(Math.max(0, at - 2), at));
  const counts = w.at(j + 1)?.tags.has('Plural') && !lexicon().numbersMeasureUnits.has(norm(w, j + 1));
  return lineStart || counts ? 0 : t.pre.trimStart().length;
}

/**
 * "6 ft 1 in", "6 feet and 1 inch", "2 hours 30 minutes" (units of numbers-compound-units.txt),
 * "4 dollars 25 cents", "8 kuai 5 mao", "3 pounds 50 pence": one quantity in the first unit.
 */
function readSecondPart(w: Words, core: Core): void {
  if ((core.kind !== 'measure' && core.currency === undefined) || core.after) return;
  let k = core.end;
  if (!joined(w.at(k - 1), w.at(k))) return;
  // "a year and a half", "two hours and a quarter", "a mile and a half"
  const half = norm(w, k) === 'and' && joined(w.at(k), w.at(k + 1)) ? fractionAt(w, k + 1, false) : null;
  if (half && !half.bare) {
    core.value = times(core.value + half.value, 1);
    core.end = half.end;
    return;
  }
  if (norm(w, k) === 'and' && joined(w.at(k), w.at(k + 1))) k++;
  const second = readCore(w, k, true);
  if (!second || second.value < 0 || second.after) return;
  const only = lexicon().numbersCompoundOnlyUnits.get(norm(w, second.end));
  if (second.kind === 'count' && only !== undefined && joined(w.at(second.end - 1), w.at(second.end))) {
    second.unit = only;
    second.kind = 'measure';
    second.end++;
  }
  if (bareRest(w, core, second)) return;
  const currency = core.currency ?? core.moneyCurrency;
  if (second.subunit && currency !== undefined && second.currency === currency && second.value < 1) {
    // "3 pounds 50 pence": the pounds were money after all.
    core.currency = currency;
    delete core.moneyCurrency;
    core.value = times(core.value + second.value, 1);
    core.end = second.end;
    return;
  }
  const per = second.kind === 'measure' && core.unit !== undefined ? lexicon().numbersCompoundUnits.get(`${core.unit} ${second.unit}`) : undefined;
  if (per === undefined || second.value >= per) return;
  core.value = times(core.value + second.value / per, 1);
  core.end = second.end;
}

/**
 * A bare number after an amount in a unit that completes it: "two euros fifty" (hundredths
 * of numbers-currency-minor-units.txt), "6 foot 2" (numbers-implied-units.txt); it must end
 * the phrase ("5 dollars 3 times" is two numbers).
 */
function bareRest(w: Words, core: Core, second: Core): boolean {
  const lex = lexicon();
  const next = w.at(second.end);
  const ends = !next || !joined(w.at(second.end - 1), next) || !['Noun', 'Value', 'Adjective'].some((tag) => next.tags.has(tag));
  const plain = second.numeric === null ? !second.vague : second.numeric.plain;
  if (second.kind !== 'count' || !plain || !ends || !Number.isInteger(second.value)) return false;
  const spelled = core.currency !== undefined && lex.numbersCurrencyWords.has(norm(w, core.end - 1));
  const minor = spelled ? lex.numbersCurrencyMinorUnits.get(core.currency!) : undefined;
  const implied = core.unit !== undefined && core.currency === undefined ? lex.numbersImpliedUnits.get(core.unit) : undefined;
  const per = minor ?? (implied !== undefined ? lex.numbersCompoundUnits.get(`${core.unit} ${implied}`) : undefined);
  if (per === undefined || second.value >= per) return false;
  core.value = times(core.value + second.value / per, 1);
  core.end = second.end;
  return true;
}
