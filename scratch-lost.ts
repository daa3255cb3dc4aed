import { readFileSync } from 'node:fs';
import { extract } from './src/index.ts';
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const base = readFileSync('/work/notes/baseline/quotes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const found = (g: any, cs: any[]) => cs.some((c) => ov(c, g) * 2 >= g.end - g.start);
const lost: string[] = []; let nLost = 0, nGain = 0;
docs.forEach((d, i) => {
  const now = extract(d.text, { explain: true }).claims;
  const before = base[i].claims.map((c: any) => c.content);
  for (const g of d.quotes) {
    if (g.kind !== 'indirect') continue;
    const b = found(g, before), n = found(g, now.map((c) => c.content));
    if (b && !n) { nLost++; if (lost.length < 60 && Math.random() < 0.08) lost.push(`[${g.cue}] ${g.text.slice(0, 90)}`); }
    if (!b && n) nGain++;
  }
});
console.log({ nLost, nGain }); console.log(lost.join('\n'));
