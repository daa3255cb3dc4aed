/**
 * The eval harness:
 * `npm run eval -- [--data DIR] [--json FILE] [--only NAMES] [--errors DIR] [--show-conventions]`.
 * Scores the library on the dev corpora in DIR (default ../shared/eval) and prints,
 * per corpus, newsclaims' figures beside raw compromise's from the same run.
 *
 * Corpora: conll2003, re3d, gum, quotes run by default; conll2003-train (946 articles,
 * about four times CoNLL dev) only when named in `--only`. `--errors DIR` writes one
 * JSONL file of errors per corpus and scoring into DIR (never a default inside the repo).
 */
import { writeFileSync } from 'node:fs';
import { scriptArgs } from './args.js';
import { type AnyCorpusName, readCorpus } from './corpus.js';
import { entityPredictors, evaluateEntities, evaluateNamesInMentions } from './entity-sections.js';
import { ErrorLog } from './errors.js';
import { evaluateNumbers } from './numbers.js';
import { quoteErrors } from './quote-errors.js';
import { evaluateQuotes } from './quotes.js';
import { evaluateConventions } from './re3d-conventions.js';
import { renderSections, type Section } from './report.js';

const DEFAULT_RUN: AnyCorpusName[] = ['conll2003', 're3d', 'gum', 'quotes'];
const OPTIONAL: AnyCorpusName[] = ['conll2003-train'];
const KNOWN = [...DEFAULT_RUN, ...OPTIONAL];

const USAGE = `Usage: npm run eval -- [--data DIR] [--json FILE] [--only NAMES] [--errors DIR] [--show-conventions]

  --data DIR            the dev corpora (default ../shared/eval)
  --json FILE           also write the figures as JSON to FILE
  --only NAMES          comma-separated corpora of ${KNOWN.join(', ')} (default: ${DEFAULT_RUN.join(', ')})
  --errors DIR          write one JSONL file of errors per corpus and scoring into DIR
  --show-conventions    print every re3d span its conventions section counts, with its kind`;

// (after --help or a bad option there is nothing to run: exit with the status scriptArgs set)
const values =
  scriptArgs('newsclaims eval', USAGE, {
  options: {
    data: { type: 'string', default: '../shared/eval' },
    json: { type: 'string' },
    only: { type: 'string' },
    errors: { type: 'string' },
    'show-conventions': { type: 'boolean', default: false },
  },
  }) ?? process.exit();
const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
const unknown = (only ?? []).filter((n) => !(KNOWN as string[]).includes(n));
if (unknown.length) {
  console.error(`newsclaims eval: expected --only to name some of ${KNOWN.join(', ')}, not: ${unknown.join(', ')}`);
  process.exitCode = 2;
} else {
  run(only ? new Set(only) : new Set(DEFAULT_RUN));
}

function run(wanted: Set<string>): void {
  const started = performance.now();
  const sections: Section[] = [];
  const errors = new ErrorLog(values.errors ?? null);
  const timings: string[] = [];
  const load = (name: AnyCorpusName) => {
    const docs = readCorpus(values.data, name);
    if (!docs) console.error(`newsclaims eval: no ${name} corpus in ${values.data}, skipped`);
    return docs;
  };
  const timed = (name: string, score: () => void) => {
    if (!wanted.has(name)) return;
    const t0 = performance.now();
    score();
    timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };

  timed('conll2003', () => {
    const docs = load('conll2003');
    if (docs) sections.push(...evaluateEntities('conll2003', docs, entityPredictors(), errors));
  });
  timed('conll2003-train', () => {
    const docs = load('conll2003-train');
    if (docs) sections.push(...evaluateEntities('conll2003-train', docs, entityPredictors(), errors));
  });
  timed('re3d', () => {
    const docs = load('re3d');
    if (!docs) return;
    const predictors = entityPredictors();
    sections.push(...evaluateEntities('re3d', docs, predictors, errors));
    sections.push(...evaluateNamesInMentions('re3d', docs, predictors, errors));
    sections.push(...evaluateConventions(docs, values['show-conventions']));
    sections.push(...evaluateNumbers(docs));
  });
  timed('gum', () => {
    const docs = load('gum');
    if (docs) sections.push(...evaluateNamesInMentions('gum', docs, entityPredictors(), errors));
  });
  timed('quotes', () => {
    const docs = load('quotes');
    if (!docs) return;
    const file = 'quotes-claims.jsonl';
    errors.touch(file);
    const onDoc = errors.enabled
      ? (doc: Parameters<typeof quoteErrors>[0], p: { claims: Parameters<typeof quoteErrors>[1]; quotes: Parameters<typeof quoteErrors>[2] }) => {
          for (const e of quoteErrors(doc, p.claims, p.quotes)) errors.add(file, e);
        }
      : undefined;
    sections.push(...evaluateQuotes(docs, onDoc));
  });

  console.log(renderSections(sections));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s: ${timings.join(', ')})`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(sections, null, 2)}\n`);
  for (const { path, count } of errors.write()) console.error(`newsclaims eval: ${count} errors in ${path}`);
}
