/**
 * Issue 17, item 1: no terminal control from data reaches a terminal. Every string
 * a human format prints (the table, the highlight body and its notes, error
 * messages, file names, `check` output) goes through one function, `printable`,
 * which shows controls as visible symbols. Each test feeds strings that would set
 * the window title (OSC 0), write the clipboard (OSC 52), plant a link (OSC 8),
 * clear or reset the screen, or move the cursor, and looks for any control left.
 * `check` output gets the same test in test/cli/check-ci.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { renderHighlight } from '../../src/reporters/highlight.js';
import { findReporter } from '../../src/reporters/index.js';
import { printable, printableExcerpt } from '../../src/reporters/printable.js';
import type { Extraction } from '../../src/types.js';
import { runCli } from '../helpers/cli.js';

/** Every way a string can drive a terminal that the issue lists, in one. */
const HOSTILE =
  '\u001b]0;owned\u0007\u001b]52;c;Y2xpcA==\u0007\u001b]8;;http://x.invalid\u001b\\link\u001b]8;;\u001b\\\u001b[2J\u001bc\b\b\r\u202eNUL\u0000\u009b31m';

/** Controls other than line feed: what must never be printed from data. */
const LEFT_OVER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** chalk's own colour codes (SGR), the only escapes a coloured format may print. */
const SGR = /\u001b\[[0-9;]*m/g;

function expectNoControls(output: string, colour = false): void {
  const bare = colour ? output.replace(SGR, '') : output;
  const hit = LEFT_OVER.exec(bare);
  expect(hit, hit ? `control U+${hit[0].charCodeAt(0).toString(16)} at ${hit.index}: ${JSON.stringify(bare.slice(Math.max(0, hit.index - 20), hit.index + 20))}` : '').toBeNull();
}

/** An article text with a hostile string in every name, number, quote and claim; an extraction of it by hand. */
function hostileExtraction(): { text: string; extraction: Extraction } {
  const name = `Anna${HOSTILE}Berg`;
  const place = `Oslo${HOSTILE}`;
  const quote = `“We agree${HOSTILE} today,”`;
  const text = `${name} met ${place} officials; 8,000 troops${HOSTILE} came.\n${quote} said ${name}.`;
  const at = (s: string, from = 0) => ({ text: s, start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });
  const person = at(name);
  const second = at(name, person.end);
  const q = at(quote);
  const extraction: Extraction = {
    schemaVersion: 1,
    source: `id${HOSTILE}`,
    meta: { title: `Title${HOSTILE}`, byline: `By${HOSTILE}`, published: null, siteName: `Site${HOSTILE}`, url: null, language: 'eng' },
    people: [{ id: 'p1', name, mentions: [person, second], roles: [`Minister${HOSTILE}`] }],
    organizations: [],
    places: [{ id: 'l1', name: place, mentions: [at(place)] }],
    numbers: [{ ...at('8,000'), value: 8000, kind: 'count', unit: `troops${HOSTILE}`, subject: `troops${HOSTILE}`, qualifier: `about${HOSTILE}`, bound: 'approx' }],
    quotes: [{ ...q, kind: 'direct', speaker: { name, entity: 'p1', mention: second }, cue: at('said') }],
    claims: [{ content: q, kind: 'direct', speaker: { name: `the${HOSTILE}ministry`, entity: null, mention: null }, cue: at('said'), cueLemma: `say${HOSTILE}`, negated: false, entities: ['p1'], numbers: [] }],
    text,
  };
  return { text, extraction };
}

describe('printable: the one neutralising function', () => {
  test.each([
    ['ESC of an OSC title', 'a\u001b]0;x\u0007b', 'a\u241b]0;x\u2407b'],
    ['backspace, carriage return and NUL', 'a\b\r\u0000b', 'a\u2408\u240d\u2400b'],
    ['DEL and a C1 CSI', 'a\u007f\u009bb', 'a\u2421\ufffdb'],
    ['a bidi override', 'a\u202eb', 'a\ufffdb'],
    ['a line feed and a tab, on one line', 'a\nb\tc', 'a\u240ab\u2409c'],
    ['plain text with quotes and accents', 'José said “non” — 5 %', 'José said “non” — 5 %'],
  ])('%s', (_name, input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  test('a multi-line text keeps its line feeds and tabs, CRLF becomes LF', () => {
    expect(printable('a\r\nb\tc\rd\u001b[2J', { lines: true })).toBe('a\nb\tc\nd\u241b[2J');
  });

  test('an excerpt folds line breaks to spaces', () => {
    expect(printableExcerpt('a\n\n::error::x\r\ny\u001b')).toBe('a ::error::x y\u241b');
  });
});

describe('human formats show controls, never send them', () => {
  const { text, extraction } = hostileExtraction();

  test.each([[false], [true]])('table (colour %s): title, names, roles, units, hedges, quotes, claims', (color) => {
    const out = findReporter('table')!.create({ color, many: false, width: 200 }).item(extraction, 0);
    expect(out).toContain('Anna\u241b]0;owned\u2407');
    expect(out).toContain('id\u241b]0;owned');
    expectNoControls(out, color);
  });

  test.each([[false], [true]])('highlight (colour %s): body, number note and speaker note', (color) => {
    const out = renderHighlight(extraction, text, { color, width: 400 });
    expect(out).toContain('[≈8000 troops\u241b]0;owned');
    expect(out).toContain('[— Anna\u241b]0;owned');
    expectNoControls(out, color);
  });

  test('a failed record in the table and highlight formats', () => {
    for (const name of ['table', 'highlight']) {
      const out = findReporter(name)!.create({ color: false, many: true, width: 100 }).failure({ schemaVersion: 1, source: `s${HOSTILE}`, line: 1, error: `e${HOSTILE}` }, 1);
      expectNoControls(out);
    }
  });
});

describe('through the CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-terminal-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const record = `${JSON.stringify({ id: `x${HOSTILE}`, text: `Angela Merkel${HOSTILE} said “no${HOSTILE}” in Paris${HOSTILE}.` })}\n`;

  test.each([['table'], ['highlight']])('a JSONL record with a hostile id and text, -f %s on a terminal', async (format) => {
    const r = await runCli(['--input-format', 'jsonl', '-f', format, '--workers', '1'], record, { tty: true, env: {} });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('x\u241b]0;owned');
    expectNoControls(r.stdout, true);
  });

  test('an error message naming a file with controls and a line break', async () => {
    const r = await runCli([`missing${HOSTILE}\n::error::x.txt`]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('missing\u241b]0;owned');
    expectNoControls(r.stderr);
  });

  test('a usage error quoting an option value', async () => {
    const r = await runCli(['--format', `x${HOSTILE}`]);
    expect(r.code).toBe(2);
    expectNoControls(r.stderr);
  });

  test('--out-dir prints file paths with their controls shown', async () => {
    const out = join(dir, `out${HOSTILE.replace(/[\u0000\\/]/g, '')}`);
    const r = await runCli(['--input-format', 'jsonl', '--out-dir', out], record);
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
    expectNoControls(r.stdout);
    expect(readdirSync(out)).toHaveLength(1);
  });
});
