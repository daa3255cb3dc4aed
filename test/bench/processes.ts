/**
 * Whole-process figures of the benchmark: the CLI as users run it, start-up included.
 * Each run is a fresh `node` with the probe preloaded (rss-probe.mjs), which reports
 * the CPU time of all threads, the peak resident memory and the worker threads started.
 * Runs of the sides being compared alternate, in a rotating order, so each sees about
 * the same machine load; the medians are reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, timeProcess } from './measure.js';

const NODE = process.execPath;
const BIN = 'bin/newsclaims.js';
const PROBE = new URL('./rss-probe.mjs', import.meta.url).pathname;
const RAW_BATCH = new URL('./raw-batch.mjs', import.meta.url).pathname;

/** What one process run measured. */
export interface ProcessRun {
  ms: number;
  cpuMs: number;
  workers: number;
  peak: number;
  samples: [number, number][];
}

/** Run `node [--import probe] ...args` to completion and read what the probe wrote. */
export async function probed(args: string[], report: string): Promise<ProcessRun> {
  const ms = await timeProcess(NODE, ['--import', PROBE, ...args], { NEWSCLAIMS_BENCH_RSS: report });
  const data = JSON.parse(readFileSync(report, 'utf8')) as Omit<ProcessRun, 'ms'>;
  return { ms, ...data };
}

/** The CLI on a JSONL file, `-f jsonl`, with `--workers N` or (null) the default. */
export function cli(file: string, workers: number | null, report: string): Promise<ProcessRun> {
  const args = [BIN, file, '--input-format', 'jsonl', '-f', 'jsonl', '--quiet', ...(workers === null ? [] : ['--workers', String(workers)])];
  return probed(args, report);
}

/** Raw compromise over the same JSONL file, as one process (raw-batch.mjs). */
export function rawBatch(file: string, report: string): Promise<ProcessRun> {
  return probed([RAW_BATCH, file], report);
}

/** The median of each measure over runs. */
function medianRun(runs: ProcessRun[]): ProcessRun {
  return {
    ms: median(runs.map((r) => r.ms)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    workers: median(runs.map((r) => r.workers)),
    peak: median(runs.map((r) => r.peak)),
    samples: [],
  };
}

/**
 * Run every side `rounds` times, alternating (the order rotates each round), and
 * return the median run of each side.
 */
export async function alternate<K extends string>(sides: Record<K, (report: string) => Promise<ProcessRun>>, rounds: number, tmp: string): Promise<Record<K, ProcessRun>> {
  const names = Object.keys(sides) as K[];
  const runs = Object.fromEntries(names.map((n) => [n, [] as ProcessRun[]])) as Record<K, ProcessRun[]>;
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]!;
      runs[name].push(await sides[name](join(tmp, `probe-${name}.json`)));
    }
  }
  return Object.fromEntries(names.map((n) => [n, medianRun(runs[n])])) as Record<K, ProcessRun>;
}
