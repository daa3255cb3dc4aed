import { readFileSync } from 'node:fs';
import { run } from './src/pipeline/index.ts';
import { lexicon } from './src/lexicon/generated/lexicon.ts';
const L = lexicon();
const roles = new Set([...L.cuesRoles, ...L.cuesRolesPeople]);
const heads = new Map<string, number>(); let total = 0; const fails = new Map<string, number>();
const docs = readFileSync('/work/shared/eval/quotes/dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
for (const d of docs.slice(0, 250)) {
  const doc = run(d.text);
  for (const q of d.quotes) {
    if (q.speakerStart == null) continue;
    // tokens of the gold speaker
    const toks = doc.tokens.filter((t) => t.start >= q.speakerStart && t.end <= q.speakerEnd);
    if (!toks.length) continue;
    total++;
    let h = toks.length - 1;
    const prep = toks.findIndex((t, i) => i > 0 && (t.tags.has('Preposition') || t.normal === 'to'));
    if (prep > 0) h = prep - 1;
    const head = toks[h]!;
    const sing = head.normal.replace(/s$/, '');
    let why = 'FAIL';
    if (L.speakerPronouns.has(head.normal) || /^(i|we|you|they|he|she|it)$/.test(head.normal)) why = 'pronoun';
    else if (['Person', 'FirstName', 'LastName', 'Organization', 'Place', 'Acronym'].some((t) => head.tags.has(t))) why = 'entity-tag';
    else if (/^\p{Lu}/u.test(head.text) && head.tags.has('ProperNoun')) why = 'proper';
    else if (roles.has(head.normal) || roles.has(sing)) why = 'role';
    else if (head.tags.has('Actor')) why = 'actor';
    else if (/(?:er|or|ist|ian)s?$/.test(head.normal)) why = 'agentive';
    heads.set(why, (heads.get(why) ?? 0) + 1);
    if (why === 'FAIL') fails.set(head.normal, (fails.get(head.normal) ?? 0) + 1);
  }
}
console.log(total, heads);
console.log([...fails].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([k, v]) => `${k}:${v}`).join(' '));
