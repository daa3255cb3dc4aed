/** The number word lists (src/lexicon/numbers-*.ts) are data: sorted, no duplicates, a policy comment on top. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const DIR = new URL('../../src/lexicon/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => /^numbers-.*\.ts$/.test(f));

/** Each `export const NAME ... new Map/Set([...])` block with the keys it lists, in source order. */
function tables(source: string): [string, string[]][] {
  const out: [string, string[]][] = [];
  const block = /export const (\w+)[^=]*= new (Map|Set)[^(]*\(\[([\s\S]*?)\]\);/g;
  for (let m = block.exec(source); m; m = block.exec(source)) {
    const body = m[3]!;
    const keys = m[2] === 'Map' ? [...body.matchAll(/\[\s*(['"])(.*?)\1\s*,/g)].map((k) => k[2]!) : [...body.matchAll(/(['"])(.*?)\1/g)].map((k) => k[2]!);
    out.push([m[1]!, keys]);
  }
  return out;
}

test('there are number lexicon files', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(4);
});

describe.each(FILES)('%s', (file) => {
  const source = readFileSync(new URL(file, DIR), 'utf8');
  test('opens with a policy comment', () => {
    expect(source.startsWith('/**')).toBe(true);
    expect(source).toMatch(/Policy:/);
  });
  test.each(tables(source))('%s is sorted and has no duplicates', (_name, keys) => {
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual([...keys].sort());
  });
});
