/**
 * Issue 17: `newsclaims check` as CI runs it on a pull request, which may plant
 * files. Item 1: its output shows controls, never sends them. Item 2: symbolic links
 * out of the folder are refused, an unparseable file is never echoed. Item 3: no workflow command can come from data. Item 4:
 * malformed expectation files give one line naming the file and what was
 * expected. Item 6: a difference is never hidden. Item 7: a check never passes on
 * nothing. Item 8: GitHub annotations carry file, line and column.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { contrast, diffExtractions } from '../../src/cli/check-diff.js';
import { extract } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';

const TEXT = readFileSync('test/fixtures/check/berlin-paris-meeting.txt', 'utf8');

let base: string;
let dir: string;
let article: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'newsclaims-check-ci-'));
  dir = join(base, 'fixtures');
  mkdirSync(dir);
  article = join(dir, 'meeting.txt');
  writeFileSync(article, TEXT);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

const write = (name: string, content: unknown) => writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));

/** Every line of stdout that starts with a label, and the differences under it. */
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

describe('item 1: check output shows controls, never sends them', () => {
  const HOSTILE = '\u001b]0;owned\u0007\u001b]52;c;Y2xpcA==\u0007\u001b[2J\u001bc\b\r\u202eNUL\u0000\u009b31m';
  const LEFT_OVER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  const expectNoControls = (output: string, colour = false) => {
    expect(LEFT_OVER.exec(colour ? output.replace(/\u001b\[[0-9;]*m/g, '') : output)).toBeNull();
  };

  test('check output: the article name and the excerpts of a failing article', async () => {
    const fixtures = dir;
    const hostile = join(fixtures, `a${HOSTILE.replace(/[\u0000/]/g, '')}.txt`);
    writeFileSync(hostile, `Angela Merkel said “we agree${HOSTILE}” in Paris.`);
    writeFileSync(hostile.replace(/\.txt$/, '.expect.json'), JSON.stringify({ people: [`Nobody${HOSTILE}`] }));
    for (const format of ['text', 'github']) {
      const r = await runCli(['check', '--format', format, fixtures], '', { tty: true, env: {} });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Nobody');
      expectNoControls(r.stdout, true);
      expectNoControls(r.stderr);
    }
    expect(readFileSync(hostile, 'utf8')).toContain('\u001b');
  });
});

describe('item 2: symbolic links and unparseable files', () => {
  const SECRET = 'ghp_SECRETTOKEN1234567890';

  test('an X.expected.json linked to a file outside the folder is refused in one line and never read', async () => {
    const outside = join(base, 'secret.txt');
    writeFileSync(outside, `{"token": "${SECRET}"`);
    symlinkSync(outside, join(dir, 'meeting.expected.json'));
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('SECRET');
    expect(r.stderr).not.toContain('SECRET');
    expect(lines(r.stdout).filter((l) => l.includes('refused'))).toEqual([
      `          ! refused ${join(dir, 'meeting.expected.json')}: a symbolic link to a file outside ${dir}`,
    ]);
  });

  test('--update does not write through a link to a file outside the folder', async () => {
    const outside = join(base, 'victim.json');
    writeFileSync(outside, 'keep me');
    symlinkSync(outside, join(dir, 'meeting.expected.json'));
    const r = await runCli(['check', '--update', dir]);
    expect(r.code).toBe(1);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(r.stdout).toContain('refused');
  });

  test('an article linked to a file outside the folder is refused, not extracted', async () => {
    const outside = join(base, 'private.txt');
    writeFileSync(outside, 'Angela Merkel visited Paris.');
    symlinkSync(outside, join(dir, 'linked.txt'));
    write('linked.expect.json', { people: ['Angela Merkel'] });
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL      ${join(dir, 'linked.txt')}`);
    expect(r.stdout).toContain(`! refused ${join(dir, 'linked.txt')}: a symbolic link to a file outside ${dir}`);
  });

  test('links that stay inside the folder are followed', async () => {
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'shared', 'facts.json'), JSON.stringify({ people: ['Angela Merkel'] }));
    symlinkSync(join(dir, 'shared', 'facts.json'), join(dir, 'meeting.expect.json'));
    const r = await runCli(['check', dir]);
    expect(r.stdout).toContain(`ok        ${article}`);
    expect(r.code).toBe(0);
  });

  test('an unparseable expectation file is reported by position, its content never echoed', async () => {
    write('meeting.expected.json', `${SECRET} and more`);
    write('other.txt', 'Joe Biden spoke.');
    write('other.expect.json', `{"people": ["${SECRET}"`);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('SECRET');
    expect(r.stdout).toContain(`! ${join(dir, 'meeting.expected.json')}: not valid JSON\n`);
    expect(r.stdout).toMatch(new RegExp(`! ${join(dir, 'other.expect.json')}: not valid JSON \\(line 1, column \\d+\\)\\n`));
  });
});

/**
 * What GitHub's runner would take for workflow commands in this output: lines that
 * start with "::" after leading spaces, and the legacy "##[command]" anywhere in a
 * line, except while commands are stopped (::stop-commands::TOKEN until ::TOKEN::).
 */
function workflowCommands(stdout: string): string[] {
  const commands: string[] = [];
  let stopped: string | null = null;
  for (const raw of stdout.split(/\r\n|\n|\r/)) {
    const line = raw.trimStart();
    const v2 = /^::([^ :]+)[^:]*::(.*)$/.exec(line);
    const legacy = /##\[([^\] ]+)[^\]]*\](.*)$/.exec(raw);
    const command = v2?.[1] ?? legacy?.[1];
    if (command === undefined) continue;
    if (stopped !== null) {
      if (command === stopped) stopped = null;
      continue;
    }
    if (command === 'stop-commands') stopped = (v2?.[2] ?? legacy?.[2])!;
    else commands.push(command);
  }
  return commands;
}

describe('item 3: no workflow command from data', () => {
  // The claim's content, "the ##[error]plan would work for\n::error::injected everyone…", is listed
  // beside the claim that is not found: an excerpt with a line break and both command forms.
  const injected = 'Angela Merkel said the ##[error]plan would work for\n::error::injected everyone in the city.\n';
  const expectations = { claims: [{ text: 'nothing like this' }] };

  test('the text format: no line of output starts with data (an excerpt is one line)', async () => {
    writeFileSync(article, injected);
    write('meeting.expect.json', expectations);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('work for ::error::inject');
    expect(r.stdout.split('\n').filter((l) => l.trimStart().startsWith('::'))).toEqual([]);
  });

  test.each([
    ['text', { GITHUB_ACTIONS: 'true' }, []],
    ['github', {}, ['error']],
  ])('under GitHub Actions, --format %s %j: the runner sees only our commands', async (format, env, commands) => {
    writeFileSync(article, injected);
    write('meeting.expect.json', expectations);
    const r = await runCli(['check', '--format', format, dir], '', { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('##[error]plan');
    expect(workflowCommands(r.stdout)).toEqual(commands);
  });

  test('a file name with a line break and ::error:: stays on the FAIL line', async () => {
    const name = join(dir, 'x\n::error::named.txt');
    writeFileSync(name, 'Joe Biden spoke.');
    writeFileSync(join(dir, 'x\n::error::named.expect.json'), JSON.stringify({ people: ['Nobody'] }));
    for (const format of ['text', 'github']) {
      const r = await runCli(['check', '--format', format, dir]);
      expect(workflowCommands(r.stdout).filter((c) => c !== 'error')).toEqual([]);
      expect(r.stdout).not.toMatch(/^\s*::error::named/m);
      expect(r.stdout).toContain('x\u240a::error::named.txt');
    }
  });

  test('annotation data and properties are escaped as GitHub documents (%, CR, LF; ":" and "," in properties)', async () => {
    const name = join(dir, 'a,b:c%d.txt');
    writeFileSync(name, 'Joe Biden spoke.');
    writeFileSync(join(dir, 'a,b:c%d.expect.json'), JSON.stringify({ people: ['100% Nobody'] }));
    const r = await runCli(['check', '--format', 'github', dir]);
    const annotation = r.stdout.split('\n').find((l) => l.includes('file=') && l.includes('a%2Cb'));
    expect(annotation).toContain(`file=${dir.replace(/:/g, '%3A')}/a%2Cb%3Ac%25d.txt,`);
    expect(annotation).toContain('"100%25 Nobody" expected');
  });
});

describe('item 4: malformed expectation files', () => {
  test.each([
    ['null', 'null'],
    ['[]', 'an empty array'],
    ['5', 'a number'],
    ['"people"', 'a string'],
  ])('X.expect.json holding %s fails with one line naming the file', async (content, kind) => {
    write('meeting.expect.json', content);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `! ${join(dir, 'meeting.expect.json')}: expected an object with any of people, organizations, places, numbers, quotes, claims, absent; found ${kind}\n`,
    );
  });

  test.each([
    ['{}', 'found an empty object (newsclaims check --update writes it)'],
    ['null', 'found null'],
    ['{"people": 5}', '"people" is a number'],
    ['{"people": [], "organizations": [], "places": [], "numbers": [], "quotes": [], "claims": [3]}', 'claims[0]: expected an object; found a number'],
  ])('X.expected.json holding %s fails with one line naming the file and what was expected', async (content, found) => {
    write('meeting.expected.json', content);
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/not iterable|Cannot read|undefined/);
    const bang = lines(r.stdout).filter((l) => l.trimStart().startsWith('!'));
    expect(bang).toHaveLength(1);
    expect(bang[0]).toContain(`! ${join(dir, 'meeting.expected.json')}: `);
    expect(bang[0]).toContain(found);
  });

  test('keys named like inherited members are ordinary keys, never Object.prototype members', async () => {
    const golden = { ...extract(TEXT, { source: article }), constructor: 1, toString: 'x', __proto__: null } as Record<string, unknown>;
    write('meeting.expected.json', JSON.stringify(golden).replace('"__proto__":null', '"__proto__":{"people":[]}'));
    const r = await runCli(['check', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('~ constructor: expected 1, found (nothing)');
    expect(r.stdout).toContain('~ toString: expected "x", found (nothing)');
    expect(r.stdout).not.toMatch(/Cannot read|is not a function/);
    write('meeting.expected.json', '');
    write('meeting.expect.json', { constructor: ['x'] });
    const partial = await runCli(['check', dir]);
    expect(partial.stdout).toContain('unknown key "constructor"');
  });
});

describe('item 6: a difference is never hidden', () => {
  const e = extract(TEXT, { source: 'a' });
  const clone = () => JSON.parse(JSON.stringify(e)) as Record<string, unknown> & typeof e;

  test('a list that gains an element at its end names the element', () => {
    const expected = clone();
    const actual = clone();
    expected.people[0]!.roles = ['Chancellor'];
    actual.people[0]!.roles = ['Chancellor', 'party leader'];
    const out = diffExtractions(expected, actual).map((d) => d.text);
    expect(out).toEqual([expect.stringMatching(/^\+ people "Angela Merkel" → roles\[1\]: "party leader" found, not expected$/)]);
  });

  test('a claim that gains an entity at the end of its list names it', () => {
    const expected = clone();
    const actual = clone();
    actual.claims[0]!.entities.push('l1');
    const out = diffExtractions(expected, actual).map((d) => d.text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/→ entities\[\d+\]: ".+" found, not expected$/);
  });

  test('two long values that differ far from their start are shown around the difference', () => {
    const long = 'x'.repeat(200);
    const [a, b] = contrast({ text: `${long}A tail` }, { text: `${long}B tail` });
    expect(a).not.toBe(b);
    expect(a).toContain('A tail');
    expect(b).toContain('B tail');
  });

  test('any two different values give two different excerpts', () => {
    const value = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 60 }), { maxLength: 8 }), fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 120 })));
    fc.assert(
      fc.property(value, value, (x, y) => {
        fc.pre(JSON.stringify(x) !== JSON.stringify(y));
        const [a, b] = contrast(x, y);
        expect(a).not.toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});

describe('item 7: a check never passes on nothing', () => {
  test('--strict fails an article without expectations', async () => {
    write('other.txt', 'Joe Biden spoke.');
    write('meeting.expect.json', { people: ['Angela Merkel'] });
    const loose = await runCli(['check', dir]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain(`none      ${join(dir, 'other.txt')} (no other.expected.json or other.expect.json`);
    const strict = await runCli(['check', '--strict', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain(`FAIL      ${join(dir, 'other.txt')} (no other.expected.json`);
    expect(strict.stdout).toMatch(/1 passed, 1 failed, 1 without expectations \(--strict\)\n$/);
  });

  test('--update creates X.expected.json for an article without expectations; the next run passes', async () => {
    const r = await runCli(['check', '--update', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`created   ${article} (${join(dir, 'meeting.expected.json')})`);
    expect(JSON.parse(readFileSync(join(dir, 'meeting.expected.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
    const again = await runCli(['check', dir]);
    expect(again.stdout).toMatch(/1 passed, 0 failed\n$/);
    expect(again.code).toBe(0);
  });

  test('--update rewrites only files that change and says which were unchanged', async () => {
    write('other.txt', 'Joe Biden spoke in Ohio.');
    await runCli(['check', '--update', dir]);
    const meeting = join(dir, 'meeting.expected.json');
    const other = join(dir, 'other.expected.json');
    const golden = JSON.parse(readFileSync(other, 'utf8')) as { people: unknown[] };
    golden.people = [];
    writeFileSync(other, JSON.stringify(golden));
    const before = statSync(meeting).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const r = await runCli(['check', '--update', dir]);
    expect(r.stdout).toContain(`unchanged ${article}`);
    expect(r.stdout).toContain(`updated   ${join(dir, 'other.txt')}`);
    expect(r.stdout).toMatch(/0 passed, 0 failed, 1 updated, 1 unchanged\n$/);
    expect(statSync(meeting).mtimeMs).toBe(before);
  });

  test('an expectation file given as a path is not read as an article: its article is checked', async () => {
    write('meeting.expect.json', { people: ['Angela Merkel'] });
    const r = await runCli(['check', join(dir, 'meeting.expect.json')]);
    expect(r.stdout).toBe(`ok        ${article} (${join(dir, 'meeting.expect.json')})\nnewsclaims check: 1 article, 1 passed, 0 failed\n`);
    expect(r.code).toBe(0);
    rmSync(article);
    const orphan = await runCli(['check', join(dir, 'meeting.expect.json')]);
    expect(orphan.code).toBe(1);
    expect(orphan.stderr).toMatch(/is an expectation file, and there is no article meeting\.txt, \.html or \.htm beside it\n$/);
  });
});

describe('item 8: annotations point at lines', () => {
  test('--format github gives file, line and col of the text found', async () => {
    write('meeting.expect.json', { absent: { people: ['Macron'], numbers: [{ value: 2500 }] } });
    const r = await runCli(['check', '--format', 'github', dir]);
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error '));
    // The mention written as the fact is: "Macron said the talks…", not "Emmanuel Macron" earlier.
    const macron = TEXT.indexOf('Macron said');
    const before = TEXT.slice(0, macron).split('\n');
    expect(annotations[0]).toContain(`file=${article},line=${before.length},col=${before.at(-1)!.length + 1},title=`);
    const number = TEXT.indexOf('2,500');
    const lineOfNumber = TEXT.slice(0, number).split('\n');
    expect(lineOfNumber.length).toBeGreaterThan(1);
    expect(annotations[1]).toContain(`line=${lineOfNumber.length},col=${lineOfNumber.at(-1)!.length + 1},`);
  });

  test('an HTML article has no line and column (offsets refer to the extracted text)', async () => {
    rmSync(article);
    write('page.html', '<!doctype html><html><body><p>Angela Merkel met Emmanuel Macron in Paris.</p></body></html>');
    write('page.expect.json', { absent: { people: ['Angela Merkel'] } });
    const r = await runCli(['check', '--format', 'github', dir]);
    const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error '));
    expect(annotation).toMatch(/^::error file=[^,]*page\.html,title=newsclaims check::\+ people: "Angela Merkel" found, expected absent$/);
  });
});
