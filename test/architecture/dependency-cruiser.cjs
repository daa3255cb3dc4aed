/**
 * The layering of newsclaims, checked by dependency-cruiser in the test run
 * (test/architecture/layering.test.ts; by hand: npx depcruise --config
 * test/architecture/dependency-cruiser.cjs src).
 *
 * - no import cycles, type-only imports included;
 * - a pipeline stage never imports a later stage (stages are numbered in run order);
 * - the pipeline's shared modules (the document, tokens, rules) import no stage;
 * - genre packs import no stage after entities;
 * - the library (pipeline, input, reporters, lexicon) never imports the CLI;
 * - reporters read only the output types, never the pipeline.
 */
const STAGES = 7;
const later = [];
for (let n = 1; n < STAGES; n++) {
  later.push({
    name: `stage-0${n}-imports-a-later-stage`,
    comment: 'A stage imports only what runs before it (src/pipeline/index.ts STAGES).',
    severity: 'error',
    from: { path: `^src/pipeline/0${n}-` },
    to: { path: `^src/pipeline/0[${n + 1}-${STAGES}]-` },
  });
}

module.exports = {
  forbidden: [
    { name: 'no-circular', comment: 'No import cycles, type-only ones included.', severity: 'error', from: {}, to: { circular: true } },
    ...later,
    {
      name: 'shared-imports-a-stage',
      comment: 'The document, tokens and rule modules are shared by every stage and import none.',
      severity: 'error',
      from: { path: '^src/pipeline/(doc|tokens|rules|rule-ids|sorted|known-words|limits|nlp)[.]ts$' },
      to: { path: '^src/pipeline/(0[1-7]-|packs/)' },
    },
    {
      name: 'pack-imports-a-later-stage',
      comment: 'Genre packs extend the entity stage and import nothing that runs after it.',
      severity: 'error',
      from: { path: '^src/pipeline/packs/' },
      to: { path: '^src/pipeline/0[4-7]-' },
    },
    {
      name: 'library-imports-the-cli',
      comment: 'The library knows nothing of the command line.',
      severity: 'error',
      from: { path: '^src/(pipeline|input|reporters|lexicon)/|^src/(index|types)[.]ts$' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'reporter-imports-the-pipeline',
      comment: 'Reporters format an Extraction; they never reach into the pipeline.',
      severity: 'error',
      from: { path: '^src/reporters/' },
      to: { path: '^src/pipeline/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/lexicon/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
