/**
 * The layering is checked, not hoped for: dependency-cruiser over src/ with the rules of
 * test/architecture/dependency-cruiser.cjs (no cycles, no stage importing a later one, no
 * library module importing the CLI).
 */
import { createRequire } from 'node:module';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('./dependency-cruiser.cjs');

let result: ICruiseResult;

beforeAll(async () => {
  const out = await cruise(['src'], { ruleSet: config, validate: true, ...config.options }, undefined, { tsConfig: require('typescript').readConfigFile('tsconfig.json', require('typescript').sys.readFile).config });
  result = out.output as ICruiseResult;
}, 60_000);

describe('layering', () => {
  test('the cruise reads the TypeScript imports (a check that sees nothing passes nothing)', () => {
    const index = result.modules.find((m) => m.source === 'src/pipeline/index.ts');
    expect(index?.dependencies.map((d) => d.resolved)).toContain('src/pipeline/03-entities/index.ts');
    expect(result.summary.totalCruised).toBeGreaterThan(80);
  });

  test('no violations', () => {
    const violations = result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
    expect(violations).toEqual([]);
  });
});
