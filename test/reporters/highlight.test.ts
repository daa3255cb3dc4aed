import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { displayWidth, wrapRuns } from '../../src/reporters/highlight-wrap.js';
import { renderHighlight } from '../../src/reporters/highlight.js';
import { printable } from '../../src/reporters/printable.js';
import { describeNumber, KIND_TAG } from '../../src/reporters/markup.js';
import { expectGolden, reference, REFERENCE, runCli, squash } from './helpers.js';
import { SAMPLE, sampleExtraction } from './sample.js';

const ESC = '\u001b';

/** The lines of a coloured output where some style is still open at the line's end. */
function unclosedLines(output: string): string[] {
  const closes: Record<string, string> = { '1': '22', '2': '22', '3': '23', '4': '24' };
  return output.split('\n').filter((line) => {
    const open = new Set<string>();
    for (const [, code] of line.matchAll(/\u001b\[(\d+)m/g)) {
      const c = code!;
      if (/^(3[0-7]|9[0-7])$/.test(c)) open.add('39');
      else if (closes[c]) open.add(closes[c]!);
      else open.delete(c);
    }
    return open.size > 0;
  });
}

describe('highlight, without colour: bracket markup', () => {
  test('marks people, places, numbers and quotes with their speaker', () => {
    const out = renderHighlight(sampleExtraction(SAMPLE), SAMPLE, { color: false, width: 200 });
    expect(out.split('\n').slice(3).join('\n')).toBe(
      'As many as 8,000 [≤8000 troops] troops arrived, [Antony Blinken|PER] told [Cho|PER] on Friday.\n' +
        '“We agree with [Seoul|LOC],” [— Cho] said [Cho|PER].\n',
    );
  });

  test('a quote whose speaker was not found says so', () => {
    const e = sampleExtraction(SAMPLE);
    e.quotes[0]!.speaker = null;
    expect(renderHighlight(e, SAMPLE, { color: false, width: 200 })).toContain('“We agree with [Seoul|LOC],” [— ?]');
  });

  test('the text between marks is left exactly as written', () => {
    const e = { ...sampleExtraction(SAMPLE), people: [], places: [], numbers: [], quotes: [] };
    expect(renderHighlight(e, SAMPLE, { color: false, width: 200 }).endsWith(`\n\n${SAMPLE}\n`)).toBe(true);
  });

  test('control characters from the input cannot drive the terminal', () => {
    expect(printable('a\u001b[2Jb\r\nc\u202ed', { lines: true })).toBe('a\u241b[2Jb\nc\ufffdd');
    const text = 'Ann \u001b[31mwas\u0007 here';
    const out = renderHighlight({ ...sampleExtraction(SAMPLE), people: [], places: [], numbers: [], quotes: [], text }, text, { color: false, width: 80 });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('highlight, with colour', () => {
  const out = renderHighlight(sampleExtraction(SAMPLE), SAMPLE, { color: true, width: 30 });

  test('colours each kind (person cyan, place green, number yellow, quote blue) without brackets', () => {
    expect(out).toContain(`${ESC}[36m${ESC}[1mAntony`);
    expect(out).toContain(`${ESC}[32m${ESC}[1m${ESC}[3mSeoul`);
    expect(out).toContain(`${ESC}[33m${ESC}[1m8,000`);
    expect(out).toContain(`${ESC}[34m${ESC}[3m“We agree with`);
    expect(out).not.toContain('|PER]');
  });

  test('closes every style before each line break (safe in pagers and when wrapped)', () => {
    expect(out.split('\n').length).toBeGreaterThan(4);
    expect(unclosedLines(out)).toEqual([]);
  });
});

describe('wrapping', () => {
  const words = fc.array(fc.stringMatching(/^[a-zé中]{1,12}$/), { minLength: 1, maxLength: 60 });

  test('breaks only at spaces, never inside a word, within the width', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 120 }), (list, width) => {
        const lines = wrapRuns([{ text: list.join(' '), style: '' }], width).map((l) => l.map((r) => r.text).join(''));
        expect(lines.join(' ')).toBe(list.join(' '));
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });

  test('stays fast on a 2 MB line without a break, full of quote marks', () => {
    const text = 'word “ '.repeat(300_000);
    const started = performance.now();
    const lines = wrapRuns([{ text, style: '' }], 80);
    expect(lines.length).toBeGreaterThan(20_000);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test('keeps the line breaks of the input', () => {
    const lines = wrapRuns([{ text: 'one two\nthree\n\nfour', style: '' }], 80);
    expect(lines.map((l) => l.map((r) => r.text).join(''))).toEqual(['one two', 'three', '', 'four']);
  });

  test('never breaks a glued note from its word, and cuts a word longer than the line', () => {
    const lines = wrapRuns(
      [
        { text: 'aaaa bbbb 8,000', style: '' },
        { text: ' [≤8000 soldiers]', style: 'note', glue: true },
        { text: ` ${'x'.repeat(45)}`, style: '' },
      ],
      24,
    ).map((l) => l.map((r) => r.text).join(''));
    expect(lines).toEqual(['aaaa bbbb', '8,000 [≤8000 soldiers]', 'x'.repeat(24), 'x'.repeat(21)]);
  });

  test('counts wide characters as two columns', () => {
    expect(displayWidth('中文ab')).toBe(6);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('highlight on the reference article', () => {
  const { text, extraction } = reference();

  test.each([20, 40, 80, 132])('no line is wider than %i columns', (width) => {
    const out = renderHighlight(extraction, text, { color: false, width });
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(width);
  });

  test('every mention, number and quote of the extraction is marked', () => {
    const out = squash(renderHighlight(extraction, text, { color: false, width: 80 }));
    const groups = [
      ['person', extraction.people],
      ['organization', extraction.organizations],
      ['place', extraction.places],
    ] as const;
    // Peel marks innermost first, so a place inside an organisation ("[[Seoul|LOC]’s foreign ministry|ORG]")
    // is found as both marks.
    const marks: string[] = [];
    let rest = out;
    const innermost = /\[([^[\]|]*)\|(PER|ORG|LOC)\]/g;
    while (innermost.test(rest)) {
      rest = rest.replace(innermost, (_all, inner: string, tag: string) => {
        marks.push(`${inner}|${tag}`);
        return inner;
      });
    }
    for (const [kind, entities] of groups) {
      for (const m of entities.flatMap((e) => e.mentions)) expect(marks).toContain(squash(`${m.text}|${KIND_TAG[kind]}`));
    }
    for (const n of extraction.numbers) expect(out).toContain(squash(`${n.text} [${describeNumber(n)}]`));
    expect(out.split(' [— ').length - 1).toBe(extraction.quotes.length);
  });

  test('matches the golden file (no colour, 80 columns)', async () => {
    const [status, out] = await runCli(['--format', 'highlight', '--no-color', REFERENCE], { columns: 80 });
    expect(status).toBe(0);
    expectGolden('fixtures/korea-us-talks.highlight.txt', out);
  });

  test('--color forces colour, and no line leaves a style open', async () => {
    const [, out] = await runCli(['--format', 'highlight', '--color', REFERENCE], { columns: 60 });
    expect(out).toContain(`${ESC}[`);
    expect(unclosedLines(out)).toEqual([]);
  });
});
