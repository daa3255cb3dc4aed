/**
 * Stage 4: numbers with their value, kind, unit, counted subject and hedge.
 *
 * Each sentence's tokens are walked once (numbers/scan.ts); the reading of
 * digits and words, units, hedges and exclusions is data in src/lexicon/numbers-*.ts.
 * By default only numbers a reader checks are reported: counts, money, percentages,
 * measures, fractions and multiples; `allNumbers` adds years, dates, times,
 * ordinals, codes, scores, name parts and back-references ("the two sides").
 */
import type { NumberMention } from '../types.js';
import type { Token } from './02-parse.js';
import type { DocContext } from './context.js';
import { type Found, scanSentence } from './numbers/scan.js';

const REPORTED = new Set(['count', 'money', 'percent', 'percentage-points', 'measure', 'fraction', 'multiple']);

/** Find number mentions in the parsed document. */
export function extractNumbers(ctx: DocContext, options: { allNumbers?: boolean } = {}): NumberMention[] {
  const out: NumberMention[] = [];
  const { tokens, sentences } = ctx.parsed;
  for (const s of sentences) {
    // Tokens compromise added for a contraction or a split ("12k" + unit) have no text.
    const w: Token[] = [];
    for (let k = s.first; k < s.last; k++) if (tokens[k]!.text !== '') w.push(tokens[k]!);
    for (const found of scanSentence(w)) {
      if (!options.allNumbers && (found.hidden || !REPORTED.has(found.kind))) continue;
      out.push(toMention(ctx, w, found));
    }
  }
  return out;
}

function toMention(ctx: DocContext, w: readonly Token[], f: Found): NumberMention {
  const { core } = f;
  const first = w[core.first]!;
  const last = w[f.to?.last ?? core.last]!;
  const start = core.first === core.num ? first.start - core.lead : first.start;
  const subject = f.subject ? ctx.span(w[f.subject.first]!.start, w[f.subject.head]!.end).text : null;
  const head = f.subject ? w[f.subject.head]! : null;
  // "between" and "from" only qualify a range ("from 10.3 million" alone is exact).
  const before = f.qualifier && (f.to || f.qualifier.bound !== 'range') ? f.qualifier.text : null;
  const qualifier = before ?? core.after?.text ?? null;
  let unit = core.unit ?? null;
  if (unit === null && f.kind === 'count' && head && !head.tags.has('Pronoun')) unit = head.normal;
  const mention: NumberMention = {
    ...ctx.span(start, last.end),
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
