import { readFileSync } from 'node:fs';
import { run, toExtraction } from './src/pipeline/index.ts';
import { frameContent } from './src/pipeline/07-claims/content.ts';
import { isClauseContent } from './test/eval/content-shape.ts';
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const base = readFileSync('/work/notes/baseline/quotes.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ov = (a: any, b: any) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const found = (g: any, cs: any[]) => cs.some((c) => ov(c, g) * 2 >= g.end - g.start);
const tally = new Map<string, number>(); const ex = new Map<string, string[]>();
docs.forEach((d, i) => {
  const doc = run(d.text);
  const cur = toExtraction(doc).claims.map((c) => c.content);
  const before = base[i].claims.map((c: any) => c.content);
  for (const g of d.quotes) {
    if (g.kind !== 'indirect' || !isClauseContent(g.text)) continue;
    if (!found(g, before) || found(g, cur)) continue;
    // the frame whose cue text matches the gold cue nearest the content
    const cueWord = (g.cue ?? '').split(/\s+/).pop()?.toLowerCase();
    const cands = doc.frames.filter((f) => doc.tokens[f.cue.first]!.normal === cueWord || doc.tokens[f.cue.end - 1]!.normal === cueWord);
    let best: any = null, dist = 1e9;
    for (const f of cands) { const t = doc.tokens[f.cue.first]!; const dd = Math.min(Math.abs(t.start - g.start), Math.abs(t.end - g.end)); if (dd < dist) { dist = dd; best = f; } }
    let key: string;
    if (!best || dist > 300) key = 'no frame for cue';
    else { const c = frameContent(doc, best); key = `${best.cueRule}/${best.rule}/${c ? c.rule : 'null'}${best.subject ? '' : ' (no subject)'}`; }
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (!ex.has(key)) ex.set(key, []); if (ex.get(key)!.length < 3) ex.get(key)!.push(`[${g.cue}] ${g.text.slice(0, 80)}`);
  }
});
for (const [k, v] of [...tally].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v, k, '\n     ', ex.get(k)!.join('\n      '));
