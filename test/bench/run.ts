/**
 * The benchmark: `npm run bench -- [--data DIR] [--json FILE] [--rounds N] [--profile]`.
 * Measures in one run, on the ../shared/eval corpora, each figure beside raw
 * compromise (parse + people + organizations + places + numbers + quotations):
 * throughput and the time per stage, CLI cold start, the whole process over CoNLL dev,
 * worker threads on short and on long articles (CPU overhead, wall time of the default
 * and of 2 workers against 1), peak RSS on a 50,000-article stream, how the cost per
 * character grows from 100 KB to 1 MB documents, and the time per byte of HTML pages
 * from 100 KB to 2 MB, flat and nested. `--rounds N` repeats each whole-process
 * comparison N times (alternating its sides) and reports medians.
 * A benchmark, not a test: it prints figures and targets, it does not fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../../src/index.js';
import { run, type StageTimes, toExtraction } from '../../src/pipeline/index.js';
import { scriptArgs } from '../eval/args.js';
import { readCorpus } from '../eval/corpus.js';
import { rawAll } from '../eval/raw-compromise.js';
import { htmlScaling } from './html.js';
import { corpusTexts, longDocument, sample, writeJsonl } from './inputs.js';
import { median, summariseProfiles, time, timeProcess } from './measure.js';
import { alternate, cli, type ProcessRun, rawBatch } from './processes.js';

const USAGE = `Usage: npm run bench -- [--data DIR] [--json FILE] [--rounds N] [--profile]

  --data DIR     the dev corpora to time (default ../shared/eval)
  --json FILE    also write the results as JSON to FILE
  --rounds N     repeat each whole-process comparison N times, alternating its sides, and report medians (default 1)
  --profile      also write a CPU profile of the CLI on a 2,000-article batch and summarise it`;

const values =
  scriptArgs('newsclaims bench', USAGE, {
  options: {
    data: { type: 'string', default: '../shared/eval' },
    json: { type: 'string' },
    profile: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '1' },
  },
  }) ?? process.exit();
const ROUNDS = Math.max(1, Number(values.rounds) || 1);

const NODE = process.execPath;
const BIN = 'bin/newsclaims.js';
const REFERENCE = 'fixtures/korea-us-talks.txt';
const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-bench-'));
const results: Record<string, unknown> = {};
const lines: string[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

function throughput(texts: string[]): void {
  log(`throughput on ${texts.length} texts`);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  for (const t of texts.slice(0, 10)) (extract(t), rawAll(t));
  // Text by text, alternating which goes first, so both see the same machine load.
  let raw = 0;
  let ours = 0;
  texts.forEach((t, i) => {
    if (i % 2) raw += time(() => rawAll(t));
    ours += time(() => extract(t));
    if (!(i % 2)) raw += time(() => rawAll(t));
  });
  const ratio = raw / ours;
  results.throughput = { chars, rawCharsPerSec: (chars / raw) * 1000, charsPerSec: (chars / ours) * 1000, ratio };
  lines.push(
    `1. throughput    extract ${fmt((chars / ours) * 1000)} chars/s, raw compromise ${fmt((chars / raw) * 1000)} chars/s ` +
      `(${fmt(chars)} chars): ${fmt(ratio, 2)}x, target >= 3x: ${verdict(ratio >= 3)}`,
  );
  stageTimes(texts, chars);
}

/** Where extract's time goes, stage by stage, on the same texts: one more pass with the stage clock on. */
function stageTimes(texts: string[], chars: number): void {
  const times: StageTimes = {};
  for (const t of texts) {
    const doc = run(t, {}, times);
    let started = performance.now();
    const result = toExtraction(doc);
    times.result = (times.result ?? 0) + performance.now() - started;
    started = performance.now();
    JSON.stringify(result);
    times.serialise = (times.serialise ?? 0) + performance.now() - started;
  }
  const total = Object.values(times).reduce((a, b) => a + b, 0);
  results.stages = { chars, ms: times };
  const parts = Object.entries(times).map(([name, ms]) => `${name} ${fmt(ms)} (${fmt((100 * ms) / total)}%)`);
  lines.push(`   per stage      ms over the same ${fmt(chars)} chars: ${parts.join(', ')}`);
}

async function coldStart(): Promise<void> {
  log('cold start');
  const raw = ['--input-type=module', '-e', "import nlp from 'compromise'; import { readFileSync } from 'node:fs'; nlp(readFileSync(process.argv[1], 'utf8'));", REFERENCE];
  const ours = [BIN, REFERENCE, '-f', 'json'];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 7; i++) {
    a.push(await timeProcess(NODE, ours));
    b.push(await timeProcess(NODE, raw));
  }
  const ratio = median(a) / median(b);
  results.coldStart = { ms: median(a), rawMs: median(b), ratio };
  lines.push(`2. cold start    newsclaims ${fmt(median(a))} ms, node + compromise parse ${fmt(median(b))} ms (medians of 7): ${fmt(ratio, 2)}x, target <= 1.0x: ${verdict(ratio <= 1.0)}`);
}

/** The whole CLI over CoNLL dev as one process, start-up included, against raw compromise as one process. */
async function wholeProcess(): Promise<void> {
  const file = join(values.data, 'conll2003/dev.jsonl');
  const chars = (readCorpus(values.data, 'conll2003') ?? []).reduce((n, d) => n + d.text.length, 0);
  log(`whole process over CoNLL dev (${fmt(chars)} chars), ${ROUNDS} round(s)`);
  const r = await alternate({ ours: (report) => cli(file, 1, report), raw: (report) => rawBatch(file, report) }, ROUNDS, tmp);
  const ratio = r.raw.ms / r.ours.ms;
  results.wholeProcess = { chars, ms: r.ours.ms, rawMs: r.raw.ms, cpuMs: r.ours.cpuMs, rawCpuMs: r.raw.cpuMs, ratio };
  lines.push(
    `3. whole process CoNLL dev as JSONL, --workers 1, start-up included: newsclaims ${fmt(r.ours.ms / 1000, 2)} s, raw compromise ${fmt(r.raw.ms / 1000, 2)} s: ` +
      `${fmt(ratio, 2)}x, target >= 2x: ${verdict(ratio >= 2)} (CPU time ${fmt(r.ours.cpuMs / 1000, 2)} s vs ${fmt(r.raw.cpuMs / 1000, 2)} s)`,
  );
}

/** Worker threads against one thread on one input: wall time of 2 workers and of the default, CPU time of 2. */
async function workersOn(name: string, file: string, articles: number, chars: number): Promise<string[]> {
  log(`workers on ${name}: ${fmt(articles)} articles, ${fmt(chars)} chars, ${ROUNDS} round(s)`);
  const r = await alternate(
    { one: (report) => cli(file, 1, report), two: (report) => cli(file, 2, report), auto: (report) => cli(file, null, report) },
    ROUNDS,
    tmp,
  );
  const overhead = r.two.cpuMs / r.one.cpuMs;
  const auto = r.one.ms / r.auto.ms;
  const s = (run: ProcessRun) => `${fmt(run.ms / 1000, 1)} s`;
  (results.workers as Record<string, unknown>)[name] = {
    articles,
    chars,
    oneMs: r.one.ms,
    twoMs: r.two.ms,
    defaultMs: r.auto.ms,
    defaultWorkers: r.auto.workers,
    oneCpuMs: r.one.cpuMs,
    twoCpuMs: r.two.cpuMs,
    cpuOverhead: overhead,
    defaultRatio: auto,
  };
  const threads = r.auto.workers === 0 ? 'in-process' : `${r.auto.workers} workers`;
  return [
    `   ${name.padEnd(13)}${fmt(articles)} articles, ${fmt(chars)} chars: --workers 1 ${s(r.one)}, --workers 2 ${s(r.two)} (${fmt(r.one.ms / r.two.ms, 2)}x), ` +
      `default ${s(r.auto)} (${threads}): ${fmt(auto, 2)}x of --workers 1, target >= 1.0x: ${verdict(auto >= 0.97)}`,
    `                 CPU time of --workers 2 against 1: ${fmt(r.two.cpuMs / 1000, 1)} s vs ${fmt(r.one.cpuMs / 1000, 1)} s: ${fmt(overhead, 2)}x, target <= 1.10x: ${verdict(overhead <= 1.1)}`,
  ];
}

/** Worker figures on 2,000 short articles (cut to 1,200 characters) and on long ones (PolNeAR, 2 MB of them). */
async function workers(texts: string[]): Promise<void> {
  results.workers = {};
  const short = join(tmp, 'batch-2000.jsonl');
  const shortChars = await writeJsonl(short, texts, 2000, 1200);
  const polnear = sample((readCorpus(values.data, 'quotes') ?? []).map((d) => d.text), 2_000_000);
  const long = join(tmp, 'polnear.jsonl');
  const longChars = await writeJsonl(long, polnear, polnear.length, Infinity);
  lines.push(
    `4. workers       wall time and CPU time (all threads) of the CLI on a JSONL batch (the default's verdict allows 3% for noise):`,
    ...(await workersOn('short', short, 2000, shortChars)),
    ...(await workersOn('long', long, polnear.length, longChars)),
  );
}

async function memory(texts: string[]): Promise<void> {
  const file = join(tmp, 'stream-50000.jsonl');
  const chars = await writeJsonl(file, texts, 50_000, 160);
  log(`peak RSS on 50,000 articles (${fmt(chars)} chars)`);
  const probe = new URL('./rss-probe.mjs', import.meta.url).pathname;
  const report = join(tmp, 'rss.json');
  const ms = await timeProcess(NODE, ['--import', probe, BIN, file, '-f', 'jsonl', '--quiet', '--workers', '2'], { NEWSCLAIMS_BENCH_RSS: report });
  const { peak, samples } = JSON.parse(readFileSync(report, 'utf8')) as { peak: number; samples: [number, number][] };
  const half = ms / 2;
  const maxOf = (s: [number, number][]) => Math.max(0, ...s.map(([, rss]) => rss));
  const first = maxOf(samples.filter(([t]) => t < half));
  const second = maxOf(samples.filter(([t]) => t >= half));
  const rawReport = join(tmp, 'rss-raw.json');
  await timeProcess(NODE, ['--import', probe, '--input-type=module', '-e', "import nlp from 'compromise'; import { readFileSync } from 'node:fs'; nlp(readFileSync(process.argv[1], 'utf8'));", REFERENCE], {
    NEWSCLAIMS_BENCH_RSS: rawReport,
  });
  const rawPeak = (JSON.parse(readFileSync(rawReport, 'utf8')) as { peak: number }).peak;
  const mb = (b: number) => fmt(b / 2 ** 20);
  const flat = second <= first * 1.15;
  results.memory = { articles: 50_000, chars, ms, peakBytes: peak, firstHalfBytes: first, secondHalfBytes: second, rawProcessBytes: rawPeak };
  lines.push(
    `5. memory        50,000 articles on 2 workers in ${fmt(ms / 1000, 1)} s: peak RSS ${mb(peak)} MB (first half ${mb(first)} MB, second half ${mb(second)} MB; ` +
      `one raw compromise process: ${mb(rawPeak)} MB): target <= 250 MB and flat: ${verdict(peak <= 250 * 2 ** 20 && flat)}`,
  );
}

function linearity(texts: string[]): void {
  log('1 MB vs 100 KB documents');
  const big = longDocument(texts, 1_000_000);
  const pieces = Array.from({ length: 10 }, (_, i) => big.slice(i * 100_000, (i + 1) * 100_000));
  const perChar = (fn: (t: string) => unknown) => {
    const small = time(() => pieces.forEach((p) => fn(p))) / 1_000_000;
    const large = time(() => fn(big)) / big.length;
    return large / small;
  };
  const ours = perChar(extract);
  const raw = perChar(rawAll);
  results.linearity = { ratio: ours, rawRatio: raw };
  lines.push(`6. linearity     cost per character, one 1 MB document vs ten 100 KB ones: extract ${fmt(ours, 2)}x, raw compromise ${fmt(raw, 2)}x: target <= 1.2x: ${verdict(ours <= 1.2)}`);
}

async function html(texts: string[]): Promise<void> {
  log('HTML pages: 100 KB vs 2 MB, flat and nested');
  const rows = await htmlScaling(texts);
  results.html = rows;
  const worst = Math.max(...rows.map((r) => r.htmlRatio));
  lines.push(
    `7. html          time per byte of HTML, one 2 MB page vs twenty 100 KB ones (page to text; page to result):`,
    ...rows.map(
      (r) =>
        `                 ${r.name.padEnd(7)} page to text ${fmt(r.htmlSmallUsPerKb)} vs ${fmt(r.htmlLargeUsPerKb)} µs/KB: ${fmt(r.htmlRatio, 2)}x; ` +
        `page to result ${fmt(r.totalSmallUsPerKb)} vs ${fmt(r.totalLargeUsPerKb)} µs/KB: ${fmt(r.totalRatio, 2)}x ` +
        `(text ${fmt(r.smallTextPerKb)} vs ${fmt(r.largeTextPerKb)} chars/KB: ` +
        `${fmt(r.totalSmallUsPerKb / r.smallTextPerKb, 1)} vs ${fmt(r.totalLargeUsPerKb / r.largeTextPerKb, 1)} µs per character of text)`,
    ),
    `                 worst page-to-text ratio ${fmt(worst, 2)}x, target <= 1.5x: ${verdict(worst <= 1.5)} (page to result follows the text each page yields; its cost per character is figure 5)`,
  );
}

async function profile(): Promise<void> {
  const dir = join(tmp, 'profile');
  log('CPU profile of the CLI on the 2,000-article batch, in-process');
  await timeProcess(NODE, ['--cpu-prof', '--cpu-prof-dir', dir, BIN, join(tmp, 'batch-2000.jsonl'), '-f', 'jsonl', '--quiet', '--workers', '1']);
  lines.push('', summariseProfiles(dir));
}

const started = performance.now();
const loadBefore = loadavg()[0]!;
try {
  log('building dist/');
  execFileSync(NODE, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  const texts = corpusTexts(values.data);
  if (texts.length === 0) throw new Error(`no corpora in ${values.data}`);
  throughput(sample(texts, 500_000));
  await coldStart();
  await wholeProcess();
  await workers(texts);
  await memory(texts);
  linearity(texts);
  await html(texts);
  if (values.profile) await profile();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
// Other processes on the machine skew every figure (workers most): print the load beside them.
console.log(
  `newsclaims bench (node ${process.version}, ${availableParallelism()} cores, load average ${fmt(loadBefore, 1)} at start, ${fmt(loadavg()[0]!, 1)} at end)\n`,
);
console.log(lines.join('\n'));
console.log(`\n(${fmt((performance.now() - started) / 1000, 1)} s)`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
