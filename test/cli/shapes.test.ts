/**
 * Issue 17, items 9 and 10: one shape per format and one record per input.
 * `-f json` gives one JSON value per article however many there are (jq's
 * convention); the JSON Schema covers error records, passes Ajv's strict mode, is
 * importable as `newsclaims/schema.json` and has an honest `$id`; a file that
 * cannot be read gives an error record in its place, with `line` only where
 * there are lines.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, test } from 'vitest';
import { jsonValues, runCli } from '../helpers/cli.js';

const A = 'fixtures/korea-us-talks.txt';
const B = 'test/fixtures/check/berlin-paris-meeting.txt';
const schema = JSON.parse(readFileSync('src/schema.json', 'utf8')) as { $id: string };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: string; repository?: { url?: string } | string; exports: Record<string, unknown> };

const dir = mkdtempSync(join(tmpdir(), 'newsclaims-shapes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('item 9: -f json is one JSON value per article', () => {
  test('one file and two files give the same kind of value', async () => {
    const one = await runCli(['-f', 'json', A]);
    const two = await runCli(['-f', 'json', A, B]);
    expect(jsonValues(one.stdout)).toHaveLength(1);
    expect(jsonValues<{ source: string }>(two.stdout).map((v) => v.source)).toEqual([A, B]);
    expect(two.stdout.startsWith(one.stdout)).toBe(true);
  });

  const hasJq = spawnSync('jq', ['--version']).status === 0;
  test.skipIf(!hasJq)('`newsclaims a.txt b.txt | jq .people` works', async () => {
    const two = await runCli(['-f', 'json', A, B]);
    const jq = spawnSync('jq', ['-c', '.people | map(.name)'], { input: two.stdout, encoding: 'utf8' });
    expect(jq.status).toBe(0);
    const lines = jq.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toContain('Angela Merkel');
  });
});

describe('item 9: the JSON Schema', () => {
  const strict = new Ajv({ strict: true, allErrors: true });
  const validate = strict.compile(schema);

  test('compiles in Ajv strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
  });

  test('covers error records, and every record a run writes validates', async () => {
    writeFileSync(join(dir, 'batch.jsonl'), '{"id":"a","text":"Angela Merkel visited Paris."}\nnot json\n');
    const jsonl = await runCli(['-f', 'jsonl', join(dir, 'batch.jsonl'), join(dir, 'missing.jsonl')]);
    const docs = await runCli(['-f', 'json', '--max-chars', '100', A, join(dir, 'missing.txt'), B]);
    const records = [...jsonl.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as object), ...jsonValues<object>(docs.stdout)];
    expect(records.filter((r) => 'error' in r)).toHaveLength(5);
    for (const record of records) expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  test('rejects what is neither an extraction nor an error record', () => {
    expect(validate({ schemaVersion: 1, source: 'x', error: 'e', extra: 1 })).toBe(false);
    expect(validate({ schemaVersion: 1, source: 'x', error: '' })).toBe(false);
    expect(validate({ schemaVersion: 1, source: 'x', line: 0, error: 'e' })).toBe(false);
    expect(validate({ schemaVersion: 1, source: 'x' })).toBe(false);
  });

  test('is importable as newsclaims/schema.json (package exports)', () => {
    expect(pkg.exports['./schema.json']).toBe('./src/schema.json');
    const code = "import s from 'newsclaims/schema.json' with { type: 'json' }; console.log(s.$id)";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(schema.$id);
  });

  test('has an honest $id: a name (URN), or an address under the project\'s own homepage or repository', () => {
    const homes = [pkg.homepage, typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url].filter((u): u is string => !!u);
    const honest = schema.$id.startsWith('urn:') || homes.some((home) => schema.$id.startsWith(home.replace(/^git\+/, '').replace(/\.git$/, '')));
    expect(honest, schema.$id).toBe(true);
  });
});

describe('item 10: one record per input', () => {
  test('a missing file gives an error record in jsonl output, in its place, without a line', async () => {
    const r = await runCli(['-f', 'jsonl', A, 'no-such-file.txt', B]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.source)).toEqual([A, 'no-such-file.txt', B]);
    expect(lines[1]).toEqual({ schemaVersion: 1, source: 'no-such-file.txt', error: 'cannot read no-such-file.txt: no such file' });
    expect(r.stderr).toBe('newsclaims: cannot read no-such-file.txt: no such file\n');
  });

  test('a missing JSONL file gives one error record between the records of the others', async () => {
    writeFileSync(join(dir, 'one.jsonl'), '{"id":"a","text":"Paris."}\n');
    const r = await runCli([join(dir, 'one.jsonl'), join(dir, 'gone.jsonl'), join(dir, 'one.jsonl')]);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.source)).toEqual(['a', join(dir, 'gone.jsonl'), 'a']);
    expect(lines[1]).not.toHaveProperty('line');
  });

  test('line is given only where there are lines: JSONL records and --split-on pieces, not whole files', async () => {
    const long = join(dir, 'long.txt');
    writeFileSync(long, 'Rome. '.repeat(50));
    const whole = await runCli(['-f', 'jsonl', '--max-chars', '100', long]);
    expect(JSON.parse(whole.stdout)).toEqual({ schemaVersion: 1, source: long, error: 'document is 300 characters, over the limit of 100 (--max-chars)' });
    const split = await runCli(['-f', 'jsonl', '--max-chars', '100', '--split-on', '\\n\\n', long]);
    expect(JSON.parse(split.stdout)).toMatchObject({ source: `${long}#1`, line: 1 });
    const batch = await runCli(['-f', 'jsonl', '--input-format', 'jsonl'], '{"text":"Paris."}\nnope\n');
    expect(JSON.parse(batch.stdout.trimEnd().split('\n')[1]!)).toMatchObject({ source: '<stdin>:2', line: 2 });
  });
});
