/**
 * Numbers a reader does not want by default: dates, times, years, ordinals,
 * phone numbers, scores, citation marks and numbers that are part of a name
 * ("G7", "Boeing 747", "COVID-19", "the Group of Seven"). They get a kind
 * (`date-part`, `year`, `ordinal`, `other`) and are reported only with `allNumbers`.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Doc, Token } from '../doc.js';
import type { RuleId } from '../rule-ids.js';
import { firstRule, type Rule, rule } from '../rules.js';
import type { NumberKind } from '../../types.js';
import type { Core } from './core.js';
import { idiomAt, pairedOne } from './idioms.js';
import { capitalised, joined, norm, startsClause, type Words } from './tokens.js';

/** What a number rule sees. */
export interface NumberContext {
  w: Words;
  core: Core;
  /** The first token of the hedge before the number ("aged between 40 and 65"), or of the number. */
  hedgeFirst: number;
  /** The token after the number or its range ("three or four a.m."). */
  after: number;
}

/** The kinds reported by default; the others only with `allNumbers`. */
export const REPORTED_KINDS: ReadonlySet<NumberKind> = new Set(['count', 'money', 'percent', 'percentage-points', 'measure', 'fraction', 'multiple']);

const tokenOf = ({ w, core }: NumberContext): Token => w.at(core.num)!;
const kindRule = (id: RuleId, example: string, kind: NumberKind, when: (x: NumberContext) => unknown) => rule({ id, example, when, then: () => kind });

/** The kinds a reader does not want by default, in order; none firing keeps the core's own kind. */
export const NUMBER_RULES: readonly Rule<NumberContext, NumberKind>[] = [
  kindRule('number-ordinal', 'He came 3rd in the race.', 'ordinal', ({ core }) => core.numeric?.special === 'ordinal'),
  kindRule('number-decade', 'Prices rose in the 1990s.', 'year', ({ core }) => core.numeric?.special === 'decade'),
  kindRule('number-clock', 'The vote closes at 5pm.', 'date-part', ({ w, core, after }) => core.numeric?.special === 'time' || isClock(w, core, after)),
  kindRule('number-date', 'Talks began on May 5.', 'date-part', ({ w, core }) => core.numeric && core.kind === 'count' && isDate(w, core)),
  kindRule('number-time-reference', 'Three died in the past 24 hours.', 'date-part', ({ w, core }) => core.time && lexicon().numbersTimeReferences.has(norm(w, core.first - 1))),
  kindRule('number-year', 'The law passed in 2015.', 'year', ({ w, core }) => isYear(w, core)),
  kindRule('number-code', 'Call +44 20 7946 0000 now.', 'other', (x) => tokenOf(x).tags.has('PhoneNumber') || isCode(x.w, x.core)),
  kindRule('number-score', 'Leeds won 3-1 at home.', 'other', ({ w, core }) => isScore(w, core)),
  kindRule('number-citation', 'The army grew [2] last year.', 'other', (x) => /\[$/.test(tokenOf(x).pre) && /^\]/.test(tokenOf(x).post)),
  // A list marker at the start of a line: "2. Michael Johnson", "3) ...".
  kindRule('number-list-marker', '2. Michael Johnson', 'other', ({ w, core }) => core.first === w.from && core.numeric?.plain && /^[.)]/.test(w.at(core.end - 1)!.post)),
  rule({
    id: 'number-age',
    example: 'Tom Young, 30, lay down.',
    when: ({ w, core }: NumberContext) => isAge(w, core),
    then: ({ core }: NumberContext): NumberKind => {
      core.unit = 'years old';
      return 'measure';
    },
  }),
  kindRule('number-name-part', 'She flew a Boeing 747 home.', 'other', ({ w, core }) => isNamePart(w, core)),
  kindRule('number-label', 'See section 119 of the act.', 'other', ({ w, core }) => isLabel(w, core.first)),
  kindRule('number-name-token', 'It plays games in native 4K.', 'other', ({ w, core }) => core.currency === undefined && lexicon().numbersNameTokens.has(w.at(core.num)!.text)),
  kindRule('number-idiom', 'At one point the talks stalled.', 'other', ({ w, core }) => !core.numeric && core.end - core.first === 1 && idiomAt(w, core.num)),
  kindRule('number-one-time', 'And then one day it broke.', 'other', ({ w, core }) => !core.numeric && core.value === 1 && core.first === core.num && whenOne(w, core.num)),
  kindRule('number-one-another', 'She chose one plan over another.', 'other', ({ w, core }) => !core.numeric && core.value === 1 && core.end - core.first === 1 && pairedOne(w, core.num)),
  kindRule('number-brand', 'The chain, called 365, opened more 365 stores.', 'other', ({ w, core }) => core.numeric?.plain && core.end - core.first === 1 && isNamed(w, core)),
  rule({
    id: 'number-pounds-weight',
    example: 'The boat landed 29.4 million pounds of halibut.',
    when: ({ w, core }: NumberContext) => core.kind === 'money' && core.weightUnit !== undefined && (ofGoods(w, core.end) || weighed(w, core.first)) && core.weightUnit,
    then: ({ core }: NumberContext, unit: string): NumberKind => {
      core.unit = unit;
      delete core.currency;
      core.kind = 'measure';
      return 'measure';
    },
  }),
  rule({
    id: 'number-pounds-money',
    example: 'The fine was 300 pounds.',
    when: ({ w, core, hedgeFirst }: NumberContext) => core.kind === 'measure' && core.moneyCurrency !== undefined && !weighed(w, core.first) && moneyCue(w, hedgeFirst) && core.moneyCurrency,
    then: ({ core }: NumberContext, currency: string): NumberKind => {
      core.currency = currency;
      core.unit = currency;
      core.kind = 'money';
      return 'money';
    },
  }),
  rule({
    id: 'number-age-opener',
    example: 'Voters aged 18 to 24 stayed home.',
    when: ({ w, core, hedgeFirst }: NumberContext) => core.kind === 'count' && core.unit === undefined && (ageOpener(w, core.first) || ageOpener(w, hedgeFirst)),
    then: ({ core }: NumberContext): NumberKind => {
      core.unit = 'years old';
      core.kind = 'measure';
      return 'measure';
    },
  }),
];

/** The kind a core really has, after looking at its neighbours, and the rule that said so. */
export function classify(doc: Doc, w: Words, core: Core, hedgeFirst = core.first, after = core.end): { kind: NumberKind; rule: RuleId } {
  const hit = firstRule(doc, NUMBER_RULES, { w, core, hedgeFirst, after });
  return hit ? { kind: hit.out, rule: hit.id } : { kind: core.kind, rule: 'number-core' };
}

let qualifierEnds: Set<string> | undefined;

/** Last words of qualifiers ("At least 10"): a capital before a number there is no name. */
function isQualifierEnd(word: string): boolean {
  qualifierEnds ??= new Set([...lexicon().numbersQualifiersBefore.keys()].map((q) => q.split(' ').pop()!).concat(['between', 'from']));
  return qualifierEnds.has(word);
}

function isClock(w: Words, core: Core, after: number): boolean {
  const t = w.at(core.num)!;
  if (t.tags.has('Time') && core.kind === 'count') return true;
  return core.kind === 'count' && lexicon().numbersClockWords.has(norm(w, after)) && joined(w.at(after - 1), w.at(after));
}

/** "May 5", "5 May", "Dec. 5": a day of the month. */
function isDate(w: Words, core: Core): boolean {
  if (!Number.isInteger(core.value) || core.scale !== 1) return false;
  const month = (t: Token | undefined): boolean => t !== undefined && (t.tags.has('Month') || (lexicon().numbersMonths.has(t.normal) && capitalised(t)));
  // "September 97": a two-digit year after a month.
  if (month(w.at(core.first - 1)) && core.value < 100) return true;
  if (core.value > 31) return false;
  return month(w.at(core.first - 1)) || (month(w.at(core.end)) && joined(w.at(core.end - 1), w.at(core.end)));
}

/** "in 2015", "2023" alone; "2000 people" stays a count. */
function isYear(w: Words, core: Core): boolean {
  const n = core.numeric;
  // "between 1977-1979": a range of years.
  const year = (v: number): boolean => Number.isInteger(v) && v >= 1000 && v <= 2100;
  if (n?.to && core.kind === 'count' && year(n.value) && year(n.to.value) && !/,/.test(w.at(core.num)!.text)) return true;
  if (!n || !n.plain || core.kind !== 'count' || core.end - core.first !== 1) return false;
  // "in ’91", "the class of '96": an apostrophe before two digits.
  if (/['’]$/.test(w.at(core.num)!.pre) && /^\d{2}$/.test(w.at(core.num)!.text)) return true;
  if (!/^\d{4}$/.test(w.at(core.num)!.text) || core.value < 1000 || core.value > 2100) return false;
  const next = w.at(core.end);
  const counts = next !== undefined && next.tags.has('Plural') && !next.tags.has('Date') && joined(w.at(core.end - 1), next);
  // "2000 people" counts; "the 2016 candidates" is a year used as an adjective.
  return !counts || (core.value >= 1900 && core.value % 100 !== 0);
}

/** "+44 20 7946 0000", "0800 123 456": digit groups side by side are a code, not a quantity. */
function isCode(w: Words, core: Core): boolean {
  if (!core.numeric?.plain || core.end - core.first !== 1) return false;
  const digitsOnly = (t: Token | undefined): boolean => t !== undefined && /^\+?\d+$/.test(t.text);
  const prev = w.at(core.first - 1);
  const next = w.at(core.end);
  const nextDigits = digitsOnly(next) && joined(w.at(core.end - 1), next);
  // "In 2019 250 firms closed", "On May 5 300 people marched": a year or a day, then a count.
  const year = prev !== undefined && /^\d{4}$/.test(prev.text) && Number(prev.text) >= 1000 && Number(prev.text) <= 2100;
  const day = prev !== undefined && isDate(w, { ...core, first: core.first - 1, end: core.first, num: core.first - 1, value: Number(prev.text), scale: 1 });
  const afterDate = (year || day) && !nextDigits;
  // "1 / 5" under a photo: a counter.
  const slash = (t: Token | undefined): boolean => t !== undefined && t.text === '/';
  const slashed = (slash(next) && digitsOnly(w.at(core.end + 1))) || (slash(prev) && digitsOnly(w.at(core.first - 2)));
  return (digitsOnly(prev) && joined(prev, w.at(core.first)) && !afterDate) || nextDigits || slashed || /\+$/.test(w.at(core.num)!.pre);
}

/** A number the document uses as a name: always after a naming cue; after a bare name ("Xbox 360") only before no plural noun ("737 passengers" count). */
function isNamed(w: Words, core: Core): boolean {
  const how = w.named.get(w.at(core.num)!.text);
  if (how === 'cue') return true;
  const next = w.at(core.end);
  return how === 'name' && !(next?.tags.has('Plural') && joined(w.at(core.num), next));
}

/** "section 119", "Chapter two", "Page A 1" (a section letter between). */
function isLabel(w: Words, first: number): boolean {
  const words = lexicon().numbersReferenceWords;
  if (words.has(norm(w, first - 1))) return true;
  // Print furniture breaks lines, so the letter and the word may stand in sentences before: "on Page\nA\n22".
  const letter = w.tokens[first - 1];
  return letter !== undefined && /^[A-Z]$/.test(letter.text) && words.has(w.tokens[first - 2]?.normal ?? '');
}

/** "And then one day it broke", "One morning, police came": "one" opening a clause before a time noun tells when. */
function whenOne(w: Words, k: number): boolean {
  if (!lexicon().numbersOneTimeNouns.has(norm(w, k + 1))) return false;
  const prev = w.at(k - 1);
  return !prev || !joined(prev, w.at(k)) || !['Preposition', 'Determiner', 'Verb', 'Value', 'Adjective'].some((tag) => prev.tags.has(tag));
}

/** "pounds of halibut": "of" and a noun that is not money ("pounds of taxpayers' money" stays money). */
function ofGoods(w: Words, k: number): boolean {
  if (norm(w, k) !== 'of' || !joined(w.at(k - 1), w.at(k))) return false;
  let j = k + 1;
  while (lexicon().numbersSubjectDeterminers.has(norm(w, j))) j++;
  const t = w.at(j);
  return t !== undefined && t.tags.has('Noun') && !t.tags.has('Pronoun') && !lexicon().numbersMoneyNouns.has(t.normal.replace(/['’]s?$/, ''));
}

/** Looking back at most this far for a verb of weighing: "weighed about 300,000 pounds". */
const WEIGHT_WINDOW = 3;

/** "the haul weighed 300,000 pounds", "weighing as much as 900 pounds". */
function weighed(w: Words, first: number): boolean {
  for (let k = first - 1; k >= Math.max(w.from, first - WEIGHT_WINDOW); k--) if (lexicon().numbersWeightVerbs.has(norm(w, k))) return true;
  return false;
}

/** Looking back at most this far for a word of money: "wages rose to 12 pounds". */
const MONEY_WINDOW = 4;

/** "the fine was 300 pounds", "costs 5 pounds": a word of money shortly before the amount. */
function moneyCue(w: Words, first: number): boolean {
  for (let k = first - 1; k >= Math.max(w.from, first - MONEY_WINDOW); k--) if (lexicon().numbersMoneyCues.has(norm(w, k))) return true;
  return false;
}

let maxOpenerWords = 0;

/** "aged 18", "the ages of 25": an age opener ends just before token `first`. */
function ageOpener(w: Words, first: number): boolean {
  const openers = lexicon().numbersAgeOpeners;
  if (maxOpenerWords === 0) for (const o of openers) maxOpenerWords = Math.max(maxOpenerWords, o.split(' ').length);
  for (let n = 1; n <= maxOpenerWords && first - n >= w.from; n++) {
    const words: string[] = [];
    for (let k = first - n; k < first; k++) words.push(norm(w, k));
    if (openers.has(words.join(' ')) && joined(w.at(first - 1), w.at(first))) return true;
  }
  return false;
}

/** "won 3-1", "a 2-0 victory", "lost 1-2": an in-token pair that is a score. */
function isScore(w: Words, core: Core): boolean {
  const to = core.numeric?.to;
  if (!to || !Number.isInteger(core.value) || !Number.isInteger(to.value) || core.kind !== 'count') return false;
  if (core.value > to.value) return true;
  const next = w.at(core.end);
  if (next?.tags.has('Plural') && joined(w.at(core.end - 1), next)) return false;
  for (const k of [core.first - 2, core.first - 1, core.end]) if (lexicon().numbersScoreWords.has(norm(w, k))) return true;
  return false;
}

/** "Tom Young, 30, lay down": an age between commas after a person's name (compromise's or stage 3's). */
function isAge(w: Words, core: Core): boolean {
  const prev = w.at(core.first - 1);
  const t = w.at(core.num)!;
  if (!prev || !(prev.tags.has('Person') || w.personEnds.has(prev.end)) || !/^,\s*$/.test(prev.post) || !/^,/.test(t.post)) return false;
  return core.kind === 'count' && core.end - core.first === 1 && core.numeric?.plain === true && core.value > 0 && core.value < 120;
}

/**
 * "Zero Hedge said", "One Direction played": a number word opening a clause before a
 * capitalised singular name. "Three Democrats voted", "Seven Iraqis died" count people.
 */
function opensName(w: Words, core: Core): boolean {
  const next = w.at(core.end);
  return core.end - core.first === 1 && !!next && capitalised(next) && joined(w.at(core.end - 1)!, next) && !/s$/.test(next.text) && !next.tags.has('Demonym') && !next.tags.has('Month');
}

/** "COVID-19", "Boeing 747", "Windows 10", "the Group of Seven". */
function isNamePart(w: Words, core: Core): boolean {
  const t = w.at(core.num)!;
  const prev = w.at(core.first - 1);
  // "COVID-19", "G-20", "par-five": a number hyphened to a word before it.
  if (prev && /^[-–]$/.test(prev.post) && /[A-Za-z]/.test(prev.text)) return true;
  if (!core.numeric) return capitalised(t) && core.first === core.num && !/^[A-Z]+$/.test(t.text) && (!startsClause(w, core.num) || opensName(w, core));
  if (!core.numeric.plain || core.kind !== 'count' || !prev || !capitalised(prev) || !joined(prev, t)) return false;
  if (isQualifierEnd(prev.normal) || prev.tags.has('Month') || prev.tags.has('Date')) return false;
  if (!startsClause(w, core.first - 1)) return true;
  // A results line: "Reading 2 Stoke 2".
  if (capitalised(w.at(core.end)) && prev.tags.has('Noun') && !prev.tags.has('Demonym')) return true;
  if (prev.tags.has('ProperNoun') || prev.tags.has('Organization') || prev.tags.has('Acronym')) return true;
  // "Windows 10 was updated" (a name) but "Only 12 people" (a count).
  const next = w.at(core.end);
  return prev.tags.has('Noun') && !(next && (next.tags.has('Noun') || next.tags.has('Adjective')));
}
