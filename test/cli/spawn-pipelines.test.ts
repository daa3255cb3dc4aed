/**
 * The pipelines features as a user runs them: the compiled CLI (bin/ over dist/) as
 * a spawned process, with worker threads started from dist/, and the GNU parallel
 * scale-out recipe from the README when `parallel` is installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';

const BIN = 'bin/newsclaims.js';
let dir: string;
let batch: string;
const N = 24;

function newest(root: string): number {
  return Math.max(...readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => statSync(join(root, f)).mtimeMs));
}

beforeAll(() => {
  // `npm ci` builds dist/ (prepare); rebuild only when the sources are newer, as in a working copy.
  let stale = true;
  try {
    stale = newest('src') > newest('dist');
  } catch {
    stale = true;
  }
  if (stale) execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
  dir = mkdtempSync(join(tmpdir(), 'newsclaims-spawn-'));
  batch = join(dir, 'batch.jsonl');
  const people = ['Angela Merkel', 'Joe Biden', 'Olaf Scholz', 'Justin Trudeau'];
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: `${people[i % 4]} visited Paris on Monday.${' More text follows here.'.repeat(i % 5 * 40)}` }),
  );
  writeFileSync(batch, `${lines.join('\n')}\n`);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', ...(input === undefined ? {} : { input }) });
}

describe('the compiled CLI with worker threads', () => {
  test('stdin JSONL on two workers from dist/: one line per record, in order, no progress on a pipe', () => {
    const r = spawnSync('bash', ['-c', `node ${BIN} --input-format jsonl --workers 2 < ${batch}`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as Extraction).source);
    expect(ids).toEqual(Array.from({ length: N }, (_, i) => `r${i}`));
  });

  test('check runs on the committed check fixtures', () => {
    const r = run(['check', 'test/fixtures/check']);
    expect(r.stdout).toMatch(/newsclaims check: 2 articles, 2 passed, 0 failed\n$/);
    expect(r.status).toBe(0);
  });
});

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasParallel)('scale-out recipe: GNU parallel --pipe (README)', () => {
  test('chunks of records on several processes give the same lines as one process', () => {
    const single = run([batch, '-f', 'jsonl', '--workers', '1']);
    const recipe = `parallel --will-cite --pipe -N 8 --keep-order -j 2 node ${BIN} --input-format jsonl -f jsonl --workers 1 < ${batch}`;
    const r = spawnSync('bash', ['-c', recipe], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    // Record ids carry through; only ids-less records would be numbered per chunk.
    expect(r.stdout).toBe(single.stdout);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(N);
  });
});
