/**
 * Every rule documents and tests itself: each rule of every ordered table carries an
 * example, and running that example with `explain` must fire the rule. Every rule id
 * has exactly one example.
 */
import { describe, expect, test } from 'vitest';
import { PASSES, SENTENCE_ASSIGNS } from '../../src/pipeline/03-entities/index.js';
import { START_RULES } from '../../src/pipeline/03-entities/chunks.js';
import { CHUNK_RULES } from '../../src/pipeline/03-entities/rules.js';
import { NUMBER_RULES } from '../../src/pipeline/05-numbers/classify.js';
import { SCAN_RULES } from '../../src/pipeline/05-numbers/scan.js';
import { CUE_RULES } from '../../src/pipeline/06-quotes/cues.js';
import { CUE_FRAME_RULES, FINDERS, FRAME_RULES } from '../../src/pipeline/06-quotes/frames.js';
import { SOURCE_RULES } from '../../src/pipeline/06-quotes/sources.js';
import { QUOTE_RULES } from '../../src/pipeline/06-quotes/index.js';
import { CONTENT_RULES, RELATIVE_RULE } from '../../src/pipeline/07-claims/content.js';
import { NEGATION_RULES } from '../../src/pipeline/07-claims/cue.js';
import { CLAIM_RULES } from '../../src/pipeline/07-claims/index.js';
import { run } from '../../src/pipeline/index.js';
import { RULE_IDS } from '../../src/pipeline/rule-ids.js';
import type { RuleExample } from '../../src/pipeline/rules.js';

const TABLES: Record<string, readonly RuleExample[]> = {
  'start rules (03-entities/chunks.ts)': START_RULES,
  'chunk rules (03-entities/rules.ts)': CHUNK_RULES,
  'entity passes (03-entities/index.ts)': [...SENTENCE_ASSIGNS, ...PASSES.flatMap((p) => p.assigns)],
  'number rules (05-numbers)': [...SCAN_RULES, ...NUMBER_RULES],
  'cue rules (06-quotes/cues.ts)': CUE_RULES,
  'frame rules (06-quotes/frames.ts)': [...FRAME_RULES, ...FINDERS, ...CUE_FRAME_RULES],
  'source rules (06-quotes/sources.ts)': [...SOURCE_RULES],
  'quote rules (06-quotes/index.ts)': QUOTE_RULES,
  'content rules (07-claims)': [...CONTENT_RULES, RELATIVE_RULE, ...CLAIM_RULES, ...NEGATION_RULES],
};

const all = Object.values(TABLES).flat();

test('every rule id has exactly one example, and every example names a declared id', () => {
  const ids = all.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual([...RULE_IDS].sort());
});

for (const [table, rules] of Object.entries(TABLES)) {
  describe(table, () => {
    test.each(rules.map((r) => [r.id, r.example] as const))('%s fires on %j', (id, example) => {
      const trace = run(example, { explain: true }).trace!;
      expect(trace).toContain(id);
    });
  });
}
