/** What a number reader has read so far: the core of a number mention (05-numbers/core.ts reads it, units.ts extends it). */
import type { Bound, NumberKind } from '../../types.js';
import type { Numeric } from './numeric.js';

export interface Core {
  /** Tokens [first, end) of the whole expression, unit words included. */
  first: number;
  end: number;
  /** The token holding the (first) number. */
  num: number;
  /** Characters before the first token that belong to the number: 1 for ".75" and "-5C", 2 for "is - 2". */
  lead: number;
  value: number;
  scale: number;
  kind: NumberKind;
  unit?: string;
  currency?: string;
  /** Read from digits (null when written in words). */
  numeric: Numeric | null;
  vague: boolean;
  /** A duration ("24 hours"). */
  time: boolean;
  /** "or more", "-plus", "or so" after the number. */
  after?: { text: string; bound: Bound };
  /** The money word is also a unit of weight ("pounds": lb): context decides. */
  weightUnit?: string;
  /** Read as a weight, the word is also money ("3 pounds": GBP): context decides. */
  moneyCurrency?: string;
  /** Read from a currency's fraction ("25 cents"): it may complete an amount before it. */
  subunit?: boolean;
}
