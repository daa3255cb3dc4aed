/**
 * Stage 5: numbers with their value, kind, unit, counted subject and hedge.
 *
 * Each sentence's tokens are walked once (scan.ts): a token that may start a number
 * is read into a core (core.ts: digits in numeric.ts, words in word-number.ts, what
 * follows in units.ts), extended (ranges, ratios, hedges), given its kind by an ordered
 * rule table that also judges the context (classify.ts, idioms.ts) and its subject
 * (subject.ts). Every word read is data in src/lexicon/numbers-*.txt. By default
 * only numbers a reader checks are reported: counts, money, percentages, measures,
 * fractions and multiples; `allNumbers` adds years, dates, times, ordinals, codes,
 * scores, name parts and back-references ("the two sides").
 */
import type { NumberMention } from '../../types.js';
import { type Doc, span } from '../doc.js';
import { REPORTED_KINDS } from './classify.js';
import { namedNumbers } from './idioms.js';
import { type Found, scanSentence } from './scan.js';
import { Words } from './tokens.js';

/** Stage 5: find the numbers of the document. */
export function numbersStage(doc: Doc): void {
  const named = namedNumbers(doc.tokens);
  const personEnds = new Set(doc.mentions.filter((m) => m.type === 'person').map((m) => m.end));
  for (const s of doc.sentences) {
    const w = new Words(doc, s.first, s.end, named, personEnds);
    for (const found of scanSentence(w)) {
      doc.trace?.push(found.rule);
      // Too large for a double ("billions of billions of ..."): no value rather than a wrong one.
      if (!Number.isFinite(found.core.value) || (found.to && !Number.isFinite(found.to.value))) continue;
      if (!doc.options.allNumbers && (found.hidden || !REPORTED_KINDS.has(found.kind))) continue;
      doc.numbers.push({ mention: toMention(doc, found), rule: found.rule });
    }
  }
}

/** compromise keeps a full stop in a sign's text ("6 %."): its length, to leave it out of the span. */
function trailingStop(text: string, normal: string): number {
  const rest = text.startsWith(normal) ? text.slice(normal.length) : '';
  return /^[.,;:!?]+$/.test(rest) ? rest.length : 0;
}

function toMention(doc: Doc, f: Found): NumberMention {
  const { core } = f;
  const { tokens } = doc;
  const first = tokens[core.first]!;
  const last = tokens[(f.to?.end ?? core.end) - 1]!;
  const start = core.first === core.num ? first.start - core.lead : first.start;
  const head = f.subject ? tokens[f.subject.end - 1]! : null;
  const subject = f.subject && head ? span(doc, tokens[f.subject.first]!.start, head.end).text : null;
  // "between" and "from" only qualify a range ("from 10.3 million" alone is exact).
  const before = f.qualifier && (f.to || f.qualifier.bound !== 'range') ? f.qualifier.text : null;
  const qualifier = before ?? core.after?.text ?? null;
  let unit = core.unit ?? null;
  if (unit === null && f.kind === 'count' && head && !head.tags.has('Pronoun')) unit = head.normal;
  const mention: NumberMention = {
    ...span(doc, start, last.end - trailingStop(last.text, last.normal)),
    value: core.value,
    kind: f.kind,
    unit,
    subject,
    qualifier,
    bound: 'exact',
  };
  if (f.to) {
    mention.bound = 'range';
    mention.min = Math.min(core.value, f.to.value);
    mention.max = Math.max(core.value, f.to.value);
  } else if ((f.qualifier && f.qualifier.bound !== 'range') || core.after) {
    mention.bound = f.qualifier && f.qualifier.bound !== 'range' ? f.qualifier.bound : core.after!.bound;
  } else if (core.vague) {
    mention.bound = 'approx';
    mention.min = core.value;
  }
  if (core.vague && mention.min === undefined) mention.min = core.value;
  if (core.currency !== undefined) mention.currency = core.currency;
  return mention;
}
