/**
 * Stage 5: quotation-mark spans (straight, curly, NYT `''` after normalisation),
 * with nesting and quotes running over several paragraphs; see quotes/marks.ts.
 * Speakers, kinds and claims are attached in 06-claims.
 */
import type { DocContext } from './context.js';
import { type QuoteSpan, scanQuoteMarks } from './quotes/marks.js';

export type { QuoteSpan } from './quotes/marks.js';

/** Find quotation-mark spans in the normalised text. */
export function extractQuoteSpans(ctx: DocContext): QuoteSpan[] {
  return scanQuoteMarks(ctx.parsed.text);
}
