/**
 * Rules as ordered data. A rule table is an array of `{ id, example, when, then }`
 * tried in order; the first rule whose `when` holds decides, and its `then` gives the
 * outcome (compromise's post-tagger model is the same: `{ match, tag, reason }`, order
 * matters). `when` may return a value (a place kind, a length) that `then` receives.
 *
 * Every rule carries an example phrase on which it fires: a generated test
 * (test/pipeline/rules.test.ts) runs each example with `explain` and checks that the
 * rule's id is in the trace, so each rule documents and tests itself.
 */
import { type Doc, fired } from './doc.js';
import type { RuleId } from './rule-ids.js';

/** One rule of a table over contexts `C` with outcomes `O`. */
export interface Rule<C, O, Id extends RuleId = RuleId> {
  readonly id: Id;
  /** A phrase on which this rule fires. */
  readonly example: string;
  readonly when: (ctx: C) => unknown;
  readonly then: (ctx: C, hit: never) => O;
}

/**
 * Build a rule whose `when` hands a value to `then` (anything but null, undefined and
 * false counts as a hit).
 */
export function rule<C, O, Id extends RuleId, T>(r: {
  id: Id;
  example: string;
  when: (ctx: C) => T | null | undefined | false;
  then: (ctx: C, hit: T) => O;
}): Rule<C, O, Id> {
  return r as unknown as Rule<C, O, Id>;
}

/** Try the rules in order; the outcome of the first that fires (recorded in the trace), or `fallback`. */
export function firstRule<C, O>(doc: Doc, rules: readonly Rule<C, O>[], ctx: C): { id: RuleId; out: O } | null {
  for (const r of rules) {
    const hit = r.when(ctx);
    if (hit === null || hit === undefined || hit === false) continue;
    fired(doc, r.id);
    return { id: r.id, out: (r.then as (ctx: C, hit: unknown) => O)(ctx, hit) };
  }
  return null;
}

/** A rule id and its example, for the generated rule tests and the README. */
export interface RuleExample {
  id: RuleId;
  example: string;
}
