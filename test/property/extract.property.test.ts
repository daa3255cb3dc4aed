/**
 * Property tests (fast-check): over random text built from article fragments,
 * random Unicode and hostile pieces, `extract` never throws, every span slices
 * back to its text from the original input, output validates against the schema,
 * ids are unique and every reference resolves. The seed is printed on failure.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { extract } from '../../src/index.js';
import { problems } from '../helpers/validate.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const article = readFileSync('fixtures/korea-us-talks.txt', 'utf8');
const fragments = article.split(/(?<=[ \n,.”“’])/);

const hostile = [
  '"', '“', '”', "''", '(', ')', '\n', '\r\n', '\n\n', '\u00a0', '\ufeff', '\u0000', '😀', '𝒜', '\u202e',
  'مرحبا', '北京', 'Ж', '$', '£', '%', '3.2bn', '8,000', '-', '—', 'U.S.', "'s", 'said', 'according to',
  '<script>', '{"a":1}', '\t', 'Mr.', ':', ';', '\ud800', '\udc00',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fragments) },
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('extract, property tests', () => {
  test(`never throws, spans slice back, output is valid (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text, (input) => {
        const result = extract(input);
        expect(problems(result, input)).toEqual([]);
      }),
      { numRuns: RUNS, verbose: 1 },
    );
  });
});
