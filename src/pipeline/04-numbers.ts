/**
 * Stage 4: numbers with their value, kind, unit, counted subject and hedge.
 *
 * Baseline: runs of tokens compromise tagged Value, read as digits.
 */
import type { NumberMention } from '../types.js';
import type { DocContext } from './context.js';

/** Find number mentions in the parsed document. */
export function extractNumbers(ctx: DocContext, _options: { allNumbers?: boolean } = {}): NumberMention[] {
  const out: NumberMention[] = [];
  for (const token of ctx.parsed.tokens) {
    if (!token.tags.has('Value') || token.tags.has('Date') || token.tags.has('Year')) continue;
    const digits = /^\d[\d,]*(?:\.\d+)?$/.exec(token.text);
    if (!digits) continue;
    const value = Number(digits[0].replace(/,/g, ''));
    const next = ctx.parsed.tokens[token.index + 1];
    const unit = next && next.tags.has('Noun') && next.sentence === token.sentence ? next.normal : null;
    out.push({
      ...ctx.span(token.start, token.end),
      value,
      kind: 'count',
      unit,
      subject: unit,
      qualifier: null,
      bound: 'exact',
    });
  }
  return out;
}
