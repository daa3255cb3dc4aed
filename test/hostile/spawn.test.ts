/**
 * Hostile bytes through a spawned newsclaims process (real stdin and files, no
 * in-process stream): invalid UTF-8, a UTF-16 file with a BOM, raw bytes in JSONL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { problems } from '../helpers/validate.js';

const BIN = 'bin/newsclaims.js';
const SENTENCE = 'Antony Blinken met Cho Tae-yul in Washington, the ministry said.';
const dir = mkdtempSync(join(tmpdir(), 'newsclaims-spawn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function newsclaims(args: string[], input: Buffer | string = '') {
  return spawnSync(process.execPath, [BIN, ...args], { input, timeout: 60_000 });
}

describe('a spawned newsclaims given hostile bytes', () => {
  test('invalid UTF-8 on stdin: decoded with U+FFFD, offsets refer to the decoded text', () => {
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x28, 0xff, 0x80, 0xed, 0xa0, 0x80, 0x20]), Buffer.from(SENTENCE), Buffer.from([0xf0, 0x9f])]);
    const r = newsclaims(['--include-text'], bytes);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout.toString()) as Extraction;
    expect(e.text).toBe(new TextDecoder().decode(bytes));
    expect(e.text).toContain('\ufffd');
    expect(problems(e, e.text!)).toEqual([]);
    expect(e.places.find((p) => p.name === 'Washington')?.mentions[0]?.start).toBe(e.text!.indexOf('Washington'));
  });

  test.each([
    ['LE', [0xff, 0xfe], (s: string) => Buffer.from(s, 'utf16le')],
    ['BE', [0xfe, 0xff], (s: string) => Buffer.from(s, 'utf16le').swap16()],
  ])('a UTF-16 %s file with a BOM is decoded', (name, bom, encode) => {
    const text = `“Yes,” 😀 ${SENTENCE}`;
    const path = join(dir, `utf16${name}.txt`);
    writeFileSync(path, Buffer.concat([Buffer.from(bom), encode(text)]));
    const r = newsclaims(['--include-text', path]);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout.toString()) as Extraction;
    expect(e.text).toBe(text);
    expect(problems(e, text)).toEqual([]);
    expect(e.people.map((p) => p.name)).toContain('Antony Blinken');
  });

  test('JSONL with raw invalid bytes and NULs: one line out per record', () => {
    const input = Buffer.concat([
      Buffer.from('{"id":"a","text":"Paris '),
      Buffer.from([0xff, 0xfe, 0x80]),
      Buffer.from('."}\n'),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0x0a]),
      Buffer.from('{"id":"c","text":"Rome."}'),
    ]);
    const r = newsclaims(['--input-format', 'jsonl'], input);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toBe('newsclaims: <stdin>: line 2: not valid JSON\n');
    const lines = r.stdout.toString().trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string });
    expect(lines.map((l) => l.source)).toEqual(['a', '<stdin>:2', 'c']);
  });
});
