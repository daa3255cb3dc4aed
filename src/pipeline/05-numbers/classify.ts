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
import { capitalised, joined, norm, startsClause, type Words } from './tokens.js';

/** What a number rule sees. */
export interface NumberContext {
  w: Words;
  core: Core;
}

const tokenOf = ({ w, core }: NumberContext): Token => w.at(core.num)!;
const kindRule = (id: RuleId, example: string, kind: NumberKind, when: (x: NumberContext) => unknown) => rule({ id, example, when, then: () => kind });

/** The kinds a reader does not want by default, in order; none firing keeps the core's own kind. */
export const NUMBER_RULES: readonly Rule<NumberContext, NumberKind>[] = [
  kindRule('number-ordinal', 'He came 3rd in the race.', 'ordinal', ({ core }) => core.numeric?.special === 'ordinal'),
  kindRule('number-decade', 'Prices rose in the 1990s.', 'year', ({ core }) => core.numeric?.special === 'decade'),
  kindRule('number-clock', 'The vote closes at 5pm.', 'date-part', ({ w, core }) => core.numeric?.special === 'time' || isClock(w, core)),
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
  kindRule('number-label', 'See section 119 of the act.', 'other', ({ w, core }) => lexicon().numbersReferenceWords.has(norm(w, core.first - 1))),
];

/** The kind a core really has, after looking at its neighbours, and the rule that said so. */
export function classify(doc: Doc, w: Words, core: Core): { kind: NumberKind; rule: RuleId } {
  const hit = firstRule(doc, NUMBER_RULES, { w, core });
  return hit ? { kind: hit.out, rule: hit.id } : { kind: core.kind, rule: 'number-core' };
}

let qualifierEnds: Set<string> | undefined;

/** Last words of qualifiers ("At least 10"): a capital before a number there is no name. */
function isQualifierEnd(word: string): boolean {
  qualifierEnds ??= new Set([...lexicon().numbersQualifiersBefore.keys()].map((q) => q.split(' ').pop()!).concat(['between', 'from']));
  return qualifierEnds.has(word);
}

function isClock(w: Words, core: Core): boolean {
  const t = w.at(core.num)!;
  if (t.tags.has('Time') && core.kind === 'count') return true;
  return core.kind === 'count' && lexicon().numbersClockWords.has(norm(w, core.end)) && joined(w.at(core.end - 1), w.at(core.end));
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
  if (!/^\d{4}$/.test(w.at(core.num)!.text) || core.value < 1000 || core.value > 2100) return false;
  const next = w.at(core.end);
  const counts = next !== undefined && next.tags.has('Plural') && !next.tags.has('Date') && joined(w.at(core.end - 1), next);
  // "2000 people" counts; "the 2016 candidates" is a year used as an adjective.
  return !counts || (core.value >= 1900 && core.value % 100 !== 0);
}

/** "+44 20 7946 0000", "0800 123 456": digit groups side by side are a code, not a quantity. */
function isCode(w: Words, core: Core): boolean {
  if (!core.numeric?.plain) return false;
  const digitsOnly = (t: Token | undefined): boolean => t !== undefined && /^\+?\d+$/.test(t.text);
  const prev = w.at(core.first - 1);
  const next = w.at(core.end);
  return (digitsOnly(prev) && joined(prev, w.at(core.first))) || (digitsOnly(next) && joined(w.at(core.end - 1), next)) || /\+$/.test(w.at(core.num)!.pre);
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

/** "Tom Young, 30, lay down": an age between commas after a person's name. */
function isAge(w: Words, core: Core): boolean {
  const prev = w.at(core.first - 1);
  const t = w.at(core.num)!;
  if (!prev || !prev.tags.has('Person') || !/^,\s*$/.test(prev.post) || !/^,/.test(t.post)) return false;
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
