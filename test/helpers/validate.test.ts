import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { problems } from './validate.js';

describe('the output validator can fail', () => {
  const input = 'Angela Merkel visited Paris.';
  test('a sound extraction has no problems', () => {
    expect(problems(extract(input), input)).toEqual([]);
  });
  test('a span that does not slice back is reported', () => {
    const bad = extract(input);
    bad.places[0]!.mentions[0]!.start += 1;
    expect(problems(bad, input).join()).toMatch(/does not slice back/);
  });
  test('a schema violation is reported', () => {
    const bad = { ...extract(input), schemaVersion: 2 } as unknown as ReturnType<typeof extract>;
    expect(problems(bad, input).join()).toMatch(/schema/);
  });
  test('a dangling entity reference is reported', () => {
    const bad = extract(input);
    bad.claims.push({ content: { text: 'Angela', start: 0, end: 6 }, kind: 'indirect', speaker: null, cue: null, cueLemma: null, negated: false, entities: ['p99'], numbers: [] });
    expect(problems(bad, input).join()).toMatch(/unresolved entity reference p99/);
  });
});
