/**
 * Golden tests: each fixtures/<name>.txt with fixtures/<name>.expected.json must
 * extract to exactly that. `UPDATE_GOLDEN=1 npm test` rewrites them; the reviewed
 * diff is the change record.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extract } from '../src/index.js';
import { problems } from './helpers/validate.js';

const DIR = 'fixtures';
// Every article directly in fixtures/ (`<name>.txt`, no other dot) is a golden fixture;
// `<name>.<format>.txt` files are reporter goldens and sub-folders hold other tests' data.
const names = readdirSync(DIR)
  .filter((f) => /^[^.]+\.txt$/.test(f))
  .map((f) => f.replace(/\.txt$/, ''));

describe('golden fixtures', () => {
  test('there is at least one golden fixture', () => {
    expect(names.length).toBeGreaterThan(0);
  });

  test.each(names)('%s', (name) => {
    const input = readFileSync(`${DIR}/${name}.txt`, 'utf8');
    const actual = extract(input, { source: `${DIR}/${name}.txt` });
    expect(problems(actual, input)).toEqual([]);
    const path = `${DIR}/${name}.expected.json`;
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npm test`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
