/** Small helpers over the sentence's tokens, shared by the number readers. */
import type { Token } from '../02-parse.js';

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

/** The normal form of `w[i]`, or '' past either end. */
export function norm(w: readonly Token[], i: number): string {
  return w[i]?.normal ?? '';
}

/** True when the token starts with a capital letter. */
export function capitalised(t: Token | undefined): boolean {
  return t !== undefined && /^[A-Z]/.test(t.text);
}

/** True when a sentence, a quotation or a clause after a colon begins at `w[i]`. */
export function startsClause(w: readonly Token[], i: number): boolean {
  const t = w[i];
  if (!t) return false;
  if (i === 0 || /["“‘(\[]/.test(t.pre)) return true;
  const prev = w[i - 1];
  return prev !== undefined && /[:;.!?"”]\s*$/.test(prev.post);
}
