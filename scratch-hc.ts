import { readFileSync } from 'node:fs';
import { run } from './src/pipeline/index.ts';
import { hasClause } from './src/pipeline/06-quotes/clauses.ts';
import { contentShape } from './test/eval/content-shape.ts';
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let n = 0, ok = 0, npN = 0, npOk = 0; const fails: string[] = [], fps: string[] = [];
for (const d of docs.slice(0, 200)) {
  const doc = run(d.text);
  for (const g of d.quotes) {
    if (g.kind !== 'indirect') continue;
    const shape = contentShape(g.text);
    let from = doc.tokens.findIndex((t) => t.start >= g.start);
    if (from < 0) continue;
    if (doc.tokens[from]!.normal === 'that') from++;
    const last = doc.tokens.findLastIndex((t) => t.end <= g.end);
    const r = hasClause(doc.tokens, from, last);
    if (shape === 'bare clause' || shape === 'that-clause') { n++; if (r) ok++; else if (fails.length < 40) fails.push(`${doc.tokens.slice(from, from + 8).map((t) => `${t.text}/${[...t.tags].filter((x) => /Verb|Noun|Adj|Pron|Det|Prep|Value|Date|Copula|Modal|Past|Present|Infin/.test(x)).join('.')}`).join(' ')}`); }
    if (shape === 'noun phrase') { npN++; if (r) { npOk++; if (fps.length < 15) fps.push(g.text.slice(0, 80)); } }
  }
}
console.log({ clause: ok / n, n, npAccepted: npOk / npN, npN });
console.log(fails.join('\n')); console.log('--- NP accepted:'); console.log(fps.join('\n'));
