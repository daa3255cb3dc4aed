/**
 * Hostile input through the CLI (issue 7): each input class gives a result or a
 * one-line error, the documented exit status (0 result, 1 bad input data, 2
 * usage), never a stack trace, and in batch mode one output or error line per
 * record, in order. The library-level twin is extract.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { type CliResult, runCli } from '../helpers/cli.js';
import { problems } from '../helpers/validate.js';

const dir = mkdtempSync(join(tmpdir(), 'newsclaims-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const STACK = /\n\s+at /;
const REFERENCE = 'Foreign Minister Cho Tae-yul met Antony Blinken in Washington, the ministry said.';

/** A result: status 0, nothing on stderr, one JSON extraction whose spans slice back from `text`. */
function expectResult(r: CliResult, text: string): Extraction {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const e = JSON.parse(r.stdout) as Extraction;
  expect(e.text).toBe(text);
  expect(problems(e, text)).toEqual([]);
  return e;
}

/** A one-line error with status 1 and no stack trace. */
function expectOneLineError(r: CliResult, message: RegExp): void {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/^newsclaims: [^\n]*\n$/);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(STACK);
  expect(r.stdout).not.toMatch(STACK);
}

const TEXT_CASES: [string, () => string][] = [
  ['empty input', () => ''],
  ['whitespace only', () => ' \n\t\r\n \u00a0\u3000 \n\n'],
  ['a file of only quote marks', () => '"“”"\'\'“““”””""„«»‘’'.repeat(500)],
  ['10,000 unbalanced opening quotes', () => '“'.repeat(10_000)],
  ['10,000 unbalanced straight quotes between words', () => 'He said " that '.repeat(10_000)],
  ['deeply nested parentheses and quotes', () => `${'(“[\''.repeat(2_500)}Angela Merkel said${'\']”)'.repeat(2_500)}`],
  ['emoji and astral characters before entities', () => `😀🇰🇷👩‍👩‍👧𝒜𝕏 ${REFERENCE} 🎉 “Great,” said 😀 Blinken.`],
  ['right-to-left text', () => `\u202eمرحبا بالعالم\u202c ${REFERENCE} שלום עולם \u200f`],
  ['CJK text', () => `北京市政府は東京で会談した。 ${REFERENCE} 서울에서 “좋다”고 말했다.`],
  ['text in other languages', () => 'Der Außenminister sagte am Freitag in Berlin, die Lage sei „ernst“. Le ministre a déclaré « non ». Президент сказал: «Нет».'],
  ['HTML given as plain text', () => `<!doctype html><html><body><p class="x">${REFERENCE}</p><script>alert("x")</script></body></html>`],
  ['JSON given as plain text', () => `{"__proto__":{"a":1},"text":${JSON.stringify(REFERENCE)},"quotes":["\\"a\\""],"n":[1,2,3]}`],
];

describe('hostile text on stdin: a result, status 0', () => {
  test.each(TEXT_CASES)('%s', async (name, make) => {
    const text = make();
    // HTML on stdin is detected and read as HTML (below); --input-format text takes it as text.
    const args = name.startsWith('HTML') ? ['--include-text', '--input-format', 'text'] : ['--include-text'];
    expectResult(await runCli(args, text), text);
  });

  test('HTML on stdin is detected: offsets refer to the extracted text', async () => {
    const html = `<!doctype html><html><body><p class="x">${REFERENCE}</p><script>alert("x")</script></body></html>`;
    const r = await runCli(['--include-text'], html);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.textSource).toBe('html-extracted');
    expect(e.text).not.toContain('alert');
    expect(problems(e, e.text!)).toEqual([]);
  });

  test('emoji before entities: offsets still slice to the names', async () => {
    const text = `😀🇰🇷𝒜 ${REFERENCE}`;
    const e = expectResult(await runCli(['--include-text'], text), text);
    const place = e.places.find((p) => p.name === 'Washington');
    expect(place?.mentions[0]?.start).toBe(text.indexOf('Washington'));
  });
});

describe('bytes that are not clean UTF-8 (read from a file): a result, status 0', () => {
  // Issue 14 changed this: binary data is no article. It was read as text (a result, status 0);
  // now it is a one-line error and an error record in its place, status 1 (test/input/cli-input.test.ts).
  test('binary data with NUL bytes: an error record, status 1', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + (i >> 3)) % 256; // every byte value, NULs included
    bytes[0] = 0x00; // not a UTF-16 BOM
    const path = file('binary.bin', Buffer.concat([bytes, Buffer.from(` ${REFERENCE}\u0000`)]));
    const r = await runCli([path]);
    expectOneLineError(r, /binary\.bin: looks like binary data \(NUL bytes\), not text/);
    expect(JSON.parse(r.stdout)).toMatchObject({ source: path, error: 'looks like binary data (NUL bytes), not text' });
  });

  test('invalid UTF-8 becomes U+FFFD and offsets refer to the decoded text', async () => {
    const bad = Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x80, 0xed, 0xa0, 0x80, 0x20]);
    const bytes = Buffer.concat([bad, Buffer.from(REFERENCE)]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('\ufffd');
    const e = expectResult(await runCli(['--include-text', file('invalid-utf8.txt', bytes)]), text);
    expect(e.places.find((p) => p.name === 'Washington')?.mentions[0]?.start).toBe(text.indexOf('Washington'));
  });

  test.each([
    ['UTF-16 LE with a BOM', 'utf16le', [0xff, 0xfe]],
    ['UTF-16 BE with a BOM', 'utf16be', [0xfe, 0xff]],
  ])('%s is decoded', async (_name, encoding, bom) => {
    const text = `😀 ${REFERENCE}`;
    const le = Buffer.from(text, 'utf16le');
    const body = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const e = expectResult(await runCli(['--include-text', file(`${encoding}.txt`, Buffer.concat([Buffer.from(bom), body]))]), text);
    expect(e.people.map((p) => p.name)).toContain('Antony Blinken');
  });
});

describe('a 20 MB single line', () => {
  const unit = 'Angela Merkel visited Paris and said “no” ';
  const line = unit.repeat(Math.ceil(20_000_000 / unit.length)).slice(0, 20_000_000);
  // 3,000,000 characters: under --max-bytes (8,000,000 by default), over --max-chars.
  const long = line.slice(0, 3_000_000);
  const bytes = Buffer.byteLength(line);

  // Issue 14: a document over --max-bytes (default 4 x --max-chars) is refused before it is parsed;
  // these two tests pinned the --max-chars message for a 20 MB line, which is now over --max-bytes.
  test('over the default --max-bytes: one-line error, status 1, nothing half-written', async () => {
    const r = await runCli([], line);
    expectOneLineError(r, new RegExp(`document is ${bytes} bytes, over the limit of 8000000 \\(--max-bytes\\)`));
    expect(r.stdout).not.toContain('"people"');
  });

  test('over the default --max-chars: one-line error, status 1, nothing half-written', async () => {
    const r = await runCli([], long);
    expectOneLineError(r, /document is 3000000 characters, over the limit of 2000000 \(--max-chars\)/);
    expect(r.stdout).not.toContain('"people"');
  });

  test('in a JSONL batch: an error record in place, the others still extracted', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Angela Merkel visited Paris.' }),
      JSON.stringify({ id: 'long', text: line }),
      JSON.stringify({ id: 'longer', text: long }),
      JSON.stringify({ id: 'c', text: 'Joe Biden spoke in Ohio.' }),
    ].join('\n');
    const r = await runCli(['--input-format', 'jsonl'], input);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; error?: string });
    expect(out.map((o) => o.error ?? o.source)).toEqual([
      'a',
      `document is ${bytes} bytes, over the limit of 8000000 (--max-bytes)`,
      'document is 3000000 characters, over the limit of 2000000 (--max-chars)',
      'c',
    ]);
    expect(r.stderr).toMatch(/^newsclaims: [^\n]*line 2: document is \d+ bytes[^\n]*\n[^\n]*line 3: document is 3000000 characters[^\n]*\n$/);
  });
});

describe('--max-chars', () => {
  test('a lower limit in a batch: the longer record is an error record in its place', async () => {
    const input = ['{"text":"Paris."}', `{"text":"${'Rome. '.repeat(200)}"}`, '{"text":"Oslo."}'].join('\n');
    const r = await runCli(['--input-format', 'jsonl', '--max-chars', '1000'], input);
    expect(r.code).toBe(1);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { error?: string });
    expect(out.map((o) => o.error ?? 'ok')).toEqual(['ok', 'document is 1200 characters, over the limit of 1000 (--max-chars)', 'ok']);
  });

  // Fails on this branch: runDocuments (src/cli/run.ts) does not catch extract()'s
  // error per file, so the run stops at the long file and the files after it are
  // lost. The pipelines branch rewrites run.ts with per-file failure outcomes;
  // drop `.fails` once merged.
  test('a long file among others: one-line error for it, the others still extracted', async () => {
    const long = file('long.txt', 'Rome. '.repeat(200));
    const short = file('short.txt', 'Angela Merkel visited Paris.');
    const r = await runCli(['--max-chars', '1000', '-f', 'jsonl', long, short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsclaims: [^\n]*document is 1200 characters, over the limit of 1000 \(--max-chars\)\n$/);
    const sources = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source);
    expect(sources).toContain(short);
  });

  test('a document exactly at the limit is accepted', async () => {
    expect((await runCli(['--max-chars', '6'], 'Paris.')).code).toBe(0);
    expect((await runCli(['--max-chars', '5'], 'Paris.')).code).toBe(1);
  });

  test.each(['0', '-1', '1.5', '1e6', 'abc', ''])('--max-chars %j is a usage error (status 2)', async (value) => {
    const r = await runCli(['--max-chars', value], 'Paris.');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsclaims: [^\n]*--max-chars[^\n]*\n$/);
  });
});

describe('paths that cannot be read: one-line error, status 1', () => {
  test.each([
    ['a missing file', ['no-such-file.txt'], /cannot read no-such-file\.txt: no such file/],
    ['a directory', ['src'], /cannot read src: is a directory/],
    ['a missing JSONL file', ['--input-format', 'jsonl', 'no-such-file.jsonl'], /no-such-file\.jsonl: no such file/],
    ['a directory as JSONL', ['--input-format', 'jsonl', 'src'], /src: is a directory/],
  ])('%s', async (_name, args, message) => {
    expectOneLineError(await runCli(args), message);
  });
});

interface Line {
  source: string;
  error?: string;
  line?: number;
}

function outputLines(r: CliResult): Line[] {
  expect(r.stdout.endsWith('\n')).toBe(true);
  return r.stdout.slice(0, -1).split('\n').map((l) => JSON.parse(l) as Line);
}

describe('hostile JSONL: one output or error line per record, in order', () => {
  test('__proto__ and constructor keys neither pollute prototypes nor give a record inherited fields', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const input = [
      '{"__proto__":{"polluted":"yes","text":"inherited"},"id":"p1","text":"Angela Merkel visited Paris."}',
      '{"constructor":{"prototype":{"polluted":"yes"}},"id":"p2","text":"Paris."}',
      '{"__proto__":{"text":"only inherited","id":"x"}}',
      '{"text":"Oslo.","id":{"__proto__":{"polluted":"yes"}}}',
      '{"text":{"__proto__":"x"},"id":"p5"}',
    ].join('\n');
    const r = await runCli(['--input-format', 'jsonl'], input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.prototype.toString.call({})).toBe('[object Object]');
    expect(r.code).toBe(1);
    expect(outputLines(r).map((l) => l.error ?? l.source)).toEqual([
      'p1',
      'p2',
      'expected a string "text" field',
      '<stdin>:4',
      'expected a string "text" field',
    ]);
  });

  test('wrong types for text and id: error records for text, ids other than strings and numbers are ignored', async () => {
    const input = [
      '{"text":7}',
      '{"text":null}',
      '{"text":["Paris."]}',
      '{"text":true}',
      '{"id":"no text"}',
      '"just a string"',
      '42',
      'null',
      '{"id":[1],"text":"Paris."}',
      '{"id":true,"text":"Paris."}',
      '{"id":null,"text":"Paris."}',
      '{"id":3.5,"text":"Paris."}',
      '{"text":"Paris."',
    ].join('\n');
    const r = await runCli(['--input-format', 'jsonl'], input);
    expect(r.code).toBe(1);
    const out = outputLines(r);
    expect(out).toHaveLength(13);
    expect(out.map((l) => (l.error ? 'error' : l.source))).toEqual([
      ...Array<string>(8).fill('error'),
      '<stdin>:9',
      '<stdin>:10',
      '<stdin>:11',
      '3.5',
      'error',
    ]);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(9);
    expect(r.stderr).not.toMatch(STACK);
  });

  test('duplicate ids are both kept, in input order', async () => {
    const r = await runCli(['--input-format', 'jsonl'], '{"id":"x","text":"Paris."}\n{"id":"x","text":"Angela Merkel."}\n{"id":"x","text":"Rome."}\n');
    expect(r.code).toBe(0);
    const out = outputLines(r) as unknown as Extraction[];
    expect(out.map((e) => e.source)).toEqual(['x', 'x', 'x']);
    expect(out.map((e) => e.places.length + e.people.length)).toEqual([1, 1, 1]);
    expect(out[1]!.people.map((p) => p.name)).toEqual(['Angela Merkel']);
  });

  test('CRLF lines, a BOM on the first line, blank lines and a final line without newline', async () => {
    const input = '\ufeff{"id":"a","text":"Paris."}\r\n\r\n   \r\n{"id":"b","text":"Rome."}\r\n\n{"id":"c","text":"Oslo."}';
    const r = await runCli(['--input-format', 'jsonl'], input);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(outputLines(r).map((l) => l.source)).toEqual(['a', 'b', 'c']);
  });

  test('a record whose text has CRLF, NUL and a lone surrogate escapes keeps offsets sound', async () => {
    const text = 'Angela\u0000 Merkel\r\nvisited \ud800Paris.\r\n';
    const r = await runCli(['--input-format', 'jsonl', '--include-text'], `${JSON.stringify({ text })}\n`);
    expect(r.code).toBe(0);
    const [e] = outputLines(r) as unknown as Extraction[];
    expect(e!.text).toBe(text);
    expect(problems(e!, text)).toEqual([]);
  });

  test('binary garbage lines: each is an error record, numbered by its line', async () => {
    const garbage = Array.from({ length: 50 }, (_, i) => String.fromCharCode(...Array.from({ length: 20 }, (_, j) => ((i * 31 + j * 17) % 254) + 1)).replace(/[\n\r]/g, 'x'));
    const r = await runCli(['--input-format', 'jsonl'], `${garbage.join('\n')}\n{"text":"Paris."}\n`);
    expect(r.code).toBe(1);
    const out = outputLines(r);
    expect(out).toHaveLength(51);
    expect(out.slice(0, 50).map((l) => l.line)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(out[50]!.error).toBeUndefined();
  });
});

describe('--out-dir with a hostile record id', () => {
  // outFileName once trimmed with /^[.-]+|[.-]+$/g: quadratic on a long run of dashes
  // (an 80,000-character id took 8 s). It now cuts the name first and trims with a loop.
  test('a 60,000-character id of dashes does not run away', async () => {
    const id = `a${'-'.repeat(60_000)}a`;
    const out = join(dir, 'out');
    const t0 = performance.now();
    const r = await runCli(['--input-format', 'jsonl', '--out-dir', out], `${JSON.stringify({ id, text: 'Paris.' })}\n`);
    expect(r.code).toBe(0);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
