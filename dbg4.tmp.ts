import { run } from '/work/main/src/pipeline/index.ts';
const d = run(process.argv[2]!, { explain: true });
const tx = (r: any) => (r ? d.tokens.slice(r.first, r.end).map((t) => t.text).join(' ') : '-');
for (const f of d.frames) console.log(`${tx(f.cue)} [${f.type} ${f.cueRule} ${f.rule}] subject=${tx(f.subject)}`);
console.log([...new Set(d.trace)].join(' '));
for (const c of d.claims) console.log('CLAIM', c.kind, JSON.stringify(c.content.text.slice(0, 100)), '|', c.speaker?.name);
