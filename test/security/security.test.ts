/**
 * The README's "Security" guarantees, each backed here:
 * - no network access and no dynamic code evaluation: no such code in src/, dist/
 *   or bin/, and the CLI runs with code generation from strings disabled, no
 *   sockets, and Node's permission model denying writes, child processes and workers;
 * - paths on the command line are only read (only --out-dir writes, into its directory).
 * Prototype pollution through JSONL is covered in test/hostile/cli.test.ts and the
 * batch property test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { problems } from '../helpers/validate.js';

const REFERENCE = 'fixtures/korea-us-talks.txt';

function walk(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** What must never appear in shipped code, with a line that shows each pattern can match. */
const FORBIDDEN: [string, RegExp, string][] = [
  ['eval', /(?<![\w.])eval\s*\(/, 'const x = eval("1 + 1");'],
  ['the Function constructor', /\bnew\s+Function\b|(?<![\w.])Function\s*\(/, 'const f = new Function("a", "return a");'],
  ['string timers', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/, 'setTimeout("alert(1)", 0);'],
  ['node:vm', /['"](?:node:)?vm['"]/, "import vm from 'node:vm';"],
  ['workers from source strings', /\beval\s*:\s*true/, 'new Worker(code, { eval: true });'],
  ['child processes', /['"](?:node:)?child_process['"]/, "import { spawn } from 'child_process';"],
  ['network modules', /['"](?:node:)?(?:http|https|http2|net|dgram|tls|dns|inspector)['"]/, "import https from 'node:https';"],
  ['fetch and other web requests', /(?<![\w.])fetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b/, 'await fetch(url);'],
];

describe('no network and no dynamic code in src/, dist/ and bin/', () => {
  const files = [...walk('src', /\.(ts|js|mjs)$/), ...walk('dist', /\.(js|mjs)$/), ...walk('bin', /\.(js|mjs)$/)];

  test('the scan covers the compiled code too', () => {
    expect(files.some((f) => f.startsWith('dist/') && f.endsWith('cli/program.js'))).toBe(true);
    expect(files.some((f) => f.startsWith('src/') && f.endsWith('pipeline/index.ts'))).toBe(true);
  });

  test.each(FORBIDDEN)('no %s', (_name, pattern, example) => {
    expect(pattern.test(example)).toBe(true);
    const hits: string[] = [];
    for (const file of files) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});

/** Node flags: no code from strings, no sockets, and the permission model allowing reads only. */
const RESTRICTED = [
  '--disallow-code-generation-from-strings',
  '--experimental-permission',
  '--allow-fs-read=*',
  '--no-warnings',
  '--import',
  './test/security/no-network.mjs',
];

function restricted(args: string[], input = '') {
  return spawnSync(process.execPath, [...RESTRICTED, ...args], { input, encoding: 'utf8', timeout: 60_000 });
}

describe('the CLI under a restricted Node', () => {
  test.each([
    ['writing a file', "require('fs').writeFileSync('x.txt', 'x')", /ERR_ACCESS_DENIED/],
    ['starting a child process', "require('child_process').spawnSync('true')", /ERR_ACCESS_DENIED/],
    ['starting a worker', "new (require('worker_threads').Worker)('1', { eval: true })", /ERR_ACCESS_DENIED/],
    ['evaluating a string', "eval('1 + 1')", /EvalError|Code generation from strings disallowed/],
    ['building a function from a string', "new Function('return 1')()", /EvalError|Code generation from strings disallowed/],
    ['opening a socket', "require('net').connect(9, '127.0.0.1')", /network access attempted/],
    ['fetching a URL', "fetch('http://127.0.0.1:9/')", /network access attempted/],
  ])('the restrictions are in force: %s fails', (_name, code, message) => {
    const r = restricted(['-e', code]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });

  const help = spawnSync(process.execPath, ['bin/newsclaims.js', '--help'], { encoding: 'utf8' }).stdout;
  // Workers are threads the permission model denies; one worker runs in this thread.
  const oneWorker = help.includes('--workers') ? ['--workers', '1'] : [];

  test('extracts the reference article: no write, no child process, no socket, no eval', () => {
    const r = restricted(['bin/newsclaims.js', ...oneWorker, '--include-text', REFERENCE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e.people.length).toBeGreaterThan(0);
    expect(problems(e, readFileSync(REFERENCE, 'utf8'))).toEqual([]);
  });

  test('a JSONL batch on stdin, with a bad record, runs the same way', () => {
    const input = `${JSON.stringify({ id: 'a', text: readFileSync(REFERENCE, 'utf8') })}\nnot json\n{"__proto__":{"x":1},"text":"Paris."}\n`;
    const r = restricted(['bin/newsclaims.js', ...oneWorker, '--input-format', 'jsonl'], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('newsclaims: <stdin>: line 2: not valid JSON\n');
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual(['a', '<stdin>:2', '<stdin>:3']);
  });
});

describe('paths on the command line are only read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsclaims-readonly-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const article = readFileSync(REFERENCE, 'utf8');
  writeFileSync(join(dir, 'article.txt'), article);
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Angela Merkel visited Paris.', 'utf16le')]));
  writeFileSync(join(dir, 'batch.jsonl'), '{"id":"a","text":"Paris."}\nnot json\n');
  mkdirSync(join(dir, 'sub'));

  /** Every file under `dir` with its size, modification time and content. */
  function snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const file of walk(dir, /./)) {
      const s = statSync(file);
      out[relative(dir, file)] = `${s.size} ${s.mtimeMs} ${readFileSync(file).toString('base64')}`;
    }
    for (const entry of readdirSync(dir)) out[`entry:${entry}`] ??= 'present';
    return out;
  }

  const p = (name: string) => join(dir, name);
  test.each([
    ['json', [p('article.txt'), p('utf16.txt')]],
    ['table', ['-f', 'table', p('article.txt')]],
    ['highlight', ['-f', 'highlight', p('article.txt')]],
    ['html', ['-f', 'html', p('article.txt')]],
    ['jsonl batch with a bad record', [p('batch.jsonl')]],
    ['a directory and a missing file', [p('sub'), p('missing.txt')]],
  ])('%s: every file, time and directory entry unchanged', async (_name, args) => {
    const before = snapshot();
    const r = await runCli(args);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
  });

  test('--out-dir writes into its directory and nowhere else', async () => {
    const before = snapshot();
    const r = await runCli(['-f', 'html', '--out-dir', p('out'), p('article.txt'), p('utf16.txt')]);
    expect(r.code).toBe(0);
    const after = snapshot();
    const added = Object.keys(after).filter((k) => !(k in before));
    expect(added.length).toBe(3);
    expect(added.every((k) => k === 'entry:out' || k.startsWith('out/'))).toBe(true);
    for (const [k, v] of Object.entries(before)) expect(after[k]).toBe(v);
  });
});
