/**
 * The one lexicon: every word list is a .txt file in one format (src/lexicon/README.md),
 * compiled by src/lexicon/build.mjs into one typed module; nothing else reads word lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the build script is plain JavaScript
import { compileList, inflections, listName, readListFile } from '../../src/lexicon/build.mjs';
import { lexicon } from '../../src/lexicon/generated/lexicon.js';

const dir = join(import.meta.dirname, '../../src/lexicon');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const DIRECTIVE = /^#! (?:verbs|pairs(?: verbs)?|map (?:number|string|[a-z-]+(?:\|[a-z-]+)+))$/;

describe('every list file', () => {
  test.each(files)('%s: a policy comment, an optional directive, sorted unique entries', (file) => {
    const lines = readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# \S.{10,}/);
    const hasDirective = lines[1]?.startsWith('#!') ?? false;
    if (hasDirective) expect(lines[1]).toMatch(DIRECTIVE);
    const entries = lines.slice(hasDirective ? 2 : 1);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.trim() === e && e !== '' && !e.startsWith('#'))).toBe(true);
    expect(entries).toEqual([...entries].sort());
    expect(new Set(entries).size).toBe(entries.length);
  });

  test.each(files)('%s compiles', (file) => {
    expect(() => compileList(listName(file), readListFile(file))).not.toThrow();
  });

  test('a map entry that is not key<TAB>value, or a value outside its type, is an error', () => {
    expect(() => compileList('x', { directive: 'map number', entries: ['one\tuno'] })).toThrow(/not a number/);
    expect(() => compileList('x', { directive: 'map upper|lower', entries: ['about\tapprox'] })).toThrow(/not one of/);
    expect(() => compileList('x', { directive: 'map string', entries: ['about'] })).toThrow(/key<TAB>value/);
    expect(() => compileList('x', { directive: 'sets', entries: ['a'] })).toThrow(/unknown directive/);
  });
});

describe('one lexicon', () => {
  test('src/lexicon holds lists, the build script and its README, nothing else', () => {
    const other = readdirSync(dir).filter((f) => !f.endsWith('.txt') && !['build.mjs', 'README.md', '.gitignore', 'generated'].includes(f));
    expect(other).toEqual([]);
  });

  test('no pipeline module reads a file at run time', () => {
    const offenders: string[] = [];
    const walk = (d: string): void => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && /node:fs|readFileSync|readFile\(/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(dir, '../pipeline'));
    expect(offenders).toEqual([]);
  });

  test('every list is compiled, under its name', () => {
    const lex = lexicon() as unknown as Record<string, { size: number }>;
    for (const file of files.filter((f) => !/-extra\.txt$|^country-aliases\.txt$/.test(f))) {
      expect(lex[listName(file)]?.size, file).toBeGreaterThan(0);
    }
  });
});

describe('lists from data packages', () => {
  const lex = lexicon();
  test.each([
    ['countries', 'south korea'],
    ['countries', 'u.s.'],
    ['cities', 'pyongyang'],
    ['regions', 'california'],
    ['demonyms', 'north korean'],
    ['demonyms', 'korean'],
    ['givenNames', 'kamala'],
  ] as const)('%s holds %s', (name, entry) => {
    expect(lex[name].has(entry)).toBe(true);
  });

  test.each([
    ['givenNames', 'may'],
    ['givenNames', 'china'],
    ['givenNames', 'general'],
    ['cities', 'reading'],
    ['regions', 'german'],
  ] as const)('%s leaves out the common word %s', (name, entry) => {
    expect(lex[name].has(entry)).toBe(false);
  });

  test('country aliases point at listed countries', () => {
    expect(lex.countryAliases.get('u.s.')).toBe('united states');
    for (const name of lex.countryAliases.values()) expect(lex.countries.has(name)).toBe(true);
  });
});

describe('compiled forms', () => {
  test('verb lists hold their regular inflections', () => {
    const { cuesSpeech } = lexicon();
    for (const form of ['warns', 'warned', 'warning', 'said', 'denies', 'admitted']) expect(cuesSpeech.has(form), form).toBe(true);
  });

  test('pairs map each verb form to its particles', () => {
    expect(lexicon().cuesPhrasal.get('railed')?.has('against')).toBe(true);
    expect(lexicon().cuesNouns.get('criticism')?.has('of')).toBe(true);
  });

  test('maps keep their typed values', () => {
    expect(lexicon().numbersScales.get('billion')).toBe(1e9);
    expect(lexicon().numbersQualifiersBefore.get('as many as')).toBe('upper');
  });

  test.each([
    ['warn', ['warns', 'warned', 'warning']],
    ['state', ['states', 'stated', 'stating']],
    ['deny', ['denies', 'denied', 'denying']],
    ['admit', ['admits', 'admitted', 'admitting']],
    ['quip', ['quips', 'quipped', 'quipping']],
  ])('inflections of %s', (lemma, forms) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining(forms));
  });

  test.each([
    ['vow', 'vowwed'],
    ['quote', 'quotted'],
    ['report', 'reportted'],
    ['say', 'saies'],
  ])('%s never gives %s', (lemma, wrong) => {
    expect(inflections(lemma)).not.toContain(wrong);
  });
});
