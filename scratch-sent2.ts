import { readFileSync } from 'node:fs';
import { normalize } from './src/pipeline/01-normalize.ts';
import { parse } from './src/pipeline/02-parse.ts';
import { endsSentence } from './src/pipeline/quotes/tokens.ts';
const ex: string[] = [];
for (const line of readFileSync(`/work/shared/eval/quotes/dev.jsonl`, 'utf8').split('\n').filter(Boolean)) {
  const { text } = JSON.parse(line);
  const p = parse(normalize(text).text);
  const toks = p.tokens;
  toks.forEach((t, i) => {
    if (i === toks.length - 1) return;
    if (endsSentence(t) && toks[i + 1]!.sentence === t.sentence && /^[a-z]{3,}$/.test(t.text) && ex.length < 25) ex.push(p.text.slice(toks[i-3]?.start ?? 0, toks[i + 3]!.end).replace(/\n/g, '¶'));
  });
}
console.log(ex.join('\n'));
