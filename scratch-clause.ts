import { readFileSync } from 'node:fs';
import { extract } from './src/index.ts';
import { isClauseContent, contentShape } from './test/eval/content-shape.ts';
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const base = readFileSync('/work/notes/baseline/quotes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const found = (g: any, cs: any[]) => cs.some((c) => ov(c, g) * 2 >= g.end - g.start);
let n = 0, b = 0, now = 0; const lost: string[] = [];
docs.forEach((d, i) => {
  const cur = extract(d.text).claims.map((c) => c.content);
  const before = base[i].claims.map((c: any) => c.content);
  for (const g of d.quotes) {
    if (g.kind !== 'indirect' || !isClauseContent(g.text)) continue;
    n++; const fb = found(g, before), fn = found(g, cur); if (fb) b++; if (fn) now++;
    if (fb && !fn && lost.length < 400) lost.push(`[${g.cue}] ${g.text.slice(0, 100)}`);
  }
});
console.log({ n, before: b / n, now: now / n });
console.log(lost.filter((_, i) => i % 5 === 0).join('\n'));
