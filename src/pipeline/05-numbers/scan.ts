/**
 * One left-to-right walk over a sentence's tokens: read a number's core, then
 * what extends it (a range's second end, "times", "one in five"), the hedge
 * before it, its kind and the phrase it counts.
 */
import { lexicon } from '../../lexicon/generated/lexicon.js';
import type { Bound, NumberKind } from '../../types.js';
import type { RuleId } from '../rule-ids.js';
import type { RuleExample } from '../rules.js';
import { classify, REPORTED_KINDS } from './classify.js';
import { type Core, mayStart, readCore } from './core.js';
import { readSubject, type Subject } from './subject.js';
import { capitalised, hyphenAfter, joined, norm, times, type Words } from './tokens.js';

/** A number found in a sentence, before it becomes an output record. */
export interface Found {
  core: Core;
  /** The range's second end ("8,000 to 10,000"), when there is one: its value and the token after it. */
  to?: { value: number; end: number };
  kind: NumberKind;
  /** The rule that gave the kind (`--explain`). */
  rule: RuleId;
  /** A back-reference ("the two sides") or a bare "one": not reported by default. */
  hidden: boolean;
  qualifier: { text: string; bound: Bound; first: number } | null;
  subject: Subject | null;
}

/** Rule ids the scanner gives itself, with examples (the others are classify.ts's NUMBER_RULES). */
export const SCAN_RULES: readonly RuleExample[] = [
  { id: 'number-core', example: 'As many as 8,000 soldiers went.' },
  { id: 'number-plus-name', example: 'The “two plus two” talks resumed.' },
];

/** Find every number in one sentence. */
export function scanSentence(w: Words): Found[] {
  const out: Found[] = [];
  for (let i = w.from; i < w.to; i++) {
    const core = mayStart(w, i) ? readCore(w, i) : null;
    // "no one", "this one", "the one who", "a decent one", "the middle one": a pronoun, not a number.
    if (!core || (core.value === 1 && !core.numeric && core.end - core.first === 1 && pronounOne(w, i))) continue;
    const name = readPlusName(w, core);
    if (name) {
      out.push(name[0], name[1]);
      i = name[1].core.end - 1;
      continue;
    }
    const found = extend(w, core);
    out.push(found);
    i = (found.to?.end ?? found.core.end) - 1;
  }
  return out;
}

function pronounOne(w: Words, i: number): boolean {
  const before = lexicon().numbersPronounOne;
  if (before.has(norm(w, i - 1))) return true;
  const det = norm(w, i - 2);
  const prev = w.at(i - 1);
  // "a decent one", "the middle one" (compromise: a noun)
  const describes = prev !== undefined && (prev.tags.has('Adjective') || (prev.tags.has('Singular') && !prev.tags.has('ProperNoun') && !capitalised(prev)));
  return describes && (before.has(det) || det === 'a' || det === 'an');
}

/** "two plus two" (talks), "2+2": a name, both numbers of kind `other`. */
function readPlusName(w: Words, core: Core): [Found, Found] | null {
  const k = core.end;
  const last = w.at(core.end - 1);
  if (norm(w, k) !== 'plus' || hyphenAfter(last) || !joined(last, w.at(k))) return null;
  const second = joined(w.at(k), w.at(k + 1)) ? readCore(w, k + 1) : null;
  if (!second) return null;
  const named = (c: Core): Found => ({ core: c, kind: 'other', rule: 'number-plus-name', hidden: true, qualifier: null, subject: null });
  return [named(core), named(second)];
}

function extend(w: Words, core: Core): Found {
  const qualifier = periodOrHedge(w, core, readQualifier(w, core));
  const found: Found = { core, kind: core.kind, rule: 'number-core', hidden: false, qualifier, subject: null };
  const hedgeFirst = qualifier?.first ?? core.first;
  // A day or a name is not the start of a range: "since Dec. 5 to 922".
  const early = classify(w.doc, w, core, hedgeFirst);
  if (!REPORTED_KINDS.has(early.kind)) return Object.assign(found, early);
  readRange(w, found);
  readRatio(w, core);
  readTimes(w, core);
  const late = classify(w.doc, w, core, hedgeFirst, found.to?.end ?? core.end);
  // A rule that read the number anew ("pounds of halibut": a weight) keeps its id.
  Object.assign(found, late.rule === 'number-core' && early.rule !== 'number-core' ? { kind: late.kind, rule: early.rule } : late);
  if (!REPORTED_KINDS.has(found.kind)) return found;
  const end = found.to?.end ?? core.end;
  if (found.kind === 'count' && !core.vague) found.subject = readSubject(w, end, false) ?? readSubject(w, end, true);
  else if (found.kind === 'count') found.subject = readSubject(w, end, true) ?? readSubject(w, end, false);
  else if (found.kind === 'fraction') found.subject = readSubject(w, end, true) ?? readSubject(w, end, false);
  else if (found.kind !== 'money' && found.kind !== 'multiple') found.subject = readSubject(w, end, true);
  found.hidden = isBackReference(w, found);
  return found;
}

/** "$300 billion over two years": "over" a duration right after an amount is a period, not a bound. */
function periodOrHedge(w: Words, core: Core, q: Found['qualifier']): Found['qualifier'] {
  if (!q || !core.time || !lexicon().numbersPeriodHedges.has(q.text)) return q;
  const prev = w.at(q.first - 1);
  if (!prev || !joined(prev, w.at(q.first))) return q;
  const lex = lexicon();
  const amount = /\d/.test(prev.text) || lex.numbersWordScales.has(prev.normal) || lex.numbersCurrencyWords.has(prev.normal) || lex.numbersPercentWords.has(prev.normal);
  return amount ? null : q;
}

let maxQualifierWords = 0;
let maxOpenerWords = 0;

/**
 * The longest hedge ending just before the number: "as many as", "approximately",
 * "between"; across an article before digits ("up to a $1 billion") and an age
 * opener ("between the ages of 25 and 54").
 */
function readQualifier(w: Words, core: Core): Found['qualifier'] {
  const lex = lexicon();
  let first = core.first;
  const article = norm(w, first - 1) === 'a' || norm(w, first - 1) === 'an';
  if (article && core.numeric && joined(w.at(first - 1), w.at(first))) first--;
  if (maxOpenerWords === 0) for (const q of lex.numbersAgeOpeners) maxOpenerWords = Math.max(maxOpenerWords, q.split(' ').length);
  const opener = longestBefore(w, first, maxOpenerWords, (text) => lex.numbersAgeOpeners.has(text));
  return readHedge(w, first) ?? (opener ? readHedge(w, first - opener) : null);
}

function readHedge(w: Words, first: number): Found['qualifier'] {
  const qualifiers = lexicon().numbersQualifiersBefore;
  if (maxQualifierWords === 0) for (const q of qualifiers.keys()) maxQualifierWords = Math.max(maxQualifierWords, q.split(' ').length);
  const n = longestBefore(w, first, maxQualifierWords, (text) => text === 'between' || text === 'from' || qualifiers.has(text));
  if (!n) return null;
  const text = Array.from({ length: n }, (_, i) => norm(w, first - n + i)).join(' ');
  const bound = text === 'between' || text === 'from' ? 'range' : qualifiers.get(text)!;
  return { text, bound, first: first - n };
}

/** The number of words (at most `max`) of the longest phrase accepted by `has` that ends just before `first`; 0 when none. */
function longestBefore(w: Words, first: number, max: number, has: (text: string) => boolean): number {
  for (let n = Math.min(max, first - w.from); n >= 1; n--) {
    const words: string[] = [];
    let ok = true;
    for (let k = first - n; k < first; k++) {
      if (!joined(w.at(k), w.at(k + 1))) ok = false;
      words.push(norm(w, k));
    }
    if (ok && has(words.join(' '))) return n;
  }
  return 0;
}

/** "between 5,000 and 7,000", "8,000 to 10,000", "5,000-7,000 troops", "two or three". */
function readRange(w: Words, found: Found): void {
  const core = found.core;
  const inToken = core.numeric?.to;
  if (inToken) {
    found.to = { value: inToken.value, end: core.end };
    return;
  }
  const k = core.end;
  const link = norm(w, k);
  const last = w.at(core.end - 1);
  const dashed = /^\s*[-–]\s*$/.test(last?.post ?? '');
  let start = -1;
  if (dashed && !found.qualifier) start = k;
  else if (link === 'to' || (link === 'and' && found.qualifier?.text === 'between') || (link === 'or' && !core.numeric)) {
    if (joined(last, w.at(k)) && joined(w.at(k), w.at(k + 1))) start = k + 1;
  }
  // "rose 5% to $7bn", "fell 12 to 1,500": a change and a new level, not a range.
  if (start < 0 || (link === 'to' && lexicon().numbersChangeWords.has(norm(w, core.first - 1)))) return;
  const to = readCore(w, start);
  if (!to || to.kind === 'fraction' || to.kind === 'multiple' || (link === 'or' && to.numeric)) return;
  if (core.kind !== 'count' && to.kind !== 'count' && (core.kind !== to.kind || core.unit !== to.unit)) return;
  // "The vote was 6,543 to 2,109": a tally, two numbers, not a range.
  if (Math.abs(to.value) < Math.abs(core.value)) return;
  shareUnit(core, to);
  found.to = { value: to.value, end: to.end };
}

/** "between 1 and 2 million", "15 to 20 percent", "$5 to $7 billion": what the second end says applies to both. */
function shareUnit(core: Core, to: Core): void {
  if (core.scale === 1 && to.scale > 1 && core.value * to.scale <= to.value) {
    core.value = times(core.value, to.scale);
    core.scale = to.scale;
  }
  if (core.kind === 'count' && to.kind !== 'count') {
    core.kind = to.kind;
    if (to.unit !== undefined) core.unit = to.unit;
    if (to.currency !== undefined) core.currency = to.currency;
  }
  core.time ||= to.time;
}

/** "one in five adults", "1 in 4", "nine out of 10", "two over five": a fraction. */
function readRatio(w: Words, core: Core): void {
  const k = core.end;
  if (core.kind !== 'count' || !Number.isInteger(core.value) || !joined(w.at(k - 1), w.at(k))) return;
  const links = lexicon().numbersRatioLinks;
  const two = joined(w.at(k), w.at(k + 1)) ? `${norm(w, k)} ${norm(w, k + 1)}` : '';
  const words = links.has(two) ? 2 : links.has(norm(w, k)) ? 1 : 0;
  const how = words === 2 ? links.get(two) : links.get(norm(w, k));
  if (!how || !joined(w.at(k + words - 1), w.at(k + words))) return;
  const of = readCore(w, k + words);
  if (!of || of.kind !== 'count' || of.value <= core.value) return;
  // "two over five" but not "won 2 over 5 rivals".
  const next = w.at(of.end);
  if (how === 'alone' && next && joined(w.at(of.end - 1), next) && ['Noun', 'Adjective', 'Value'].some((tag) => next.tags.has(tag))) return;
  core.value /= of.value;
  core.kind = 'fraction';
  core.end = of.end;
}

/** "three times as many", "10 times more", "a three-fold rise". */
function readTimes(w: Words, core: Core): void {
  const k = core.end;
  if (core.kind !== 'count' || !joined(w.at(core.end - 1), w.at(k))) return;
  const next = w.at(k + 1);
  const comparing = next !== undefined && (lexicon().numbersComparing.has(next.normal) || next.tags.has('Comparative'));
  if ((norm(w, k) === 'times' && comparing) || (norm(w, k) === 'fold' && hyphenAfter(w.at(core.end - 1)))) {
    core.kind = 'multiple';
    core.end = k + 1;
  }
}

/**
 * "the two sides", "their three children", a bare "one": small counts in words
 * that refer back to what the text already named; reported only with `allNumbers`.
 */
function isBackReference(w: Words, found: Found): boolean {
  const core = found.core;
  if (found.kind !== 'count' || core.vague || core.value > 10 || found.to || found.qualifier) return false;
  if (!core.numeric && core.value === 1 && (!found.subject || norm(w, core.end) === 'of')) return true;
  return lexicon().numbersAnaphoricDeterminers.has(norm(w, core.first - 1));
}
