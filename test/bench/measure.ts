/** Timing helpers for the benchmark: in-process loops, spawned processes, CPU profiles. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Wall time of `fn` in milliseconds. */
export function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The median of some numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Run a command to completion, stdout discarded; resolves to wall milliseconds (rejects on a non-zero exit). */
export function timeProcess(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - t);
      else reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** The hottest functions and files of the .cpuprofile files in `dir`, by self time. */
export function summariseProfiles(dir: string, top = 15): string {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { nodes: ProfileNode[] };
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url.replace(/^.*?\/(node_modules\/|src\/|dist\/)/, '$1') || '(native)';
      const fn = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
      const fileKey = where.replace(/^node_modules\/compromise\/src\/([^/]+\/[^/]+).*$/, 'compromise/$1');
      byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + hits);
      total += hits;
    }
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => `  ${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  return `self time by function:\n${rows(byFunction)}\n\nself time by file (compromise grouped by module):\n${rows(byFile)}`;
}
