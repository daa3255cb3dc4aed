import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../../src/index.js';

// Text built from the pieces that drive attribution: marks, cues, names, pronouns, breaks.
const piece = fc.constantFrom(
  '"', '“', '”', "''", ',', '.', ':', ' ', '\n', '\n\n', '―', '(', ')', 'said', 'told', 'according to', 'believes',
  'he', 'it', 'Smith', 'the ministry', 'Sen. Jones', 'that', 'the plan', 'will fail', 'WALLACE:', 'is expected to',
);

describe('quotes and claims: properties', () => {
  test('never throw, and every span slices back to its text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join(' ')), (input) => {
        const r = extract(input);
        const spans = [
          ...r.quotes.flatMap((q) => [q, q.cue, q.speaker?.mention]),
          ...r.claims.flatMap((c) => [c.content, c.cue, c.speaker?.mention]),
        ];
        for (const s of spans) if (s) expect(input.slice(s.start, s.end)).toBe(s.text);
        for (const c of r.claims) for (const i of c.numbers) expect(r.numbers[i]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});
