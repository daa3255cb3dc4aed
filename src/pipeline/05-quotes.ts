/**
 * Stage 5: quoted statements with their speaker and cue.
 *
 * Baseline: pairs of double quotation marks (straight or curly) within a paragraph;
 * a quote is "direct" when it ends a sentence, "partial" otherwise. Speakers are
 * attached in 06-claims.
 */
import type { DocContext } from './context.js';

/** A quote in offsets of the normalised text, before attribution. */
export interface QuoteSpan {
  /** Offsets including the quotation marks. */
  start: number;
  end: number;
  kind: 'direct' | 'partial' | 'mixed';
}

const OPEN = new Set(['"', '“']);
const CLOSE = new Set(['"', '”']);

/** Find quotation-mark spans in the normalised text. */
export function extractQuoteSpans(ctx: DocContext): QuoteSpan[] {
  const text = ctx.parsed.text;
  const quotes: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') open = -1;
    else if (open < 0 && OPEN.has(ch)) open = i;
    else if (open >= 0 && CLOSE.has(ch)) {
      const inner = text.slice(open + 1, i);
      const words = inner.trim().split(/\s+/).length;
      quotes.push({ start: open, end: i + 1, kind: words >= 6 || /[.,!?]$/.test(inner) ? 'direct' : 'partial' });
      open = -1;
    }
  }
  return quotes;
}
