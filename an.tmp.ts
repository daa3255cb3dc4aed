import { readFileSync } from 'node:fs';
import { extract } from './src/index.js';
import { holdsName, nameContext, predictionIsRight, trimPrediction } from './test/eval/names-in-mentions.js';
const docs = readFileSync('/work/shared/eval/gum/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const cnt: Record<string, number> = {};
for (const d of docs) {
  const r = extract(d.text);
  const preds = ([['people', 'person'], ['organizations', 'organization'], ['places', 'place']] as const).flatMap(([k, type]) => (r as any)[k].flatMap((e: any) => e.mentions.map((m: any) => ({ type, start: m.start, end: m.end, name: e.name }))));
  const ctx = nameContext(d.text);
  const words = new Map<string, string>();
  for (const p of preds) for (const w of d.text.slice(p.start, p.end).split(/\s+/)) words.set(w.replace(/['’]s?$/, ''), p.type);
  for (const g of d.entities ?? []) {
    if (!['person', 'organization', 'place'].includes(g.type) || !holdsName(g, ctx)) continue;
    if (preds.some((p) => p.start >= g.start && p.end <= g.end)) continue; // something inside
    const toks = g.text.replace(/['’]s?$/, '').split(/\s+/).filter((w: string) => /^\p{Lu}/u.test(w));
    const known = toks.find((w: string) => words.has(w));
    const k = `${g.type} ${known ? 'word-predicted-elsewhere-as-' + words.get(known) : 'not-elsewhere'}`;
    cnt[k] = (cnt[k] ?? 0) + 1;
    if (known && process.env.SHOW === g.type) console.log(g.text, '|', known, words.get(known), '|', d.text.slice(g.start - 40, g.end + 30).replace(/\n/g, ' '));
  }
}
console.log(cnt);
