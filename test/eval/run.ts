/**
 * The eval harness: `npm run eval -- [--data DIR] [--json FILE] [--only NAMES]`.
 * Scores the library on the dev corpora in DIR (default ../shared/eval) and prints,
 * per corpus, newsclaims' figures beside raw compromise's from the same run.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type CorpusName, readCorpus } from './corpus.js';
import { evaluateEntities } from './entity-sections.js';
import { evaluateNumbers } from './numbers.js';
import { evaluateQuotes } from './quotes.js';
import { evaluateConventions } from './re3d-conventions.js';
import { renderSections, type Section } from './report.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/eval' },
    json: { type: 'string' },
    only: { type: 'string' },
    'show-conventions': { type: 'boolean', default: false },
  },
});
const only = values.only ? new Set(values.only.split(',')) : null;
const wanted = (name: string): boolean => !only || only.has(name);

const started = performance.now();
const sections: Section[] = [];
const load = (name: CorpusName) => {
  const docs = readCorpus(values.data, name);
  if (!docs) console.error(`newsclaims eval: no ${name} corpus in ${values.data}, skipped`);
  return docs;
};

if (wanted('conll2003')) {
  const docs = load('conll2003');
  if (docs) sections.push(...evaluateEntities('conll2003', docs));
}
if (wanted('re3d')) {
  const docs = load('re3d');
  if (docs) {
    sections.push(...evaluateEntities('re3d', docs));
    sections.push(...evaluateConventions(docs, values['show-conventions']));
    sections.push(...evaluateNumbers(docs));
  }
}
if (wanted('quotes')) {
  const docs = load('quotes');
  if (docs) sections.push(...evaluateQuotes(docs));
}

console.log(renderSections(sections));
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(sections, null, 2)}\n`);
