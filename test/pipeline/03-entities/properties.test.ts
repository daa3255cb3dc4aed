/**
 * Properties of entity extraction on any input: it never throws, every mention
 * slices back to its text, mentions carry no edge spaces or possessive, also on
 * long hostile input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

const words = ['Foreign', 'Minister', 'Cho', 'of', 'Bank', 'England', "Russia's", 'U.S.', '-', 'SOCCER', 'BEAT', '1996-08-30', 'the', '&', '(G7)', 'Inc.', 'said', '\n', ',', 'K.', 'Moscow-Pyongyang', '“', '"'];
const article = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((ws) => ws.join(' '));

describe('entity mentions on any input', () => {
  test('never throw; every span slices back, trimmed, without possessive', () => {
    fc.assert(
      fc.property(article, (text) => {
        const r = extract(text);
        for (const e of [...r.people, ...r.organizations, ...r.places]) {
          expect(e.name.length).toBeGreaterThan(0);
          for (const m of e.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.text).toBe(m.text.trim());
            expect(m.text).not.toMatch(/['’]s$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['capitals', 'NEW YORK BEAT BOSTON '.repeat(5_000)],
    ['names', 'Antony Blinken met Cho Tae-yul in Seoul. '.repeat(2_500)],
    ['hyphens', 'Moscow-'.repeat(10_000)],
    ['datelines', 'LONDON 1996-08-30\nArbroath 3 Alloa 1\n'.repeat(3_000)],
  ])('%s: long hostile input gives sound mentions', (_name, text) => {
    // Speed is the benchmark's business (npm run bench reports the worst adversarial ratio);
    // test/hostile/extract.test.ts guards against runaway time.
    const r = extract(text);
    for (const e of [...r.people, ...r.organizations, ...r.places]) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
