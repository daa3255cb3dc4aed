/**
 * `npx tsx test/bench/adversarial-run.ts [small] [large]`: the scaling of extract
 * on every adversarial input (see adversarial.ts), worst last.
 */
import { extract } from '../../src/index.js';
import { scaling, worstRatio } from './adversarial.js';

const small = Number(process.argv[2] ?? 10_000);
const large = Number(process.argv[3] ?? 40_000);
const results = scaling((t) => extract(t), { small, large });
for (const r of results.sort((a, b) => a.ratio - b.ratio)) {
  console.log(`${r.name.padEnd(22)} ${r.smallMs.toFixed(1).padStart(9)} ms ${r.largeMs.toFixed(1).padStart(9)} ms  x${r.ratio.toFixed(2)}`);
}
const worst = worstRatio(results);
console.log(`worst ratio: ${worst.ratio.toFixed(2)} (${worst.name}), cost per character at ${large} vs ${small} characters`);
