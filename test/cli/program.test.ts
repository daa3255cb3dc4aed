import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { jsonValues, runCli } from '../helpers/cli.js';
import { problems } from '../helpers/validate.js';

const REFERENCE = 'fixtures/korea-us-talks.txt';

describe('newsclaims CLI (in-process)', () => {
  test('reads a file and prints JSON when stdout is not a terminal', async () => {
    const r = await runCli([REFERENCE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.source).toBe(REFERENCE);
    expect(e.schemaVersion).toBe(1);
  });

  test('reads stdin when no file is given, source "<stdin>"', async () => {
    const text = 'Angela Merkel visited Paris on Monday.';
    const r = await runCli([], text);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.source).toBe('<stdin>');
    expect(problems(e, text)).toEqual([]);
    expect(e.people.map((p) => p.name)).toContain('Angela Merkel');
  });

  // Issue 17 changed this (it was an array for several files, an object for one): one JSON value per article, as jq expects.
  test('several files give one JSON value per article, in order', async () => {
    const r = await runCli([REFERENCE, '-'], 'Paris is big.');
    const list = jsonValues<Extraction>(r.stdout);
    expect(list.map((e) => e.source)).toEqual([REFERENCE, '<stdin>']);
    expect(r.stdout.startsWith('{\n')).toBe(true);
  });

  test('jsonl gives one compact line per article', async () => {
    const r = await runCli(['-f', 'jsonl', REFERENCE, REFERENCE]);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect((JSON.parse(line) as Extraction).source).toBe(REFERENCE);
  });

  test('table is the default on a terminal, coloured unless NO_COLOR', async () => {
    const plain = await runCli([REFERENCE], '', { tty: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).toContain('People (');
    expect(plain.stdout).not.toContain('\u001b[');
    const coloured = await runCli([REFERENCE], '', { tty: true, env: {} });
    expect(coloured.stdout).toContain('\u001b[');
    const forcedOff = await runCli(['--no-color', REFERENCE], '', { tty: true, env: { FORCE_COLOR: '1' } });
    expect(forcedOff.stdout).not.toContain('\u001b[');
  });

  test('machine formats are never coloured', async () => {
    const r = await runCli(['--color', '-f', 'json', REFERENCE], '', { tty: true });
    expect(r.stdout).not.toContain('\u001b[');
  });
});

describe('errors and exit statuses', () => {
  test.each([
    [['missing.txt'], 1, 'newsclaims: cannot read missing.txt: no such file'],
    [['src'], 1, 'newsclaims: cannot read src: is a directory'],
    [['-f', 'xml'], 2, 'newsclaims: Expected --format to be one of json, jsonl, table, highlight, html, not: xml'],
    [['--input-format', 'pdf'], 2, 'newsclaims: Expected --input-format to be one of text, jsonl, html, not: pdf'],
    [['--bogus'], 2, "newsclaims: unknown option '--bogus'"],
  ])('%j exits %i with one line', async (args, code, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(code);
    expect(r.stderr).toBe(`${message}\n`);
  });

  test('a missing file does not stop the others, and gives an error record in its place', async () => {
    const r = await runCli(['missing.txt', REFERENCE]);
    expect(r.code).toBe(1);
    const list = jsonValues<Extraction & { error?: string }>(r.stdout);
    expect(list.map((e) => e.source)).toEqual(['missing.txt', REFERENCE]);
    expect(list[0]).toEqual({ schemaVersion: 1, source: 'missing.txt', error: 'cannot read missing.txt: no such file' });
  });

  test('--help and --version exit 0', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: newsclaims');
    expect(help.stdout).toContain('Exit status');
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('--debug adds a stack trace; without it there is none', async () => {
    const plain = await runCli(['missing.txt']);
    expect(plain.stderr).not.toContain('    at ');
    const debug = await runCli(['--debug', 'missing.txt']);
    expect(debug.stderr).toContain('    at ');
  });
});

describe('JSONL batch', () => {
  const input = [
    '{"id":"a","text":"Joe Biden spoke in Ohio."}',
    'not json',
    '{"id":"b","text":7}',
    '[1,2]',
    '',
    '{"id":42,"text":"Angela Merkel visited Paris.","extra":true}',
    '{"text":"No id here."}',
  ].join('\n');

  test('one output line per record, in order, errors in place and on stderr', async () => {
    const r = await runCli(['--input-format', 'jsonl'], input);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; error?: string });
    expect(lines.map((l) => l.source)).toEqual(['a', '<stdin>:2', '<stdin>:3', '<stdin>:4', '42', '<stdin>:7']);
    expect(lines.map((l) => l.error ?? null)).toEqual([
      null,
      'not valid JSON',
      'expected a string "text" field',
      'expected a JSON object',
      null,
      null,
    ]);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      'newsclaims: <stdin>: line 2: not valid JSON',
      'newsclaims: <stdin>: line 3: expected a string "text" field',
      'newsclaims: <stdin>: line 4: expected a JSON object',
    ]);
  });

  test('a clean batch exits 0', async () => {
    const r = await runCli(['--input-format', 'jsonl'], '{"text":"Paris."}\r\n{"text":"Rome."}');
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('--explain', () => {
  test('JSON names the rule of every mention, number, quote and claim, and stays valid', async () => {
    const r = await runCli(['--explain', REFERENCE]);
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(problems(e, readFileSync(REFERENCE, 'utf8'))).toEqual([]);
    expect(e.people.flatMap((p) => p.mentions).every((m) => typeof m.rule === 'string')).toBe(true);
    expect(e.numbers.every((n) => typeof n.rule === 'string')).toBe(true);
    expect(e.claims.every((c) => /^(content|claim)-/.test(c.rule ?? ''))).toBe(true);
    expect(e.claims.filter((c) => c.cue).every((c) => /^cue-/.test(c.cueRule ?? '') && /^frame-/.test(c.frameRule ?? ''))).toBe(true);
  });

  test('without it, no rule is named', async () => {
    const r = await runCli([REFERENCE]);
    expect(r.stdout).not.toMatch(/"(rule|cueRule|frameRule)"/);
  });

  test('the table gains a rules column', async () => {
    const r = await runCli(['-f', 'table', '--explain', REFERENCE], '', { env: { COLUMNS: '200' } });
    expect(r.stdout).toMatch(/rules/);
    expect(r.stdout).toMatch(/content-after-cue/);
  });
});
