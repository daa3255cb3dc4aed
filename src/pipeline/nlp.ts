/**
 * The one compromise every stage shares: its "two" level (tokenizer, lexicon,
 * pre- and post-tagger) from the package's one-file build.
 *
 * `import nlp from 'compromise'` loads about 450 ES modules of source and its third
 * level (chunker, topics, number methods), which newsclaims never calls. The
 * package's own bundle of the second level (`compromise/two` for require: one file,
 * the same release) holds the same code and builds the same model: on this
 * project's machine it loads in about 250 ms against 380 ms, for every CLI run and
 * every worker thread. The parse, with or without the post-tagger, gives the same
 * tokens and tags (checked on every eval corpus and the real pages, byte for byte).
 * Node 20 loads it through require() from this ES module.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise/two';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof nlpType;

export default nlp;
