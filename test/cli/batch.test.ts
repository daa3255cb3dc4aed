import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import type { Done, Engine, Job } from '../../src/cli/engine.js';
import { decodeSeparator } from '../../src/cli/options.js';
import { type Item, type Outcome, runOrdered } from '../../src/cli/ordered.js';
import { splitArticles } from '../../src/cli/run.js';
import { createWorkerPool, type WorkerScript } from '../../src/cli/workers.js';
import { problems } from '../helpers/validate.js';
import { jsonValues, runCli } from '../helpers/cli.js';

const REFERENCE = readFileSync('fixtures/korea-us-talks.txt', 'utf8');

/** The jobs of plain texts, each its own source, numbered in order. */
const jobs = (texts: string[]): Job[] => texts.map((text, index) => ({ article: { text, source: text, html: false }, index }));

/** The extraction a pool sent back (a pool given no format to render sends extractions). */
const extractionOf = (done: Done): Extraction => {
  if (!('extraction' in done)) throw new Error('expected an extraction');
  return done.extraction;
};

/** Run `texts` on a pool of stand-in workers; fulfilled ones give their source, failed ones "failed". */
async function runOn(script: WorkerScript, texts: string[], batch = { count: 1, chars: 1 }, heapMb?: number) {
  const pool = createWorkerPool(1, {}, () => {}, { script, batch, ...(heapMb ? { heapMb } : {}) });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const settled = await Promise.allSettled(jobs(texts).map((job) => pool.run(job)));
  await pool.close();
  return {
    sources: settled.map((s) => (s.status === 'fulfilled' ? extractionOf(s.value).source : 'failed')),
    reasons: settled.map((s) => (s.status === 'rejected' ? (s.reason as Error).message : null)),
  };
}

/** A batch where the first record is much longer than the rest, so it finishes last on two workers. */
function mixedBatch(): { input: string; ids: string[] } {
  const lines = [JSON.stringify({ id: 'long', text: `${REFERENCE}\n\n`.repeat(8) })];
  const names = ['Angela Merkel', 'Emmanuel Macron', 'Joe Biden', 'Olaf Scholz', 'Rishi Sunak', 'Justin Trudeau'];
  names.forEach((name, i) => lines.push(JSON.stringify({ id: `short-${i}`, text: `${name} visited Paris on Monday.` })));
  lines.splice(3, 0, '{"id": "broken", "text": ');
  lines.splice(5, 0, '{"id": "no-text", "body": "x"}');
  return { input: `${lines.join('\n')}\n`, ids: ['long', 'short-0', 'short-1', 'FAIL', 'short-2', 'FAIL', 'short-3', 'short-4', 'short-5'] };
}

describe('JSONL batch on worker threads', () => {
  test('two workers keep input order, failed records in place, one line each', async () => {
    const { input, ids } = mixedBatch();
    const r = await runCli(['--input-format', 'jsonl', '--workers', '2'], input);
    const out = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Extraction & { error?: string });
    expect(out.map((e) => (e.error ? 'FAIL' : e.source))).toEqual(ids);
    expect(out[3]).toMatchObject({ source: '<stdin>:4', line: 4, error: 'not valid JSON' });
    expect(r.stderr).toBe(
      'newsclaims: <stdin>: line 4: not valid JSON\nnewsclaims: <stdin>: line 6: expected a string "text" field\n',
    );
    expect(r.code).toBe(1);
    expect(problems(out[1]!, 'Angela Merkel visited Paris on Monday.')).toEqual([]);
  });

  test('--workers 2 writes exactly what --workers 1 (in-process) writes', async () => {
    const { input } = mixedBatch();
    const one = await runCli(['--input-format', 'jsonl', '--workers', '1'], input);
    const two = await runCli(['--input-format', 'jsonl', '--workers', '2'], input);
    expect(two.stdout).toBe(one.stdout);
    expect(two.code).toBe(one.code);
  });

  test('a record may carry HTML instead of text', async () => {
    const html = '<!doctype html><html><body><p>Angela Merkel visited Paris.</p></body></html>';
    const r = await runCli(['--input-format', 'jsonl', '--workers', '1', '--include-text'], JSON.stringify({ id: 'page', html }));
    const e = JSON.parse(r.stdout) as Extraction;
    expect(e).toMatchObject({ source: 'page', textSource: 'html-extracted', text: 'Angela Merkel visited Paris.' });
  });

  test('when worker threads cannot start, one warning and every article is still extracted', async () => {
    const warnings: string[] = [];
    const missing = { url: new URL('./no-such-worker.mjs', import.meta.url), entry: null };
    const pool = createWorkerPool(2, {}, (m) => warnings.push(m), { script: missing });
    const texts = ['Angela Merkel visited Paris.', 'Joe Biden met Justin Trudeau.', 'Olaf Scholz spoke.'];
    const results = (await Promise.all(jobs(texts).map((job) => pool.run(job)))).map(extractionOf);
    await pool.close();
    expect(results.map((e) => e.source)).toEqual(texts);
    expect(results[0]!.people.map((p) => p.name)).toContain('Angela Merkel');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot start worker threads \(.*\); extracting in this thread$/);
  });

  const crashing = { url: new URL('../fixtures/crash-worker.mjs', import.meta.url), entry: null };

  test('a worker that dies fails only the article it was on; the ones queued behind it still come out', async () => {
    const { sources, reasons } = await runOn(crashing, ['a', 'crash', 'b', 'c']);
    expect(sources).toEqual(['a', 'failed', 'b', 'c']);
    expect(reasons[1]).toBe('worker thread stopped (exit status 3)');
  });

  test('in a batch, the article the worker died on fails, not the first of its batch; the rest come out', async () => {
    const { sources, reasons } = await runOn(crashing, ['a', 'b', 'crash', 'c', 'd', 'e'], { count: 4, chars: 1_000 });
    expect(sources).toEqual(['a', 'b', 'failed', 'c', 'd', 'e']);
    expect(reasons[2]).toBe('worker thread stopped (exit status 3)');
  });

  test('workers render each record in the format given, with its place in the output', async () => {
    const pool = createWorkerPool(2, {}, () => {}, { render: { format: 'table', options: { color: false, many: true, width: 80 } }, batch: { count: 2, chars: 1_000 } });
    const texts = ['Angela Merkel visited Paris.', 'Joe Biden met Justin Trudeau.', 'Olaf Scholz spoke.'];
    const done = await Promise.all(jobs(texts).map((job) => pool.run(job)));
    await pool.close();
    const rendered = done.map((d) => ('rendered' in d ? d.rendered : null));
    expect(rendered[0]).toMatch(/^Angela Merkel visited Paris\.\n/);
    expect(rendered[1]).toMatch(/^\nJoe Biden met Justin Trudeau\.\n/);
    expect(done.map((d) => ('rendered' in d ? [d.source, d.language] : null))).toEqual(texts.map((t) => [t, 'und']));
  });

  test.each([['0'], ['-1'], ['two'], ['1.5']])('--workers %s is a usage error', async (value) => {
    const r = await runCli(['--input-format', 'jsonl', '--workers', value], '{"text":"x"}');
    expect(r.stderr).toBe(`newsclaims: Expected --workers to be a whole number from 1, not: ${value}\n`);
    expect(r.code).toBe(2);
  });
});

/** An engine that finishes articles after a delay given in their text, counting what is in flight. */
function fakeEngine(capacity: number, chars = 1_000_000) {
  let inFlight = 0;
  const stats = { maxInFlight: 0, indexes: [] as number[] };
  const engine: Engine = {
    capacity: { count: capacity, chars },
    run: ({ article, index }: Job) => {
      inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      stats.indexes.push(index);
      return new Promise<Done>((resolve) =>
        setTimeout(() => {
          inFlight--;
          resolve({ extraction: { schemaVersion: 1, source: article.source, people: [], organizations: [], places: [], numbers: [], quotes: [], claims: [], meta: { title: null, byline: null, published: null, siteName: null, url: null, language: 'eng' } } });
        }, Number(article.text)),
      );
    },
    close: async () => {},
  };
  return { engine, stats };
}

describe('the ordered streaming loop', () => {
  test('emits in input order and never reads more than twice the capacity ahead', async () => {
    const { engine, stats } = fakeEngine(3);
    let pulled = 0;
    let emitted = 0;
    let maxAhead = 0;
    async function* items(): AsyncGenerator<Item> {
      for (let i = 0; i < 200; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - emitted);
        const origin = { source: `s${i}`, line: i + 1, label: `line ${i + 1}`, size: 1 };
        yield { kind: 'article', article: { text: String((i * 7) % 5), source: `s${i}`, html: false }, origin };
      }
    }
    const order: string[] = [];
    const done = await runOrdered(items(), engine, async (o: Outcome) => {
      emitted++;
      if (o.kind === 'extraction') order.push(o.extraction.source);
      return true;
    });
    expect(done).toBe(true);
    expect(order).toEqual(Array.from({ length: 200 }, (_, i) => `s${i}`));
    expect(maxAhead).toBeLessThanOrEqual(6);
    expect(stats.maxInFlight).toBeLessThanOrEqual(6);
    expect(stats.indexes).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  test('never holds more than twice the capacity in characters, and always one article however long', async () => {
    const { engine, stats } = fakeEngine(100, 10);
    async function* items(): AsyncGenerator<Item> {
      for (let i = 0; i < 50; i++) {
        const size = i % 10 === 0 ? 1_000 : 3;
        yield { kind: 'article', article: { text: '1', source: `s${i}`, html: false }, origin: { source: `s${i}`, label: '', size } };
      }
    }
    const order: string[] = [];
    await runOrdered(items(), engine, async (o: Outcome) => (o.kind === 'extraction' && order.push(o.extraction.source), true));
    expect(order).toHaveLength(50);
    expect(stats.maxInFlight).toBeLessThanOrEqual(7);
  });

  test('stops reading when the output is closed', async () => {
    const { engine } = fakeEngine(2);
    let pulled = 0;
    let closed = false;
    async function* items(): AsyncGenerator<Item> {
      try {
        for (let i = 0; i < 1000; i++) {
          pulled++;
          yield { kind: 'article', article: { text: '0', source: `s${i}`, html: false }, origin: { source: `s${i}`, line: i + 1, label: '', size: 1 } };
        }
      } finally {
        closed = true;
      }
    }
    let n = 0;
    const done = await runOrdered(items(), engine, async () => ++n < 3);
    expect(done).toBe(false);
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(10);
  });
});

describe('several articles in one text: --split-on', () => {
  const text = 'Angela Merkel visited Paris.\n\n\nJoe Biden met Justin Trudeau\nin Ottawa.\n\n\n   \n\n\nOlaf Scholz spoke in Berlin.';

  test('splits at the separator; each result carries its own offsets and source', async () => {
    const r = await runCli(['--split-on', '\\n\\n\\n', '--workers', '1'], text);
    const list = jsonValues<Extraction>(r.stdout);
    const pieces = splitArticles(text, '\n\n\n');
    expect(list.map((e) => e.source)).toEqual(['<stdin>#1', '<stdin>#2', '<stdin>#3']);
    list.forEach((e, i) => expect(problems(e, pieces[i]!.text)).toEqual([]));
    expect(r.code).toBe(0);
  });

  test.each([
    ['a\n\n\nb\nc\n\n\nd', [['a', 1], ['b\nc', 4], ['d', 8]]],
    ['\n\n\nonly', [['only', 4]]],
    ['one', [['one', 1]]],
    ['x\n\n\n\n\n\n', [['x', 1]]],
  ] as const)('splitArticles(%j)', (input, expected) => {
    expect(splitArticles(input, '\n\n\n').map((p) => [p.text, p.line])).toEqual(expected);
  });

  test.each([
    ['\\n\\n\\n', '\n\n\n'],
    ['\\t', '\t'],
    ['---', '---'],
    ['\\\\n', '\\n'],
    ['\\r\\n\\r\\n', '\r\n\r\n'],
  ])('decodeSeparator(%j)', (raw, decoded) => {
    expect(decodeSeparator(raw)).toBe(decoded);
  });
});

describe('progress on stderr', () => {
  const batch = ['Angela Merkel visited Paris.', 'Joe Biden met Justin Trudeau.'].map((text) => JSON.stringify({ text })).join('\n');

  test('a counter when stderr is a terminal and stdout is not', async () => {
    const r = await runCli(['--input-format', 'jsonl', '--workers', '1'], batch, { stderrTty: true });
    expect(r.stderr).toMatch(/newsclaims \| 2 records \| [\d.]+ records\/s/);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  test('an error line clears the bar first, so it stays readable', async () => {
    const r = await runCli(['--input-format', 'jsonl', '--workers', '1'], `${batch}\n{oops\n`, { stderrTty: true });
    expect(r.stderr).toContain('\r\u001b[2Knewsclaims: <stdin>: line 3: not valid JSON\n');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(r.code).toBe(1);
  });

  test.each([
    ['--quiet', ['--quiet'], { stderrTty: true }],
    ['stderr is a pipe', [], { stderrTty: false }],
    ['stdout is the terminal too', ['-f', 'jsonl'], { stderrTty: true, tty: true }],
  ])('nothing when %s', async (_, extra, tty) => {
    const r = await runCli(['--input-format', 'jsonl', '--workers', '1', ...extra], batch, tty);
    expect(r.stderr).toBe('');
  });
});
