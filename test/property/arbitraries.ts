/**
 * fast-check arbitraries shared by the property tests: text built from pieces of
 * the reference article, hostile pieces (the input classes of issue 7) and random
 * Unicode.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Runs per property: 1,000 unless PROPERTY_RUNS says otherwise. */
export const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

const article = readFileSync('fixtures/korea-us-talks.txt', 'utf8');
const fragments = article.split(/(?<=[ \n,.”“’])/);

const hostile = [
  '"', '“', '”', "''", '„', '«', '»', '(', ')', '[', '\n', '\r\n', '\r', '\n\n', '\u00a0', '\ufeff', '\u0000', '\ufffd',
  '😀', '𝒜', '👩‍👩‍👧', '🇰🇷', '\u202e', '\u200f', 'مرحبا', 'שלום', '北京市', '東京で', 'Ж', '$', '£', '%', '3.2bn',
  '8,000', '1/2', '½', '-', '—', 'U.S.', "'s", 'said', 'told reporters', 'according to', '<script>', '</p>',
  '{"a":1}', '\t', 'Mr.', ':', ';', '\ud800', '\udc00', 'AAAAAAAAAAAAAAAAa', '“'.repeat(40), '('.repeat(30),
  'aaaaaaaaaaaaaaaaaaaa1', 'LONDON -', '. . .',
];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...fragments) },
  { weight: 3, arbitrary: fc.constantFrom(...hostile) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** A document of up to `maxPieces` pieces. */
export function text(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(piece, { maxLength: maxPieces }).map((parts) => parts.join(''));
}
