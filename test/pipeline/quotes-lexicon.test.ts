import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cueLexicon, inflections } from '../../src/pipeline/quotes/lexicon.js';

const dir = new URL('../../src/lexicon/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.startsWith('cues-') && f.endsWith('.txt'));

describe('cue lexicon files', () => {
  test.each(files)('%s: a policy comment, then sorted entries without duplicates', (file) => {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^# /);
    const entries = lines.slice(1);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries).toEqual([...entries].sort());
    expect(new Set(entries).size).toBe(entries.length);
    for (const e of entries) expect(e).toBe(e.trim().toLowerCase());
  });

  test('every list loads', () => {
    const lex = cueLexicon();
    expect(lex.speech.has('said')).toBe(true);
    expect(lex.thought.has('believes')).toBe(true);
    expect(lex.listener.has('told')).toBe(true);
    expect(lex.roles.has('ministry')).toBe(true);
  });
});

describe('inflections', () => {
  test.each([
    ['warn', ['warns', 'warned', 'warning']],
    ['state', ['states', 'stated', 'stating']],
    ['deny', ['denies', 'denied', 'denying']],
    ['admit', ['admits', 'admitted', 'admitting']],
  ])('%s', (lemma, forms) => {
    expect(inflections(lemma)).toEqual(expect.arrayContaining(forms));
  });

  test.each([
    ['vow', 'vowwed'],
    ['report', 'reportted'],
    ['say', 'saies'],
  ])('%s never gives %s', (lemma, wrong) => {
    expect(inflections(lemma)).not.toContain(wrong);
  });
});
