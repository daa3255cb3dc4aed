/**
 * Numbers a reader does not want by default: dates, times, years, ordinals,
 * phone numbers, scores, citation marks and numbers that are part of a name
 * ("G7", "Boeing 747", "COVID-19", "the Group of Seven"). They get a kind
 * (`date-part`, `year`, `ordinal`, `other`) and are reported only with `allNumbers`.
 */
import type { Token } from '../02-parse.js';
import type { NumberKind } from '../../types.js';
import { CLOCK_WORDS, MONTHS, REFERENCE_WORDS, SCORE_WORDS, TIME_REFERENCES } from '../../lexicon/numbers-context.js';
import { QUALIFIERS_BEFORE } from '../../lexicon/numbers-qualifiers.js';
import type { Core } from './core.js';
import { capitalised, joined, norm, startsClause } from './tokens.js';

/** Last words of qualifiers ("At least 10"): a capital before a number there is no name. */
const QUALIFIER_ENDS = new Set([...QUALIFIERS_BEFORE.keys()].map((q) => q.split(' ').pop()!).concat(['between', 'from']));

/** The kind a core really has, after looking at its neighbours. */
export function classify(w: readonly Token[], core: Core): NumberKind {
  const t = w[core.num]!;
  const special = core.numeric?.special;
  if (special === 'ordinal') return 'ordinal';
  if (special === 'decade') return 'year';
  if (special === 'time' || isClock(w, core)) return 'date-part';
  if (core.numeric && core.kind === 'count' && isDate(w, core)) return 'date-part';
  if (core.time && TIME_REFERENCES.has(norm(w, core.first - 1))) return 'date-part';
  if (isYear(w, core)) return 'year';
  if (t.tags.has('PhoneNumber') || isCode(w, core) || isScore(w, core)) return 'other';
  if (/\[$/.test(t.pre) && /^\]/.test(t.post)) return 'other';
  // A list marker at the start of a line: "2. Michael Johnson", "3) ...".
  if (core.first === 0 && core.numeric?.plain && /^[.)]/.test(w[core.last]!.post)) return 'other';
  if (isAge(w, core)) {
    core.unit = 'years old';
    return 'measure';
  }
  if (isNamePart(w, core) || REFERENCE_WORDS.has(norm(w, core.first - 1))) return 'other';
  return core.kind;
}

function isClock(w: readonly Token[], core: Core): boolean {
  const t = w[core.num]!;
  if (t.tags.has('Time') && core.kind === 'count') return true;
  return core.kind === 'count' && CLOCK_WORDS.has(norm(w, core.last + 1)) && joined(w[core.last], w[core.last + 1]);
}

/** "May 5", "5 May", "Dec. 5": a day of the month. */
function isDate(w: readonly Token[], core: Core): boolean {
  if (!Number.isInteger(core.value) || core.scale !== 1) return false;
  const month = (t: Token | undefined): boolean => t !== undefined && (t.tags.has('Month') || (MONTHS.has(t.normal) && capitalised(t)));
  // "September 97": a two-digit year after a month.
  if (month(w[core.first - 1]) && core.value < 100) return true;
  if (core.value > 31) return false;
  return month(w[core.first - 1]) || (month(w[core.last + 1]) && joined(w[core.last], w[core.last + 1]));
}

/** "in 2015", "2023" alone; "2000 people" stays a count. */
function isYear(w: readonly Token[], core: Core): boolean {
  const n = core.numeric;
  // "between 1977-1979": a range of years.
  const year = (v: number): boolean => Number.isInteger(v) && v >= 1000 && v <= 2100;
  if (n?.to && core.kind === 'count' && year(n.value) && year(n.to.value) && !/,/.test(w[core.num]!.text)) return true;
  if (!n || !n.plain || core.kind !== 'count' || core.first !== core.last) return false;
  if (!/^\d{4}$/.test(w[core.num]!.text) || core.value < 1000 || core.value > 2100) return false;
  const next = w[core.last + 1];
  const counts = next !== undefined && next.tags.has('Plural') && !next.tags.has('Date') && joined(w[core.last], next);
  // "2000 people" counts; "the 2016 candidates" is a year used as an adjective.
  return !counts || (core.value >= 1900 && core.value % 100 !== 0);
}

/** "+44 20 7946 0000", "0800 123 456": digit groups side by side are a code, not a quantity. */
function isCode(w: readonly Token[], core: Core): boolean {
  if (!core.numeric?.plain) return false;
  const digitsOnly = (t: Token | undefined): boolean => t !== undefined && /^\+?\d+$/.test(t.text);
  const prev = w[core.first - 1];
  const next = w[core.last + 1];
  return (digitsOnly(prev) && joined(prev, w[core.first])) || (digitsOnly(next) && joined(w[core.last], next)) || /\+$/.test(w[core.num]!.pre);
}

/** "won 3-1", "a 2-0 victory", "lost 1-2": an in-token pair that is a score. */
function isScore(w: readonly Token[], core: Core): boolean {
  const to = core.numeric?.to;
  if (!to || !Number.isInteger(core.value) || !Number.isInteger(to.value) || core.kind !== 'count') return false;
  if (core.value > to.value) return true;
  const next = w[core.last + 1];
  if (next?.tags.has('Plural') && joined(w[core.last], next)) return false;
  for (const k of [core.first - 2, core.first - 1, core.last + 1]) if (SCORE_WORDS.has(norm(w, k))) return true;
  return false;
}

/** "Tom Young, 30, lay down": an age between commas after a person's name. */
function isAge(w: readonly Token[], core: Core): boolean {
  const prev = w[core.first - 1];
  const t = w[core.num]!;
  if (!prev || !prev.tags.has('Person') || !/^,\s*$/.test(prev.post) || !/^,/.test(t.post)) return false;
  return core.kind === 'count' && core.first === core.last && core.numeric?.plain === true && core.value > 0 && core.value < 120;
}

/**
 * "Zero Hedge said", "One Direction played": a number word opening a clause before a
 * capitalised singular name. "Three Democrats voted", "Seven Iraqis died" count people.
 */
function opensName(w: readonly Token[], core: Core): boolean {
  const next = w[core.last + 1];
  return core.first === core.last && !!next && capitalised(next) && joined(w[core.last]!, next) && !/s$/.test(next.text) && !next.tags.has('Demonym') && !next.tags.has('Month');
}

/** "COVID-19", "Boeing 747", "Windows 10", "the Group of Seven". */
function isNamePart(w: readonly Token[], core: Core): boolean {
  const t = w[core.num]!;
  const prev = w[core.first - 1];
  // "COVID-19", "G-20", "par-five": a number hyphened to a word before it.
  if (prev && /^[-–]$/.test(prev.post) && /[A-Za-z]/.test(prev.text)) return true;
  if (!core.numeric) return capitalised(t) && core.first === core.num && !/^[A-Z]+$/.test(t.text) && (!startsClause(w, core.num) || opensName(w, core));
  if (!core.numeric.plain || core.kind !== 'count' || !prev || !capitalised(prev) || !joined(prev, t)) return false;
  if (QUALIFIER_ENDS.has(prev.normal) || prev.tags.has('Month') || prev.tags.has('Date')) return false;
  if (!startsClause(w, core.first - 1)) return true;
  // A results line: "Reading 2 Stoke 2".
  if (capitalised(w[core.last + 1]) && prev.tags.has('Noun') && !prev.tags.has('Demonym')) return true;
  if (prev.tags.has('ProperNoun') || prev.tags.has('Organization') || prev.tags.has('Acronym')) return true;
  // "Windows 10 was updated" (a name) but "Only 12 people" (a count).
  const next = w[core.last + 1];
  return prev.tags.has('Noun') && !(next && (next.tags.has('Noun') || next.tags.has('Adjective')));
}
