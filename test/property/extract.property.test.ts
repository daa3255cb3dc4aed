/**
 * Property tests (fast-check): over random text built from article fragments,
 * random Unicode and hostile pieces, `extract` never throws, every span slices
 * back to its text from the original input, output validates against the schema,
 * ids are unique and every reference resolves. On failure fast-check's message
 * (shown by vitest) gives the seed and path to replay it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decode } from '../../src/cli/io.js';
import { extract } from '../../src/index.js';
import { problems } from '../helpers/validate.js';
import { RUNS, text } from './arbitraries.js';

describe('extract, property tests', () => {
  test(`never throws, spans slice back, output is valid (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(text(), (input) => {
        const result = extract(input);
        expect(problems(result, input)).toEqual([]);
      }),
      { numRuns: RUNS, verbose: 1 },
    );
  });

  test(`any bytes, decoded as the CLI decodes them, give a valid extraction (${RUNS} runs)`, () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // A BOM in front: the UTF-16 paths of the decoder.
      fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 300 })).map(
        ([bom, rest]) => Uint8Array.from([...bom, ...rest]),
      ),
    );
    fc.assert(
      fc.property(bytes, (raw) => {
        const input = decode(Buffer.from(raw));
        expect(problems(extract(input), input)).toEqual([]);
      }),
      { numRuns: RUNS, verbose: 1 },
    );
  });
});

describe('the seed is printed on failure', () => {
  test('a failing property reports its seed and replay path', () => {
    const failing = () => fc.assert(fc.property(fc.nat(), (n) => n < 5), { seed: 42, numRuns: 100 });
    expect(failing).toThrow(/seed: 42, path: "[\d:]+"/);
  });
});
