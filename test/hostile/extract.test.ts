/**
 * Hostile input at the library level: each class gives a sound result (valid,
 * every span slicing back), never an exception and never a hang.
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_MAX_CHARS, extract, InputTooLongError } from '../../src/index.js';
import { ADVERSARIAL } from '../bench/adversarial.js';
import { problems } from '../helpers/validate.js';

const reference = 'Foreign Minister Cho Tae-yul met Antony Blinken in Washington, the ministry said.';

const CASES: [string, () => string][] = [
  ['empty input', () => ''],
  ['whitespace only', () => ' \n\t\r\n \u00a0 \n\n'],
  ['NUL bytes and control characters', () => `Paris\u0000\u0001 said\u0000 "hi"\u0007 ${reference}`],
  ['replacement characters from invalid UTF-8', () => `\ufffd\ufffdBerlin\ufffd ${reference}`],
  ['only quote marks', () => '"“”"\'\'“““”””""'.repeat(200)],
  ['10,000 unbalanced opening quotes', () => '“'.repeat(10_000)],
  ['unbalanced quotes between words', () => 'He said “ and '.repeat(2_000)],
  ['deeply nested parentheses and quotes', () => `${'(“'.repeat(2_000)}Angela Merkel${'”)'.repeat(2_000)}`],
  ['emoji and astral characters before entities', () => `😀🇰🇷𝒜 ${reference} 🎉 “Great,” said 😀 Blinken.`],
  ['lone surrogates', () => `\ud800 Antony Blinken \udc00 said.`],
  ['right-to-left text', () => `\u202eمرحبا بالعالم\u202c ${reference} שלום`],
  ['CJK text', () => `北京市 政府は 東京 で 会談した。 ${reference}`],
  ['text in other languages', () => 'Der Außenminister sagte am Freitag in Berlin, die Lage sei „ernst“. Le ministre a déclaré « non ».'],
  ['HTML given as plain text', () => `<html><body><p class="x">${reference}</p><script>alert("x")</script></body></html>`],
  ['JSON given as plain text', () => JSON.stringify({ text: reference, quotes: ['"a"'], n: [1, 2, 3] })],
  ['one very long word', () => 'a'.repeat(100_000)],
  ['many short lines', () => 'Paris\n'.repeat(5_000)],
  ['numbers everywhere', () => '1,2,3 4.5 $6bn 7% 8-9 '.repeat(500)],
  ['many spelled-out names with acronyms, repeated', () => 'Alpha Beta and Alpha Beta met Gamma Delta (GD) and Alpha Beta (AB). '.repeat(2_000)],
  ['citation markers everywhere', () => 'Army.[4][5] Hospital[1]The [a] [note 2]x[citation needed]'.repeat(2_000)],
];

describe('hostile input to extract', () => {
  test.each(CASES)('%s', (_name, make) => {
    const input = make();
    const result = extract(input);
    expect(problems(result, input)).toEqual([]);
  });

  test('astral characters before an entity do not shift its offsets', () => {
    const input = `😀😀𝒜 Angela Merkel visited Paris.`;
    const result = extract(input);
    const paris = result.places.find((p) => p.name === 'Paris');
    expect(paris?.mentions[0]).toEqual({ text: 'Paris', start: input.indexOf('Paris'), end: input.indexOf('Paris') + 5 });
  });
});

describe('maxChars: a longer document is an error, never a silent cut', () => {
  test('over the limit throws InputTooLongError with a one-line message', () => {
    const run = () => extract('Paris is big.', { maxChars: 5 });
    expect(run).toThrow(InputTooLongError);
    expect(run).toThrow(/^document is 13 characters, over the limit of 5$/);
  });

  test('exactly at the limit is extracted', () => {
    expect(extract('Paris.', { maxChars: 6 }).places.map((p) => p.name)).toEqual(['Paris']);
  });

  test('the default limit is 2,000,000 characters', () => {
    expect(DEFAULT_MAX_CHARS).toBe(2_000_000);
    expect(() => extract(' '.repeat(DEFAULT_MAX_CHARS + 1))).toThrow(InputTooLongError);
    expect(() => extract(' '.repeat(DEFAULT_MAX_CHARS + 1), { maxChars: DEFAULT_MAX_CHARS + 1 })).not.toThrow(InputTooLongError);
  });
});

/**
 * Nothing runs away: each adversarial input is extracted at sizes doubling from
 * 1,000 to 16,000 characters (two parse chunks), and each call must finish within
 * 1 s plus 0.25 ms a character, several times what linear code takes on this
 * machine. A superlinear case fails at a small size, before it could hang the
 * suite (a synchronous call cannot be interrupted by the test timeout).
 */
describe('adversarial inputs finish in time that grows with their length', () => {
  test.each(ADVERSARIAL.map((a) => [a.name, a] as const))('%s', (_name, { make }) => {
    for (let size = 1_000; size <= 16_000; size *= 2) {
      const input = make(size);
      const t0 = performance.now();
      const result = extract(input);
      const ms = performance.now() - t0;
      expect(ms, `${size} characters took ${Math.round(ms)} ms`).toBeLessThan(1_000 + size * 0.25);
      if (size === 16_000) expect(problems(result, input)).toEqual([]);
    }
  });
});
