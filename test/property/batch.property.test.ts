/**
 * Property test of the JSONL batch (issue 7): N records in, N output or error
 * lines out, in input order, whatever the records hold: valid ones, JSON that is
 * not a record, wrong types, garbage; LF or CRLF, a BOM, a final line without newline.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Extraction } from '../../src/index.js';
import { runCli } from '../helpers/cli.js';
import { problems } from '../helpers/validate.js';
import { RUNS, text } from './arbitraries.js';

interface Record {
  line: string;
  /** The text when the record is valid, else null. */
  text: string | null;
  id: string | null;
}

const valid: fc.Arbitrary<Record> = fc
  .tuple(text(12), fc.option(fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), { nil: undefined }), fc.boolean())
  .map(([t, id, extra]) => {
    const json = JSON.stringify(id === undefined ? { text: t } : { id, text: t });
    // An own "__proto__" key first: it must neither become the prototype nor lend its "text".
    const line = extra ? `{"__proto__":{"text":"inherited","polluted":1},${json.slice(1)}` : json;
    return { line, text: t, id: id === undefined ? null : String(id) };
  });

/** A line that is not a blank line and not a valid record. */
const invalid: fc.Arbitrary<Record> = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
    fc.constantFrom('{"text":7}', '{"text":null}', '[1]', '"Paris."', '{"id":"x"}', '{"text":"a"', 'null', '{"__proto__":{"text":"x"}}'),
    fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  )
  .map((s) => s.replace(/[\r\n]/g, ' '))
  .filter((s) => s.trim() !== '' && !isRecord(s))
  .map((line) => ({ line, text: null, id: null }));

function isRecord(line: string): boolean {
  try {
    const v = JSON.parse(line) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.hasOwn(v, 'text') && typeof (v as { text: unknown }).text === 'string';
  } catch {
    return false;
  }
}

const batch = fc.record({
  records: fc.array(fc.oneof({ weight: 3, arbitrary: valid }, { weight: 1, arbitrary: invalid }), { maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
  finalEol: fc.boolean(),
  bom: fc.boolean(),
});

// One extraction thread: a worker pool started for each of a thousand tiny runs would
// only measure its start-up (the option exists once the pipelines branch is merged).
const oneWorker = (await runCli(['--help'])).stdout.includes('--workers') ? ['--workers', '1'] : [];

describe('JSONL batch, property test', () => {
  test(`N records give N output or error lines, in order (${RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(batch, async ({ records, eol, finalEol, bom }) => {
        const input = (bom ? '\ufeff' : '') + records.map((r) => r.line).join(eol) + (finalEol && records.length > 0 ? eol : '');
        const r = await runCli(['--input-format', 'jsonl', '--include-text', ...oneWorker], input);
        const lines = r.stdout === '' ? [] : r.stdout.replace(/\n$/, '').split('\n');
        expect(lines).toHaveLength(records.length);
        records.forEach((record, i) => {
          const out = JSON.parse(lines[i]!) as Extraction & { error?: string; line?: number };
          if (record.text === null) {
            expect(out.error).toEqual(expect.any(String));
            expect(out.line).toBe(i + 1);
          } else {
            expect(out.error).toBeUndefined();
            expect(out.source).toBe(record.id ?? `<stdin>:${i + 1}`);
            expect(out.text).toBe(record.text);
            expect(problems(out, record.text)).toEqual([]);
          }
        });
        expect(r.code).toBe(records.some((x) => x.text === null) ? 1 : 0);
        // One line per bad record; a record not in English adds its notice (issue 14), which is no error.
        const notices = /: text is in .+ \([a-z]{3}\); only English is read$/;
        const errors = r.stderr.split('\n').filter((l) => l !== '' && !notices.test(l));
        expect(errors).toHaveLength(records.filter((x) => x.text === null).length);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, verbose: 1 },
    );
  });
});
