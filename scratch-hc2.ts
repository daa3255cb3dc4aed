import { run } from './src/pipeline/index.ts';
import { hasClause } from './src/pipeline/06-quotes/clauses.ts';
import { nounPhraseRight } from './src/pipeline/06-quotes/noun-phrases.ts';
for (const s of process.argv.slice(2)) {
  const d = run(s);
  const np = nounPhraseRight(d.tokens, 0);
  console.log(s, '=>', hasClause(d.tokens, 0, d.tokens.length - 1), np && d.tokens.slice(np.first, np.end).map((t) => t.text).join(' '));
}
