/**
 * Issue 17, item 5: limits. --workers is capped at the number of records and twice
 * the cores; by default a small input runs in this thread; a worker has a heap
 * limit, so a runaway record becomes an error record; a JSONL line is read with a
 * length limit, so a huge line is one error record and the records around it are
 * kept; a numeric id keeps the digits it was written with.
 */
import { availableParallelism } from 'node:os';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as engine from '../../src/cli/engine.js';
import { maxLineBytes } from '../../src/cli/io.js';
import { batchSize, BATCH_CHARS, MAX_BATCH, maxWorkers, planWorkers, SMALL_INPUT } from '../../src/cli/plan.js';
import { run } from '../../src/cli/program.js';
import { createWorkerPool } from '../../src/cli/workers.js';
import { runCli } from '../helpers/cli.js';

vi.mock(import('../../src/cli/engine.js'), async (original) => {
  const actual = await original();
  return { ...actual, createEngine: vi.fn(actual.createEngine) };
});
afterEach(() => vi.mocked(engine.createEngine).mockClear());

/** The worker count the last run asked the engine for. */
const workersStarted = () => vi.mocked(engine.createEngine).mock.calls.at(-1)?.[0].workers;

const records = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: `Angela Merkel visited Paris, day ${i}.` })).join('\n');

describe('how many worker threads', () => {
  test.each([
    ['--workers 9999 on 3 records: 3', 9999, true, { count: 3, size: 300, ended: true }, 2, 3],
    ['--workers 9999 on a long stream: twice the cores', 9999, true, { count: 5, size: 2 * SMALL_INPUT, ended: false }, 2, 4],
    ['--workers 2 on a small input: 2 (asked for)', 2, true, { count: 3, size: 300, ended: true }, 2, 2],
    ['the default on a small input: in this thread', 2, false, { count: 2, size: 300, ended: true }, 2, 1],
    ['the default on a large input: the default', 2, false, { count: 3, size: SMALL_INPUT, ended: false }, 2, 2],
    ['the default on a large input of two articles: two', 8, false, { count: 2, size: SMALL_INPUT + 1, ended: true }, 8, 2],
    ['one article: in this thread', 8, true, { count: 1, size: 5 * SMALL_INPUT, ended: true }, 8, 1],
  ])('%s', (_name, requested, given, ahead, cores, expected) => {
    expect(planWorkers(requested, given, { ahead, fileBytes: null }, { cores, load: 0 })).toBe(expected);
  });

  const stream = { count: 9, size: 9_000, ended: false };
  test.each([
    ['files under the small size: in this thread', 500_000, 8, 0, 1],
    ['files over it: the default', 2 * SMALL_INPUT, 8, 0, 8],
    ['a busy machine (load 7 on 8 cores): in this thread', null, 8, 7, 1],
    ['a half-busy one (load 4.4 on 8 cores): the spare cores', null, 8, 4.4, 4],
    ['2 cores and load 0.6: in this thread', null, 2, 0.6, 1],
    ['2 cores and load 0.3: two', null, 2, 0.3, 2],
  ])('the default on %s', (_name, fileBytes, cores, load, expected) => {
    expect(planWorkers(cores, false, { ahead: stream, fileBytes }, { cores, load })).toBe(expected);
  });

  test('--workers N is honoured on a busy machine and a small input', () => {
    expect(planWorkers(2, true, { ahead: { count: 9, size: 900, ended: false }, fileBytes: 900 }, { cores: 2, load: 9 })).toBe(2);
  });

  test.each([
    ['short posts: as many as fit, at most MAX_BATCH', { count: 4, size: 4 * 150, ended: false }, MAX_BATCH],
    ['articles of 4,000 characters', { count: 3, size: 12_000, ended: false }, BATCH_CHARS / 4_000],
    ['long features: one a batch', { count: 3, size: 3 * 40_000, ended: false }, 1],
  ])('batch size for %s', (_name, ahead, count) => {
    expect(batchSize(ahead)).toEqual({ count, chars: BATCH_CHARS });
  });

  test('the CLI starts no more workers than records for --workers 9999', async () => {
    const r = await runCli(['--input-format', 'jsonl', '--workers', '9999'], records(2));
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(workersStarted()).toBe(2);
  });

  test('by default, two short files run in this thread', async () => {
    const r = await runCli(['-f', 'jsonl', 'fixtures/korea-us-talks.txt', 'test/fixtures/check/berlin-paris-meeting.txt']);
    expect(r.code).toBe(0);
    expect(workersStarted()).toBe(1);
  });

  test('the cap is a small multiple of the cores', () => {
    expect(maxWorkers()).toBe(2 * availableParallelism());
  });
});

describe('worker heap limit', () => {
  test('a runaway record becomes an error and the worker is replaced for the next one', async () => {
    const runaway = { url: new URL('../fixtures/runaway-worker.mjs', import.meta.url), entry: null };
    const pool = createWorkerPool(1, {}, () => {}, { script: runaway, heapMb: 32, batch: { count: 3, chars: 1_000 } });
    const jobs = ['a', 'runaway', 'b'].map((text, index) => ({ article: { text, source: text, html: false }, index }));
    const settled = await Promise.allSettled(jobs.map((job) => pool.run(job)));
    await pool.close();
    expect(settled.map((s) => (s.status === 'fulfilled' && 'extraction' in s.value ? s.value.extraction.source : 'failed'))).toEqual(['a', 'failed', 'b']);
    expect((settled[1] as PromiseRejectedResult).reason.message).toBe('needed more memory than a worker thread may use (32 MB); stopped');
  }, 60_000);
});

describe('JSONL lines are read with a length limit', () => {
  test('the limit follows --max-chars within 64 and 256 MiB', () => {
    expect(maxLineBytes(2_000_000)).toBe(64 * 1024 * 1024);
    expect(maxLineBytes(20_000_000)).toBe(160_000_000);
    expect(maxLineBytes(1e9)).toBe(256 * 1024 * 1024);
  });

  test('a 600 MB line is one error record; the records before and after it are kept', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    async function* input() {
      yield Buffer.from('{"id":"before","text":"Angela Merkel visited Paris."}\n{"id":"huge","text":"');
      for (let i = 0; i < 600; i++) yield megabyte;
      yield Buffer.from('"}\n{"id":"after","text":"Joe Biden spoke in Ohio."}\n');
    }
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    stdout.on('data', (c: Buffer) => out.push(c));
    stderr.on('data', (c: Buffer) => err.push(c));
    const code = await run(['--input-format', 'jsonl', '-f', 'jsonl'], { stdin: Readable.from(input()), stdout, stderr, env: {} });
    await new Promise((resolve) => setImmediate(resolve));
    const lines = Buffer.concat(out).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { source: string; error?: string; line?: number });
    expect(code).toBe(1);
    expect(lines.map((l) => l.source)).toEqual(['before', '<stdin>:2', 'after']);
    // '{"id":"huge","text":"' (21 bytes) + 600 MiB + '"}' (2 bytes)
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^the line is 629145623 bytes, over the limit of 67108864 for a JSONL line/) });
    expect(Buffer.concat(err).toString('utf8')).toMatch(/^newsclaims: <stdin>: line 2: the line is 629145623 bytes, over the limit[^\n]*\n$/);
  }, 60_000);
});

describe('numeric ids keep their digits', () => {
  test.each([
    ['12345678901234567890', '12345678901234567890'],
    ['9007199254740993', '9007199254740993'],
    ['-0', '-0'],
    ['1.50', '1.50'],
    ['42', '42'],
  ])('id %s gives source %s', async (written, source) => {
    const r = await runCli(['--input-format', 'jsonl'], `{"text":"Paris.","id":${written}}\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ source });
  });

  test('the last id wins, as in JSON.parse, and an "id" inside the text or a nested object is not taken', async () => {
    const r = await runCli(['--input-format', 'jsonl'], '{"id":1,"meta":{"id":99999999999999999999},"text":"\\"id\\":7","id":123456789012345678901}\n');
    expect(JSON.parse(r.stdout)).toMatchObject({ source: '123456789012345678901' });
  });
});
