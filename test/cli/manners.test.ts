/**
 * Issue 17, item 11: terminal manners. Waiting on a terminal says so; `newsclaims
 * help` helps; a near miss of `check` is named; widths are sane whatever the
 * terminal reports; FORCE_COLOR=0 is honoured; --split-on reads CRLF text and is a
 * usage error with JSONL input; --out-dir does not double extensions.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, test } from 'vitest';
import { editDistance, run } from '../../src/cli/program.js';
import { displayWidth } from '../../src/reporters/highlight-wrap.js';
import { jsonValues, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsclaims-manners-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Run with stdin and stdout as terminals of the given width. */
async function onTerminal(args: string[], options: { columns?: number; env?: Record<string, string>; stdin?: string } = {}) {
  const stdin = Object.assign(Readable.from([Buffer.from(options.stdin ?? '')]), { isTTY: true });
  const stdout = Object.assign(new PassThrough(), { isTTY: true, columns: options.columns ?? 0 });
  const stderr = Object.assign(new PassThrough(), { isTTY: true });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const code = await run(args, { stdin, stdout, stderr, env: options.env ?? { NO_COLOR: '1' } });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const ARTICLE = join(dir, 'article.txt');
writeFileSync(ARTICLE, `${'Angela Merkel met Emmanuel Macron in Paris and they talked about energy and defence for hours. '.repeat(6)}\n`);

const widths = (text: string) => text.split('\n').map(displayWidth);

describe('waiting on a terminal, help and near misses', () => {
  test('with no file and stdin a terminal, stderr says stdin is being read', async () => {
    const r = await onTerminal([], { stdin: 'Angela Merkel visited Paris.' });
    expect(r.stderr).toBe('newsclaims: reading an article from standard input; end it with Ctrl-D (newsclaims --help for usage)\n');
    expect(r.code).toBe(0);
  });

  test('stdin from a pipe gives no such line', async () => {
    const r = await runCli([], 'Angela Merkel visited Paris.');
    expect(r.stderr).toBe('');
  });

  test.each([
    [['help'], 'Usage: newsclaims [options] [files...]'],
    [['help', 'check'], 'Usage: newsclaims check [options] [paths...]'],
  ])('newsclaims %j prints help', async (args, usage) => {
    const r = await runCli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(usage);
  });

  test.each([['chek'], ['chekc'], ['cehck'], ['hlep']])('newsclaims %s suggests the command', async (word) => {
    const r = await runCli([word]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^newsclaims: unknown command ${word} \\(did you mean newsclaims (check|help)\\?\\)`));
  });

  test('a word that names a file is read, even if close to a command', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      writeFileSync('chek', 'Angela Merkel visited Paris.');
      const r = await runCli(['chek']);
      expect(r.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  test.each([
    ['chek', 'check', 1],
    ['cehck', 'check', 1],
    ['chekc', 'check', 1],
    ['chk', 'check', 2],
    ['article', 'check', 6],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('sane widths', () => {
  test('a terminal reporting 0 columns wraps at 80, not 20', async () => {
    const r = await onTerminal(['-f', 'highlight', ARTICLE], { columns: 0 });
    const w = widths(r.stdout);
    expect(Math.max(...w)).toBeLessThanOrEqual(80);
    expect(Math.max(...w)).toBeGreaterThan(60);
  });

  test('COLUMNS is used when the terminal reports none', async () => {
    const r = await onTerminal(['-f', 'highlight', ARTICLE], { columns: 0, env: { NO_COLOR: '1', COLUMNS: '120' } });
    const w = widths(r.stdout);
    expect(Math.max(...w)).toBeLessThanOrEqual(120);
    expect(Math.max(...w)).toBeGreaterThan(100);
  });

  test('--out-dir files wrap at 80 (or COLUMNS), not at the width of the terminal', async () => {
    const out = join(dir, 'wrapped');
    await onTerminal(['-f', 'highlight', '--out-dir', out, ARTICLE], { columns: 0 });
    const [file] = readdirSync(out);
    const w = widths(readFileSync(join(out, file!), 'utf8'));
    expect(Math.max(...w)).toBeLessThanOrEqual(80);
    expect(Math.max(...w)).toBeGreaterThan(60);
  });
});

describe('colour', () => {
  test.each([['0'], ['false']])('FORCE_COLOR=%s turns colour off on a terminal', async (value) => {
    const r = await onTerminal([ARTICLE], { columns: 100, env: { FORCE_COLOR: value } });
    expect(r.stdout).toContain('People (');
    expect(r.stdout).not.toContain('\u001b[');
  });

  test('FORCE_COLOR=1 turns it on through a pipe; check honours it too', async () => {
    const r = await runCli(['-f', 'table', ARTICLE], '', { env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[');
    const check = await runCli(['check', 'test/fixtures/check'], '', { env: { FORCE_COLOR: '1' } });
    expect(check.stdout).toContain('\u001b[');
    const off = await runCli(['check', 'test/fixtures/check'], '', { tty: true, env: { FORCE_COLOR: '0' } });
    expect(off.stdout).not.toContain('\u001b[');
  });
});

describe('--split-on and --out-dir', () => {
  test('--split-on "\\n\\n\\n" splits a CRLF text as it splits an LF one', async () => {
    const lf = 'Angela Merkel visited Paris.\n\n\nJoe Biden met Justin Trudeau\nin Ottawa.\n\n\nOlaf Scholz spoke.';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = jsonValues<{ source: string; people: { name: string }[] }>((await runCli(['--split-on', '\\n\\n\\n'], lf)).stdout);
    const b = jsonValues<{ source: string; people: { name: string }[] }>((await runCli(['--split-on', '\\n\\n\\n'], crlf)).stdout);
    expect(b.map((e) => e.source)).toEqual(['<stdin>#1', '<stdin>#2', '<stdin>#3']);
    expect(b.map((e) => e.people.map((p) => p.name))).toEqual(a.map((e) => e.people.map((p) => p.name)));
  });

  test.each([
    [['--input-format', 'jsonl', '--split-on', '\\n\\n']],
    [['--split-on', '---', 'batch.jsonl']],
    [['--input-format', 'html', '--split-on', '\\n\\n']],
  ])('%j is a usage error', async (args) => {
    const r = await runCli(args, '{"text":"Paris."}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newsclaims: Expected --split-on only with text input, not with (jsonl|html) input/);
  });

  test('--out-dir does not double extensions', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><html><body><p>Angela Merkel visited Paris.</p></body></html>');
    const out = join(dir, 'pages');
    const r = await runCli(['--out-dir', out, page, ARTICLE]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['0001-page.html', '0002-article.html']);
  });
});
