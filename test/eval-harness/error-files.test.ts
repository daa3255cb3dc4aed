import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { GoldDoc } from '../eval/corpus.js';
import { exactSpanErrors, namesInMentionsErrors } from '../eval/entity-errors.js';
import { contextOf, jsonLine } from '../eval/errors.js';
import { allGold, judgeDoc } from '../eval/names-in-mentions.js';

describe('context windows and JSON lines', () => {
  it('marks the span and flattens white space', () => {
    const text = 'Rain fell.\n\nThe mayor of Brenholt spoke at noon.';
    const at = text.indexOf('Brenholt');
    expect(contextOf(text, at, at + 8, 10)).toBe('… mayor of ⟦Brenholt⟧ spoke at …');
    expect(contextOf(text, 0, 4, 6)).toBe('⟦Rain⟧ fell.…');
  });
  it('escapes C1 controls and bidi overrides, and parses back to the same text', () => {
    const record = { text: 'a\u009b2Jb\u202ec\u001b[0m' };
    const line = jsonLine(record);
    expect(line).not.toMatch(/[\u0000-\u001f\u0080-\u009f\u202e]/u);
    expect(JSON.parse(line)).toEqual(record);
  });
});

describe('entity error records', () => {
  const text = 'Mira Osk joined Tanner Works in Lisbon. Osk left in May.';
  const span = (s: string, type: string) => ({ type, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const doc: GoldDoc = { id: 'e1', corpus: 'conll2003', text, entities: [] };
  it.each([
    ['false-positive', 'Tanner Works', 'place', 'wrong type'],
    ['false-positive', 'Lisbon. Osk', 'place', 'boundary'],
    ['false-positive', 'May', 'person', 'spurious'],
    ['miss', 'Mira Osk', 'person', 'missed'],
  ])('exact spans: a %s %j (%s) is "%s"', (kind, s, type, cls) => {
    const gold = [{ ...span('Tanner Works', 'organization'), text: 'Tanner Works' }, { ...span('Lisbon', 'place'), text: 'Lisbon' }, { ...span('Mira Osk', 'person'), text: 'Mira Osk' }];
    const pred = [span('Tanner Works', 'place'), span('Lisbon. Osk', 'place'), span('May', 'person')];
    const errors = exactSpanErrors(doc, gold, pred);
    expect(errors.find((e) => e.kind === kind && e.text === s)).toMatchObject({ class: cls, type, doc: 'e1' });
  });
  it('names in mentions: a wrong type inside a mention, and a named mention not found', () => {
    const g: GoldDoc = {
      id: 'g1',
      corpus: 'gum',
      text,
      entities: [
        { ...span('Mira Osk', 'person'), text: 'Mira Osk' },
        { ...span('Tanner Works', 'organization'), text: 'Tanner Works' },
        { ...span('Lisbon', 'place'), text: 'Lisbon' },
      ],
    };
    const errors = namesInMentionsErrors(g, judgeDoc(g, [span('Tanner', 'person'), span('Lisbon', 'place')], allGold));
    expect(errors.map((e) => `${e.kind} ${e.class} ${e.type} ${e.text}`)).toEqual([
      'false-positive wrong type person Tanner',
      'miss missed person Mira Osk',
      'miss wrong type organization Tanner Works',
    ]);
    expect(errors[0]!.overlapping).toEqual([{ type: 'organization', text: 'Tanner Works' }]);
  });
});

describe('npm run eval options (spawned)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nc-eval-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[]) =>
    promisify(execFile)(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'test/eval/run.ts', ...args], { encoding: 'utf8' }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  it('--errors DIR writes the corpus error file there, and only there', async () => {
    const text = 'Mira Osk visited Lisbon in May. Osk met the Tanner Works board.';
    const at = (s: string) => text.indexOf(s);
    const data = join(dir, 'data');
    mkdirSync(join(data, 'gum'), { recursive: true });
    const doc = {
      id: 'tiny-1',
      corpus: 'gum',
      text,
      entities: [
        { start: at('Mira Osk'), end: at('Mira Osk') + 8, type: 'person', text: 'Mira Osk' },
        { start: at('Lisbon'), end: at('Lisbon') + 6, type: 'place', text: 'Lisbon' },
        { start: at('the Tanner'), end: at('the Tanner') + 22, type: 'organization', text: 'the Tanner Works board' },
      ],
    };
    writeFileSync(join(data, 'gum', 'dev.jsonl'), `${JSON.stringify(doc)}\n`);
    const out = join(dir, 'errors');
    const r = await run(['--data', data, '--only', 'gum', '--errors', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('gum: entities, names in mentions');
    expect(readdirSync(out)).toEqual(['gum-entities-names-in-mentions.jsonl']);
    for (const line of readFileSync(join(out, 'gum-entities-names-in-mentions.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      expect(JSON.parse(line)).toMatchObject({ doc: 'tiny-1', kind: expect.stringMatching(/^(false-positive|miss)$/) });
    }
  });

  it('an unknown corpus in --only is a usage error (status 2, one line)', async () => {
    const r = await run(['--only', 'gum,conll2009']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining('not: conll2009')]);
  });

  it('--help prints the usage and runs nothing (status 0)', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run eval -- /);
    expect(r.stdout).toContain('--errors DIR');
    expect(r.stderr).toBe('');
  });

  it('an unknown option is a usage error (status 2, one line, no stack trace)', async () => {
    const r = await run(['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^newsclaims eval: .*--bogus.*\(try --help\)$/)]);
  });
});
