import { run } from '/work/main/src/pipeline/index.ts';
import { hasClause, finiteVerbPastRelative } from '/work/main/src/pipeline/06-quotes/clauses.ts';
const d = run(process.argv[2]!);
const at = Number(process.argv[3]);
const last = d.tokens.length - 1;
console.log(d.tokens[at]!.text, 'hasClause', hasClause(d.tokens, at, last), 'pastRel', finiteVerbPastRelative(d.tokens, at, last));
console.log(d.tokens.map((t, i) => `${i}:${t.text}/${[...t.tags].filter((x) => !['Singular'].includes(x)).join(',')}`).join(' '));
