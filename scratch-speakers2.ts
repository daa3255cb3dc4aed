import { readFileSync } from 'node:fs';
import { run, toExtraction } from './src/pipeline/index.ts';
import { lexicon } from './src/lexicon/generated/lexicon.ts';
import { isFunctionWord } from './src/pipeline/tokens.ts';
const L = lexicon();
const roles = new Set([...L.cuesRoles, ...L.cuesRolesPeople]);
const tally = new Map<string, [number, number]>(); const ex = new Map<string, string[]>();
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const ov = (a: any, b: any) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
for (const d of docs) {
  const doc = run(d.text);
  const ents = doc.entities.flatMap((e) => e.mentions);
  for (const f of doc.frames) {
    if (!f.subject) continue;
    const toks = doc.tokens.slice(f.subject.first, f.subject.end);
    let h = toks.length - 1;
    const prep = toks.findIndex((t, i) => i > 0 && (t.tags.has('Preposition') || t.normal === 'to'));
    if (prep > 0) h = prep - 1;
    const head = toks[h]!;
    const sing = head.normal.replace(/s$/, '');
    let why = 'FAIL';
    if (L.speakerPronouns.has(head.normal)) why = 'pronoun';
    else if (ents.some((m) => m.start < head.end && m.end > head.start)) why = 'entity';
    else if (/^\p{Lu}/u.test(head.text) && !isFunctionWord(head) && !(head.tags.has('Verb') && !head.tags.has('Noun'))) why = 'capital';
    else if (roles.has(head.normal) || roles.has(sing)) why = 'role';
    else if (head.tags.has('Actor')) why = 'actor';
    else if (/(?:er|or|ist|ian)s$/.test(head.normal) && head.tags.has('Noun')) why = 'agentive-plural';
    else if (/(?:er|or|ist|ian)$/.test(head.normal) && head.tags.has('Noun')) why = 'agentive';
    else if (head.tags.has('Plural')) why = 'plural';
    else if (head.tags.has('Noun')) why = 'noun';
    // is this frame's claim correct? use cue position within any gold content or speaker overlap
    const cueTok = doc.tokens[f.cue.first]!;
    const sp = { start: toks[0]!.start, end: toks.at(-1)!.end };
    const good = d.quotes.some((q: any) => q.speakerStart != null && ov(sp, { start: q.speakerStart, end: q.speakerEnd }));
    const t = tally.get(why) ?? [0, 0]; t[good ? 0 : 1]++; tally.set(why, t);
    const k = why + (good ? '+' : '-');
    if (!ex.has(k)) ex.set(k, []); if (ex.get(k)!.length < 12) ex.get(k)!.push(`${toks.map((x) => x.text).join(' ')} [${cueTok.text}]`);
  }
}
for (const [k, [g, b]] of tally) console.log(k, 'good', g, 'bad', b);
for (const [k, v] of ex) if (/noun|plural|FAIL|capital-/.test(k)) console.log(k, v.join(' | '));
