// The whole-process baseline of the benchmark: what raw compromise does with a JSONL
// batch, as a user would run it (node, `import nlp from 'compromise'`): each record's
// text parsed once, then people, organisations, places, numbers and quotations, as in
// `rawAll` of test/eval/raw-compromise.ts; one count a line on stdout.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import nlp from 'compromise';

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const doc = nlp(JSON.parse(line).text);
  const found = doc.people().length + doc.organizations().length + doc.places().length + doc.numbers().json().length + doc.quotations().length;
  process.stdout.write(`${found}\n`);
}
