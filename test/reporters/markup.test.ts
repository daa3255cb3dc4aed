import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildTree, describeNumber, isMark, type Mark, type Node, otherSpellings } from '../../src/reporters/markup.js';
import type { NumberMention, Quote } from '../../src/types.js';

type Kind = Mark['kind'];

const QUOTE: Quote = { text: '', start: 0, end: 0, kind: 'direct', speaker: null, cue: null };
const NUMBER: NumberMention = { text: '', start: 0, end: 0, value: 1, kind: 'count', unit: null, subject: null, qualifier: null, bound: 'exact' };

/** A mark of `kind` over [start, end), with a dummy payload. */
function mark(kind: Kind, start: number, end: number): Mark {
  if (kind === 'quote' || kind === 'speaker') return { kind, start, end, quote: QUOTE, index: 0 };
  if (kind === 'number') return { kind, start, end, number: NUMBER, index: 0 };
  return { kind, start, end, entity: { id: 'x1', name: 'x', mentions: [] }, mention: 0 };
}

const LETTER: Record<Kind, string> = { person: 'p', organization: 'o', place: 'l', number: 'n', quote: 'q', speaker: 's' };

/** The tree as a string: "q(…)" for a mark, "~" where a split mark goes on or came from. */
function show(nodes: Node[]): string {
  return nodes
    .map((n) => (isMark(n) ? `${LETTER[n.mark.kind]}(${n.first ? '' : '~'}${show(n.children)}${n.last ? '' : '~'})` : n.text))
    .join('');
}

type Case = [string, string, [Kind, number, number][], string];

describe('buildTree nests marks', () => {
  test.each<Case>([
    ['a single mark', 'Hi Bo Li.', [['person', 3, 8]], 'Hi p(Bo Li).'],
    ['a mark inside a quote', '“Ann is ok” he said', [['quote', 0, 11], ['person', 1, 4]], 'q(“p(Ann) is ok”) he said'],
    ['inside, whatever the input order', '“Ann is ok” he said', [['person', 1, 4], ['quote', 0, 11]], 'q(“p(Ann) is ok”) he said'],
    ['a quote outside a person over the same words', 'Ann', [['person', 0, 3], ['quote', 0, 3]], 'q(p(Ann))'],
    ['a person outside a number over the same words', 'Ann', [['number', 0, 3], ['person', 0, 3]], 'p(n(Ann))'],
    ['neighbours side by side', 'abcdef', [['place', 0, 3], ['place', 3, 6]], 'l(abc)l(def)'],
    ['a speaker inside a person', 'Ann said', [['speaker', 0, 3], ['person', 0, 3]], 'p(s(Ann)) said'],
    ['three levels', '“Ann has 5 cats”', [['quote', 0, 16], ['person', 1, 4], ['number', 9, 10]], 'q(“p(Ann) has n(5) cats”)'],
  ])('%s', (_name, text, spans, expected) => {
    expect(show(buildTree(text, spans.map(([k, s, e]) => mark(k, s, e))))).toBe(expected);
  });
});

describe('buildTree splits crossing marks, the lesser one giving way', () => {
  test.each<Case>([
    ['a person crossing into a quote is cut at the quote', 'ab“cd”', [['person', 0, 4], ['quote', 2, 6]], 'p(ab~)q(p(~“c)d”)'],
    ['a person crossing out of a quote is cut at its end', '“ab”cd', [['quote', 0, 4], ['person', 2, 6]], 'q(“ap(b”~))p(~cd)'],
    ['of two equal ranks, the later one is cut', 'abcdefgh', [['person', 0, 5], ['place', 3, 8]], 'p(abcl(de~))l(~fgh)'],
    ['a number crossing an entity is cut', 'abcdef', [['place', 0, 4], ['number', 2, 6]], 'l(abn(cd~))n(~ef)'],
  ])('%s', (_name, text, spans, expected) => {
    expect(show(buildTree(text, spans.map(([k, s, e]) => mark(k, s, e))))).toBe(expected);
  });
});

describe('buildTree leaves alone what is not a mark (false positives)', () => {
  test.each<Case>([
    ['no marks', 'plain text', [], 'plain text'],
    ['an empty mark', 'abc', [['person', 1, 1]], 'abc'],
    ['a mark past the end', 'abc', [['person', 1, 9]], 'abc'],
    ['a mark before the start', 'abc', [['person', -1, 2]], 'abc'],
    ['a reversed mark', 'abc', [['person', 2, 1]], 'abc'],
    ['text around a mark stays plain', 'ab cd ef', [['place', 3, 5]], 'ab l(cd) ef'],
  ])('%s', (_name, text, spans, expected) => {
    expect(show(buildTree(text, spans.map(([k, s, e]) => mark(k, s, e))))).toBe(expected);
  });
});

/** The [start, end) ranges each mark's nodes cover, and the plain concatenation. */
function coverage(nodes: Node[]): { text: string; ranges: Map<Mark, [number, number, boolean, boolean][]> } {
  const ranges = new Map<Mark, [number, number, boolean, boolean][]>();
  let text = '';
  const walk = (list: Node[]) => {
    for (const n of list) {
      if (!isMark(n)) {
        text += n.text;
        continue;
      }
      const start = text.length;
      walk(n.children);
      const found = ranges.get(n.mark) ?? [];
      found.push([start, text.length, n.first, n.last]);
      ranges.set(n.mark, found);
    }
  };
  walk(nodes);
  return { text, ranges };
}

describe('buildTree properties', () => {
  const kinds: Kind[] = ['person', 'organization', 'place', 'number', 'quote', 'speaker'];
  const input = fc.string({ maxLength: 40 }).chain((text) =>
    fc.tuple(
      fc.constant(text),
      fc.array(fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: -2, max: text.length + 2 }), fc.integer({ min: 0, max: 12 })), { maxLength: 12 }),
    ),
  );

  test('the leaves give the text back, and every valid mark covers exactly its span, in order', () => {
    fc.assert(
      fc.property(input, ([text, spans]) => {
        const marks = spans.map(([k, s, len]) => mark(k, s, s + len));
        const { text: joined, ranges } = coverage(buildTree(text, marks));
        expect(joined).toBe(text);
        for (const m of marks) {
          const valid = m.start >= 0 && m.end <= text.length && m.start < m.end;
          const parts = ranges.get(m) ?? [];
          if (!valid) {
            expect(parts).toEqual([]);
            continue;
          }
          expect(parts[0]![0]).toBe(m.start);
          expect(parts.at(-1)![1]).toBe(m.end);
          parts.forEach(([s, , first, last], i) => {
            if (i > 0) expect(s).toBe(parts[i - 1]![1]);
            expect(first).toBe(i === 0);
            expect(last).toBe(i === parts.length - 1);
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  test('stays linear on many marks (10,000 nested and crossing spans)', () => {
    const text = 'x'.repeat(100_000);
    const marks = Array.from({ length: 10_000 }, (_, i) => mark(i % 2 ? 'quote' : 'person', i * 10, i * 10 + 15));
    const started = performance.now();
    const { text: joined } = coverage(buildTree(text, marks));
    expect(joined).toBe(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('describeNumber', () => {
  test.each<[Partial<NumberMention>, string]>([
    [{ value: 8000, bound: 'upper', unit: 'soldiers' }, '≤8000 soldiers'],
    [{ value: 10000, bound: 'approx', unit: 'troops' }, '≈10000 troops'],
    [{ value: 5, bound: 'lower', unit: '%' }, '≥5%'],
    [{ value: 5, bound: 'range', min: 5, max: 7, unit: null }, '5–7'],
    [{ value: 2.5, bound: 'exact', unit: 'billion', currency: 'USD' }, '2.5 USD'],
  ])('%j reads %s', (fields, expected) => {
    expect(describeNumber({ ...NUMBER, ...fields })).toBe(expected);
  });
});

describe('otherSpellings', () => {
  const entity = (name: string, texts: string[]) => ({ id: 'l1', name, mentions: texts.map((text) => ({ text, start: 0, end: text.length })) });
  test.each([
    ['a short form is another spelling', entity('Antony Blinken', ['Antony Blinken', 'Blinken']), ['Blinken']],
    ['a line-split mention is the name itself', entity('Russia', ['Russia', 'Rus\nsia']), []],
    ['spaces are folded and repeats dropped', entity('United States', ['U.S.', 'U.S.', 'United\nStates']), ['U.S.']],
    ['a soft hyphen is invisible: no other spelling', entity('Vladimir Putin', ['Vladi\u00ADmir Putin']), []],
    ['a variant shows without its soft hyphen', entity('Benjamin Netanyahu', ['Benjamin Netanyahu', 'Netan\u00ADyahu', 'Netanyahu']), ['Netanyahu']],
  ])('%s', (_name, e, expected) => {
    expect(otherSpellings(e)).toEqual(expected);
  });
});
