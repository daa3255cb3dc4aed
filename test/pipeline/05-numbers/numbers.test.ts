/** Number mentions (issue 5): the positive tables and their paired false-positive tables. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';
import { FAMILIES } from './cases.js';
import { NOT_FAMILIES } from './false-positives.js';

describe.each(Object.entries(FAMILIES))('numbers: %s', (_family, cases) => {
  test.each(cases)('%s', (phrase, expected) => {
    const found = extract(phrase).numbers;
    expect(found).toHaveLength(1);
    const [n] = found;
    expect(n).toMatchObject(expected);
    expect(phrase.slice(n!.start, n!.end)).toBe(n!.text);
  });
});

describe.each(Object.entries(NOT_FAMILIES))('not reported by default: %s', (_family, cases) => {
  test.each(cases)('%s', (phrase, kind) => {
    expect(extract(phrase).numbers).toEqual([]);
    const all = extract(phrase, { allNumbers: true }).numbers;
    if (kind === null) expect(all).toEqual([]);
    else expect(all.map((n) => n.kind)).toContain(kind);
  });
});

describe('numbers: the reference article', () => {
  const text = readFileSync(new URL('../../../fixtures/korea-us-talks.txt', import.meta.url), 'utf8');
  test('gives exactly the two numeric claims', () => {
    const found = extract(text).numbers;
    expect(found.map(({ value, kind, unit, subject, qualifier, bound }) => ({ value, kind, unit, subject, qualifier, bound }))).toEqual([
      { value: 8000, kind: 'count', unit: 'soldiers', subject: 'North Korean soldiers', qualifier: 'as many as', bound: 'upper' },
      { value: 10000, kind: 'count', unit: 'troops', subject: 'North Korean troops', qualifier: 'approximately', bound: 'approx' },
    ]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
  test('keeps "two plus two" and "Group of Seven" as names and the two sides as back-references', () => {
    const all = extract(text, { allNumbers: true }).numbers;
    expect(all.filter((n) => n.kind === 'other').map((n) => n.text)).toEqual(['two', 'two', 'two', 'two', 'Seven']);
    expect(all.filter((n) => n.kind === 'count' && n.value === 2).map((n) => n.unit)).toEqual(['countries', 'sides', 'sides', 'officials']);
  });
});

describe('numbers: several in one sentence', () => {
  test('a list of counts keeps each subject', () => {
    const found = extract('Strikes destroyed eight oil pump jacks, six oil refinement stills, three excavators and two cranes.').numbers;
    expect(found.map((n) => [n.value, n.unit])).toEqual([[8, 'jacks'], [6, 'stills'], [3, 'excavators'], [2, 'cranes']]);
  });
  test('conversions in brackets are separate measures', () => {
    const found = extract('The village lies 8 km (5.0 mi) from the city.').numbers;
    expect(found.map((n) => [n.value, n.unit])).toEqual([[8, 'km'], [5, 'mi']]);
  });
  test('a part of a whole owned by a name', () => {
    const found = extract('At least seven of Washington state’s 44 delegates signed.').numbers;
    expect(found.map((n) => [n.value, n.subject, n.bound])).toEqual([[7, 'delegates', 'lower'], [44, 'delegates', 'exact']]);
  });
  test('a change and a new level are no range', () => {
    const found = extract('Sales rose 5% to $7bn last year.').numbers;
    expect(found.map((n) => [n.value, n.kind, n.bound])).toEqual([[5, 'percent', 'exact'], [7e9, 'money', 'exact']]);
  });
  test('a money amount and its conversion', () => {
    const found = extract('The budget is 2.4 trillion won ($1.7bn) this year.').numbers;
    expect(found.map((n) => [n.value, n.currency])).toEqual([[2.4e12, 'KRW'], [1.7e9, 'USD']]);
  });
});

test('a hostile long line stays fast', () => {
  const line = `${'1,000 '.repeat(20_000)}${'9'.repeat(5_000)} ${'two plus '.repeat(5_000)}`;
  const t0 = performance.now();
  const found = extract(line).numbers;
  expect(found.length).toBeGreaterThan(1000);
  expect(performance.now() - t0).toBeLessThan(20_000);
});
