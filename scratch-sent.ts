import { readFileSync } from 'node:fs';
import { normalize } from './src/pipeline/01-normalize.ts';
import { parse } from './src/pipeline/02-parse.ts';
import { endsSentence } from './src/pipeline/quotes/tokens.ts';
let onlyQuote = 0, onlyParse = 0, both = 0; const exQ = new Map<string, number>(), exP: string[] = [];
for (const f of ['quotes/dev', 'conll2003/dev']) {
  for (const line of readFileSync(`/work/shared/eval/${f}.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const { text } = JSON.parse(line);
    const p = parse(normalize(text).text);
    const toks = p.tokens;
    toks.forEach((t, i) => {
      if (i === toks.length - 1) return;
      const q = endsSentence(t), s = toks[i + 1]!.sentence !== t.sentence;
      if (q && s) both++;
      else if (q) { onlyQuote++; const k = `${t.text}${t.post}`.slice(-12); exQ.set(k, (exQ.get(k) ?? 0) + 1); }
      else if (s) { onlyParse++; if (exP.length < 30) exP.push(`${t.text}|${JSON.stringify(t.post)}|${toks[i + 1]!.text}`); }
    });
  }
}
console.log({ both, onlyQuote, onlyParse });
console.log([...exQ].sort((a, b) => b[1] - a[1]).slice(0, 40));
console.log(exP);
