import { run } from './src/pipeline/index.ts';
const d = run(process.argv[2]!);
console.log(d.tokens.map((t) => `${t.text}/${[...t.tags].filter((x) => !['Noun','Singular'].includes(x)).join(',')}`).join(' '));
