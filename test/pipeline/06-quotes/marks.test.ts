import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/pipeline/01-normalize.js';
import { scanQuoteMarks } from '../../../src/pipeline/06-quotes/marks.js';

/** The quoted pieces the scanner finds in `input` (after normalisation). */
function pieces(input: string): string[] {
  const text = normalize(input).text;
  return scanQuoteMarks(text).map((q) => text.slice(q.start, q.end));
}

describe('quotation-mark spans', () => {
  test.each([
    ['straight quotes', 'He said "we will win" today.', ['"we will win"']],
    ['curly quotes', 'He said “we will win” today.', ['“we will win”']],
    ['NYT two apostrophes', "He said ''we will win'' today.", ['"we will win"']],
    ['nested quotes stay in the outer span', '“He told me “no” twice,” she said.', ['“He told me “no” twice,”']],
    ['single quotes inside are kept', '“He said ‘never’ to me,” she said.', ['“He said ‘never’ to me,”']],
    ['a mistyped closing mark at a paragraph start opens', '”Fear is real.” ― A. Reader', ['”Fear is real.”']],
    [
      'a quote over two paragraphs gives one piece per paragraph',
      'She wrote:\n\n"The first part goes on.\n\n"The second part ends here."',
      ['"The first part goes on.', '"The second part ends here."'],
    ],
  ])('%s', (_name, input, expected) => {
    expect(pieces(input)).toEqual(expected);
  });

  test('a continued piece points back to the piece it continues', () => {
    const text = normalize('"One part.\n\n"Two part."').text;
    const spans = scanQuoteMarks(text);
    expect(spans.map((s) => s.continues)).toEqual([-1, 0]);
  });
});

describe('quotation-mark spans: false positives', () => {
  test.each([
    ['inches and feet', 'He is 6\'3" tall and weighs 236 pounds.'],
    ['an unclosed mark with no quote paragraph after it', 'He said "we will win.\n\nThe end.'],
    ['apostrophes and single quotes alone', "It's the ‘best’ plan, isn't it?"],
    ['a lone closing mark', 'This ends” here.'],
  ])('%s', (_name, input) => {
    expect(pieces(input)).toEqual([]);
  });

  test('10,000 unbalanced marks stay fast', () => {
    const input = '"He said it '.repeat(10_000);
    const started = performance.now();
    scanQuoteMarks(normalize(input).text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
