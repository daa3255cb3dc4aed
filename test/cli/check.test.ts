import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { problems } from '../helpers/validate.js';
import { runCli } from '../helpers/cli.js';

const FIXTURES = 'test/fixtures/check';
const ARTICLE = `${FIXTURES}/berlin-paris-meeting.txt`;

let dir: string;
let article: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsclaims-check-'));
  article = join(dir, 'meeting.txt');
  copyFileSync(ARTICLE, article);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2));

describe('newsclaims check: partial expectations (X.expect.json)', () => {
  test('passes when every listed fact holds and every absent one is absent', async () => {
    const r = await runCli(['check', FIXTURES]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`ok        ${ARTICLE}`);
    expect(r.stdout).toContain(`ok        ${FIXTURES}/embassy-statement.html`);
    expect(r.stdout).toMatch(/newsclaims check: 2 articles, 2 passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  test('fails with one line per fact that does not hold, and status 1', async () => {
    writeJson(join(dir, 'meeting.expect.json'), {
      people: ['Nobody Atall', 'angela merkel'],
      numbers: [{ value: 2500, unit: 'bananas' }],
      quotes: [{ text: 'work together on energy', speaker: 'Macron' }],
      absent: { places: ['Paris'] },
    });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL      ${article}`);
    expect(r.stdout).toContain('- people: "Nobody Atall" expected, not found (found: ');
    expect(r.stdout).not.toContain('"angela merkel" expected');
    expect(r.stdout).toContain('- numbers: { value: 2500, unit: "bananas" } expected, not found');
    expect(r.stdout).toContain('- quotes: { text: "work together on energy", speaker: "Macron" } expected, not found');
    expect(r.stdout).toContain('+ places: "Paris" found, expected absent');
    expect(r.stdout).toMatch(/1 article, 0 passed, 1 failed\n$/);
  });

  test('an expectation file with an unknown key fails instead of passing silently', async () => {
    writeJson(join(dir, 'meeting.expect.json'), { peoples: ['Angela Merkel'] });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `! ${join(dir, 'meeting.expect.json')}: unknown key "peoples" (expected one of people, organizations, places, numbers, quotes, claims, absent)`,
    );
  });
});

describe('newsclaims check: full expectations (X.expected.json) and --update', () => {
  test('--update writes the current output; the next check passes', async () => {
    const expected = join(dir, 'meeting.expected.json');
    writeJson(expected, {});
    const updated = await runCli(['check', '--update', dir]);
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain(`updated   ${article}`);
    expect(updated.stdout).toContain('0 passed, 0 failed, 1 updated');
    const written = readJson<Extraction>(expected);
    expect(problems(written, readFileSync(article, 'utf8'))).toEqual([]);
    expect(written.places.map((p) => p.name.toLowerCase())).toContain('paris');
    const again = await runCli(['check', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('1 passed, 0 failed');
  });

  test('a changed expectation gives a readable diff: missing, unexpected and changed items', async () => {
    const expected = join(dir, 'meeting.expected.json');
    writeJson(expected, {});
    await runCli(['check', '--update', dir]);
    const golden = readJson<Extraction>(expected);
    golden.people.push({ id: 'p99', name: 'Nobody Atall', mentions: [{ text: 'Nobody', start: 0, end: 6 }] });
    const dropped = golden.places.shift()!;
    golden.numbers[0]!.value = 2501;
    writeJson(expected, golden);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- people: "Nobody Atall" expected, not found');
    expect(r.stdout).toContain(`+ places: "${dropped.name}" found, not expected`);
    expect(r.stdout).toMatch(/~ numbers "2,500" @\d+ → value: expected 2501, found 2500/);
  });

  test('renumbered entity ids are not a difference (references are compared by name)', async () => {
    const expected = join(dir, 'meeting.expected.json');
    writeJson(expected, {});
    await runCli(['check', '--update', dir]);
    const text = readFileSync(expected, 'utf8').replace(/"([pol])(\d+)"/g, (_, t: string, n: string) => `"${t}${Number(n) + 50}"`);
    expect(text).toContain('"p51"');
    writeFileSync(expected, text);
    const r = await runCli(['check', dir]);
    expect(r.stdout).toContain('1 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  test('--format github prints each difference as an Actions annotation', async () => {
    writeJson(join(dir, 'meeting.expect.json'), { people: ['Nobody Atall'], places: ['Atlantis'] });
    const r = await runCli(['check', '--format', 'github', dir]);
    expect(r.code).toBe(1);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(annotations).toHaveLength(2);
    expect(annotations[0]).toMatch(new RegExp(`^::error file=${article},title=newsclaims check::- people: "Nobody Atall" expected, not found`));
    expect(annotations[1]).toContain('::- places: "Atlantis" expected, not found');
  });
});

describe('newsclaims check: what it finds and its errors', () => {
  // Issue 17 changed this: an article without expectations is named, and a run that checked nothing fails.
  test('an article with no expectation file is named; a run that checked nothing fails', async () => {
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `none      ${article} (no meeting.expected.json or meeting.expect.json; --update creates meeting.expected.json)\n` +
        'newsclaims check: 1 article, 0 passed, 0 failed, 1 without expectations (not checked)\n',
    );
    expect(r.stderr).toMatch(/^newsclaims: nothing was checked: no article under .* has an X\.expected\.json or X\.expect\.json/);
  });

  test("a reporter's output kept beside its article is no article", async () => {
    writeFileSync(join(dir, 'meeting.report.html'), '<html><body>Angela Merkel</body></html>');
    writeFileSync(join(dir, 'meeting.highlight.txt'), 'Angela Merkel met Emmanuel Macron.');
    writeFileSync(join(dir, 'other.notes.txt'), 'Angela Merkel met Emmanuel Macron.');
    const r = await runCli(['check', dir]);
    const named = r.stdout.split('\n').filter((l) => l.startsWith('none')).map((l) => l.split(/ +/)[1]);
    expect(named).toEqual([article, join(dir, 'other.notes.txt')]);
    expect(r.stdout).toMatch(/newsclaims check: 2 articles, 0 passed, 0 failed, 2 without expectations \(not checked\)\n$/);
  });

  test.each([
    [['check', 'no-such-dir'], 1, 'newsclaims: cannot read no-such-dir: no such file or directory\n'],
    [['check', '--format', 'xml'], 2, 'newsclaims: Expected --format to be one of text, github, not: xml\n'],
    [['check', '--bogus'], 2, "newsclaims: unknown option '--bogus'\n"],
  ])('%j exits %i with one line on stderr', async (args, code, stderr) => {
    const r = await runCli(args);
    expect(r.stderr).toBe(stderr);
    expect(r.code).toBe(code);
  });

  test('a directory without articles is an error, not a silent pass', async () => {
    rmSync(article);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^newsclaims: no articles \(.txt, .html, .htm\) under /);
  });
});
