/** Every word list is sorted, duplicate-free, has its policy comment, and loads fast. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { COUNTRY_ALIASES, LISTS } from '../../src/lexicon/generated/lexicon.js';
import { entityLexicon } from '../../src/pipeline/entities/lexicon.js';

const dir = join(import.meta.dirname, '../../src/lexicon');
const ownLists = readdirSync(dir).filter((f) => f.endsWith('.txt') && !/^(numbers|cues)-/.test(f));

describe('hand-curated lists', () => {
  test.each(ownLists)('%s: policy comment, sorted, no duplicates, no blanks', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# \S/);
    const entries = lines.slice(1);
    expect(entries.every((e) => e.trim() === e && e !== '')).toBe(true);
    expect(entries).toEqual([...entries].sort());
    expect(new Set(entries).size).toBe(entries.length);
  });
});

describe('generated lists', () => {
  test.each(Object.keys(LISTS))('%s is sorted and duplicate-free', (name) => {
    const list = LISTS[name]!;
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list).size).toBe(list.length);
    expect(list).toEqual([...list].sort());
  });

  test.each([
    ['countries', 'south korea'],
    ['countries', 'u.s.'],
    ['cities', 'pyongyang'],
    ['regions', 'california'],
    ['demonyms', 'north korean'],
    ['givenNames', 'kamala'],
  ])('%s holds %s', (name, entry) => {
    expect(LISTS[name]).toContain(entry);
  });

  test.each([
    ['givenNames', 'may'],
    ['givenNames', 'china'],
    ['givenNames', 'general'],
    ['cities', 'reading'],
    ['regions', 'german'],
  ])('%s leaves out the common word %s', (name, entry) => {
    expect(LISTS[name]).not.toContain(entry);
  });

  test('country aliases point at listed countries', () => {
    expect(COUNTRY_ALIASES['u.s.']).toBe('united states');
    for (const name of Object.values(COUNTRY_ALIASES)) expect(LISTS.countries).toContain(name);
  });

  test('the runtime lexicon loads the generated lists (its start-up cost is in npm run bench)', () => {
    const lex = entityLexicon();
    expect(lex.givenNames.size).toBeGreaterThan(10_000);
  });
});
