/**
 * newsclaims against raw compromise on the number tables (cases.ts and classes.ts):
 * for every expected number, does the tool report a number with that value? Raw
 * compromise is given every value of `numbers()`, `percentages()` and `money()` of the
 * phrase (the union, so it is never judged on the wrong method). Tallied per family and
 * per part: numbers (counts, fractions, multiples), percentages, currencies, dimensions.
 *
 * `npx tsx test/pipeline/05-numbers/compare-raw.ts` prints the table; compare-raw.test.ts
 * checks that newsclaims is never behind.
 */
import nlp from 'compromise';
import { extract } from '../../../src/index.js';
import type { NumberKind } from '../../../src/types.js';
import { FAMILIES } from './cases.js';
import { CLASSES } from './classes.js';

export type Part = 'numbers' | 'percentages' | 'currencies' | 'dimensions';
export const PARTS: readonly Part[] = ['numbers', 'percentages', 'currencies', 'dimensions'];

export interface Tally {
  expected: number;
  ours: number;
  raw: number;
}

/** The part of the comparison a number of this kind belongs to. */
export function partOf(kind: NumberKind): Part {
  if (kind === 'percent' || kind === 'percentage-points') return 'percentages';
  if (kind === 'money') return 'currencies';
  if (kind === 'measure') return 'dimensions';
  return 'numbers';
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/** Every value raw compromise gives for a phrase. */
export function rawValues(phrase: string): number[] {
  const doc = nlp(phrase);
  // `get()` of an empty match is the match itself, not an empty array.
  const values = (view: { get(): unknown }): unknown[] => {
    const got = view.get();
    return Array.isArray(got) ? got : [];
  };
  return [...values(doc.numbers()), ...values(doc.percentages()), ...values(doc.money())].filter((v): v is number => typeof v === 'number');
}

/** The rows of both tables as [family, phrase, expected values with their kinds]. */
export function allRows(): [family: string, phrase: string, expected: { value: number; kind: NumberKind }[]][] {
  const out: ReturnType<typeof allRows> = [];
  for (const [family, cases] of Object.entries(FAMILIES)) {
    for (const [phrase, e] of cases) {
      // Rows of issue 5 that pin no kind: money when they pin a currency, else a count.
      const kind = e.kind ?? (e.currency !== undefined ? 'money' : 'count');
      if (e.value !== undefined) out.push([`issue 5: ${family}`, phrase, [{ value: e.value, kind }]]);
    }
  }
  for (const [family, rows] of Object.entries(CLASSES)) {
    for (const [phrase, expected] of rows) out.push([`issue 16: ${family}`, phrase, expected.map(({ value, kind }) => ({ value, kind }))]);
  }
  return out;
}

/** Value recall of both tools, per family and per part. */
export function compare(): { families: Map<string, Tally>; parts: Map<Part, Tally>; all: Tally } {
  const families = new Map<string, Tally>();
  const parts = new Map<Part, Tally>(PARTS.map((p) => [p, { expected: 0, ours: 0, raw: 0 }]));
  const all: Tally = { expected: 0, ours: 0, raw: 0 };
  for (const [family, phrase, expected] of allRows()) {
    const ours = extract(phrase).numbers.map((n) => n.value);
    const raw = rawValues(phrase);
    const tally = families.get(family) ?? { expected: 0, ours: 0, raw: 0 };
    families.set(family, tally);
    for (const { value, kind } of expected) {
      for (const t of [tally, parts.get(partOf(kind))!, all]) {
        t.expected++;
        if (ours.some((v) => close(v, value))) t.ours++;
        if (raw.some((v) => close(v, value))) t.raw++;
      }
    }
  }
  return { families, parts, all };
}

function render(): string {
  const { families, parts, all } = compare();
  const pct = (n: number, d: number): string => (d === 0 ? '-' : (n / d).toFixed(3));
  const line = (name: string, t: Tally): string => `| ${name} | ${t.expected} | ${pct(t.ours, t.expected)} | ${pct(t.raw, t.expected)} |`;
  return [
    '| family | numbers expected | newsclaims value recall | raw compromise value recall |',
    '| --- | ---: | ---: | ---: |',
    ...[...families].map(([f, t]) => line(f, t)),
    ...[...parts].map(([p, t]) => line(`**part: ${p}**`, t)),
    line('**all**', all),
  ].join('\n');
}

if (process.argv[1]?.endsWith('compare-raw.ts')) console.log(render());
