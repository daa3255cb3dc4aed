/** Issue 16: the class tables (classes.ts), every field of every number checked. */
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';
import { CLASSES, type Full } from './classes.js';

/** Equal up to the last bits of a double: 7 + 2/3 read from words may differ from the literal there. */
const close = (a: number | undefined, b: number): boolean => a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe.each(Object.entries(CLASSES))('issue 16: %s', (_name, rows) => {
  test('holds at least 15 phrases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
  });
  test.each(rows)('%s', (phrase, expected) => {
    const found = extract(phrase).numbers;
    expect(found.map((f) => f.text)).toHaveLength(expected.length);
    expected.forEach((e: Full, i) => {
      const got = found[i]!;
      const { value, min, max, ...rest } = e;
      expect(close(got.value, value), `value ${got.value}, expected ${value}`).toBe(true);
      if (min !== undefined) expect(close(got.min, min), `min ${got.min}`).toBe(true);
      if (max !== undefined) expect(close(got.max, max), `max ${got.max}`).toBe(true);
      expect(got).toMatchObject(rest);
      expect(phrase.slice(got.start, got.end)).toBe(got.text);
    });
  });
});
