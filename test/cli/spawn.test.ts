import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { problems } from '../helpers/validate.js';

const BIN = 'bin/newsclaims.js';

describe('newsclaims as a spawned process', () => {
  test('reads the reference article on stdin and prints valid JSON', () => {
    const text = readFileSync('fixtures/korea-us-talks.txt', 'utf8');
    const r = spawnSync(process.execPath, [BIN], { input: text, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.source).toBe('<stdin>');
    expect(problems(e, text)).toEqual([]);
  });

  test('a usage error is one line on stderr and status 2, no stack trace', () => {
    const r = spawnSync(process.execPath, [BIN, '--format', 'xml'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newsclaims: Expected --format to be one of json, jsonl, table, highlight, html, not: xml\n');
  });

  test('a closed pipe ends quietly with status 0', () => {
    const r = spawnSync('bash', ['-c', `yes '{"text":"Angela Merkel visited Paris."}' | head -3000 | node ${BIN} --input-format jsonl 2>/tmp/newsclaims-epipe.err | head -1 >/dev/null; echo "\${PIPESTATUS[2]}"; cat /tmp/newsclaims-epipe.err >&2`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  });
});
