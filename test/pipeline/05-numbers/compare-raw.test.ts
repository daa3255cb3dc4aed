/**
 * Issue 16: on the number tables, newsclaims finds the right value at least as often as
 * raw compromise, on each part (numbers, percentages, currencies, dimensions).
 */
import { expect, test } from 'vitest';
import { compare, PARTS } from './compare-raw.js';

const { parts, all } = compare();

test.each(PARTS)('part %s: newsclaims value recall is never below raw compromise', (part) => {
  const t = parts.get(part)!;
  expect(t.expected).toBeGreaterThan(0);
  expect(t.ours).toBeGreaterThanOrEqual(t.raw);
});

test('the table holds at least 450 numbers and newsclaims reads at least 0.9 of their values', () => {
  expect(all.expected).toBeGreaterThanOrEqual(450);
  expect(all.ours / all.expected).toBeGreaterThanOrEqual(0.9);
});
