/** Small helpers over a sentence's tokens, shared by the number readers. */
import type { Doc, Token } from '../doc.js';
import { isCapitalized } from '../tokens.js';

/**
 * One sentence's tokens `[from, to)`, read by their index in the document's token
 * array; outside the sentence there is nothing (`at` gives undefined).
 */
export class Words {
  readonly tokens: readonly Token[];

  constructor(
    readonly doc: Doc,
    readonly from: number,
    readonly to: number,
    /** Digit strings the document uses as names ("a chain called 365", "Xbox 360"). */
    readonly named: ReadonlyMap<string, 'cue' | 'name'> = new Map(),
    /** Where person mentions end (offsets in the normalised text): "Parata, 75," is an age. */
    readonly personEnds: ReadonlySet<number> = new Set(),
  ) {
    this.tokens = doc.tokens;
  }

  at(i: number): Token | undefined {
    return i >= this.from && i < this.to ? this.tokens[i] : undefined;
  }
}

/** Spaces and a hyphen may sit between two words of one number phrase; anything else breaks it. */
const GLUE = /^[\s\-–]*$/;

/** True when nothing but spaces or a hyphen separates `a` from the token after it. */
export function joined(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && GLUE.test(a.post) && GLUE.test(b.pre);
}

/** True when `a` is followed by a hyphen with no space ("two-thirds", "60-plus"). */
export function hyphenAfter(a: Token | undefined): boolean {
  return a !== undefined && /^[-–]$/.test(a.post);
}

/** `v * s` without binary noise: 133.7 million is 133700000, not 133699999.99999999. */
export function times(v: number, s: number): number {
  return Number((v * s).toPrecision(15));
}

/** The normal form of token `i`, or '' outside the sentence. */
export function norm(w: Words, i: number): string {
  return w.at(i)?.normal ?? '';
}

/** True when the token starts with a capital letter. */
export const capitalised = isCapitalized;

/** True when a sentence, a quotation or a clause after a colon begins at token `i`. */
export function startsClause(w: Words, i: number): boolean {
  const t = w.at(i);
  if (!t) return false;
  if (i === w.from || /["“‘(\[]/.test(t.pre)) return true;
  const prev = w.at(i - 1);
  return prev !== undefined && /[:;.!?"”]\s*$/.test(prev.post);
}
