/**
 * What every extractor receives: the original input, the normalised text with
 * its offset map, and the shared parse.
 */
import type { Span } from '../types.js';
import { type Normalized, toOriginal } from './01-normalize.js';
import type { Parsed, Token } from './02-parse.js';

export interface DocContext {
  input: string;
  norm: Normalized;
  parsed: Parsed;
  /** Build an output span from offsets in the normalised text. */
  span(start: number, end: number): Span;
  /** Build an output span covering tokens [first, last] (inclusive). */
  tokenSpan(first: Token, last: Token): Span;
}

export function createContext(input: string, norm: Normalized, parsed: Parsed): DocContext {
  const span = (start: number, end: number): Span => {
    const o = toOriginal(norm, start, end);
    return { text: input.slice(o.start, o.end), start: o.start, end: o.end };
  };
  return { input, norm, parsed, span, tokenSpan: (first, last) => span(first.start, last.end) };
}
